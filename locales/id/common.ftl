# Dipakai di semua halaman: menu bahasa dan saat memulai.

language-label = Bahasa
app-starting = Memulai customer-desk…
