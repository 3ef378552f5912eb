# Dipakai di semua halaman: menu bahasa dan saat memulai.

language-label = Bahasa
language-load-failed = { $language } tidak dapat dimuat. Periksa koneksi lalu pilih lagi.
# The header button that opens the language and colour-scheme choices on narrow screens.
settings-label = Pengaturan
app-starting = Memulai customer-desk…
