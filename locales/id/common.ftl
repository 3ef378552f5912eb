# Dipakai di semua halaman: menu bahasa dan saat memulai.

language-label = Bahasa
# The header button that opens the language and colour-scheme choices on narrow screens.
settings-label = Pengaturan
app-starting = Memulai customer-desk…
