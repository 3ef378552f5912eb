# Bingkai di sekitar setiap halaman: header, masuk dan keluar, pemberitahuan, halaman
# galat, dan pesan untuk permintaan ke server kasir yang gagal.

## Header

shell-skip-to-content = Lewati ke konten
shell-nav-label = Utama
shell-nav-customers = Pelanggan
shell-back-to-customers = Kembali ke pelanggan

## Masuk dan keluar

sign-in = Masuk
sign-in-with = Masuk dengan
sign-in-method-password = Nama pengguna dan kata sandi
sign-in-method-client = ID klien dan rahasia
sign-in-access-token = Token akses
sign-in-access-token-hint = Token yang diterbitkan sistem kasir untuk aplikasi ini.
sign-in-user-name = Nama pengguna
sign-in-password = Kata sandi
sign-in-client-id = ID klien
sign-in-client-secret = Rahasia klien
sign-in-client-secret-warning = Hanya di kios tepercaya: rahasia yang diketik di peramban dapat dibaca oleh siapa pun yang memakai peramban itu. Pengguna kantor sebaiknya masuk dengan token akses.
sign-in-device-name = Nama perangkat
sign-in-device-name-hint = Gunakan perangkat back-office. Masuk sebagai perangkat mesin kasir akan mengakhiri sesi kasir tersebut.
sign-in-remember = Biarkan saya tetap masuk (sampai tab ini ditutup)
sign-in-pending = Sedang masuk…
sign-in-dealpos-token-user = Token akses DealPOS
sign-in-error-client = ID klien, rahasia, atau token tidak benar.
sign-in-error-credentials = Nama pengguna, kata sandi, atau token tidak benar.
sign-in-error-unreachable = Masuk memerlukan jaringan: server kasir tidak dapat dihubungi. Periksa koneksi lalu coba lagi.
sign-in-error-forbidden = Akun ini tidak boleh masuk di sini: { $detail }
sign-in-error-forbidden-no-detail = Akun ini tidak boleh masuk di sini: Anda tidak berhak melakukan ini.
sign-out = Keluar

reauth-title = Sesi Anda telah berakhir
reauth-intro = Masuk lagi untuk melanjutkan. Tidak ada yang hilang dari halaman ini.
reauth-cancel = Batal

kiosk-warning-title = Apakah Anda masih di sana?
kiosk-warning-text = Demi privasi, kios ini akan keluar dalam { $seconds } dtk.
kiosk-stay = Tetap masuk

## Pemberitahuan

notice-dismiss = Tutup

## Halaman

not-found-title = Halaman tidak ditemukan
not-found-text = Tidak ada halaman di { $path }.
shell-customer-not-found = Pelanggan tidak ditemukan
shell-retry = Coba lagi
shell-page-loading = Memuat…
shell-page-not-loaded = Halaman ini tidak dapat dimuat. Periksa koneksi lalu coba lagi.

config-error-title = customer-desk tidak dapat dimulai
config-error-help = Berkas ini berada di samping index.html aplikasi. Berkas ini setidaknya memerlukan { $backend } ("portos" atau "dealpos") dan { $apiBaseUrl }; README mencantumkan semua kunci.

## Masalah pada config.json

config-unreachable = { $file } tidak dapat dimuat: { $detail }
config-not-found = { $file } tidak ditemukan di server (HTTP 404)
config-http-status = { $file } tidak dapat dimuat: server menjawab HTTP { $status }
config-not-json = { $file } rusak: bukan JSON yang valid ({ $detail })
config-value-does-not-fit = { $file } rusak: ada nilai yang tidak sesuai ({ $detail })
config-unreadable = { $file } rusak: tidak dapat dibaca ({ $detail })
config-empty = { $file } memiliki "{ $key }" yang tidak valid: kosong
config-api-base-url-empty = { $file } memiliki "{ $key }" yang tidak valid: kosong; gunakan URL seperti "/api"
config-api-base-url-prefix = { $file } memiliki "{ $key }" yang tidak valid: harus diawali "/", "http://" atau "https://"
config-api-base-url-host = { $file } memiliki "{ $key }" yang tidak valid: "{ $value }" bukan nama host dengan port opsional
config-not-an-origin = { $file } memiliki "{ $key }" yang tidak valid: "{ $value }" bukan origin seperti "https://portal.example.com"
config-origin-with-path = { $file } memiliki "{ $key }" yang tidak valid: "{ $value }" bukan origin seperti "https://portal.example.com" (tanpa path, tanpa wildcard)
config-idle-out-of-range = { $file } memiliki "{ $key }" yang tidak valid: { $value } di luar rentang 10 sampai 86400 detik
config-unknown-locale = { $file } memiliki "{ $key }" yang tidak valid: "{ $value }" bukan salah satu dari "en", "sk" atau "id"
config-not-a-currency = { $file } memiliki "{ $key }" yang tidak valid: "{ $value }" bukan kode ISO 4217 tiga huruf seperti "EUR"
config-not-a-page-size = { $file } memiliki "{ $key }" yang tidak valid: { $value } bukan salah satu dari 10, 25, 50 atau 100

## Permintaan yang gagal

api-unreachable = Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.
api-unauthenticated = Sesi Anda telah berakhir. Silakan masuk lagi.
api-forbidden = Tidak diizinkan: { $detail }
api-forbidden-no-detail = Tidak diizinkan: Anda tidak berhak melakukan ini.
api-not-found = Tidak ditemukan
api-server-message = { $message }
api-invalid = Permintaan tidak valid.
api-invalid-fields = Permintaan tidak valid. ({ $fields })
api-server-message-fields = { $message } ({ $fields })
api-version-conflict = Orang lain telah mengubah pelanggan ini sementara itu.
api-licence-expired = Lisensi sistem kasir telah habis. Hubungi administrator Anda.
api-locked = Data ini sedang dikunci oleh operasi lain. Coba lagi sebentar lagi.
api-server-failed = Server gagal (HTTP { $status }). Coba lagi.
api-server-failed-title = Server gagal (HTTP { $status }: { $title }). Coba lagi.
api-unexpected = Server mengirim jawaban yang tidak terduga: { $detail }
api-not-json = Jawaban server bukan JSON. Apakah "apiBaseUrl" di config.json alamat API POS?
api-aborted = Permintaan dibatalkan.
api-rate-limited = Terlalu banyak permintaan ke server kasir. Coba lagi sebentar lagi.
api-rate-limited-wait = Terlalu banyak permintaan ke server kasir. Server dapat dihubungi lagi dalam { $seconds } dtk.
api-dealpos-delete-needs-email = DealPOS menghapus pelanggan berdasarkan alamat email, dan pelanggan ini tidak memilikinya. Tambahkan dulu.
api-dealpos-delete-needs-email-field = Diperlukan untuk menghapus.

## Pintasan keyboard ("?" membuka daftarnya)
shortcuts-title = Pintasan keyboard
shortcuts-intro = Pintasan berfungsi saat kursor tidak berada di kolom teks; dua pintasan formulir juga berfungsi di kolomnya.
shortcuts-keys = Tombol
shortcuts-action = Fungsinya
shortcuts-then = lalu
shortcuts-close = Tutup
shortcut-help = Tampilkan pintasan ini
shortcut-search = Ke Pencarian
shortcut-next-row = Pelanggan berikutnya dalam daftar (↓ juga dari Pencarian)
shortcut-previous-row = Pelanggan sebelumnya dalam daftar
shortcut-open-row = Buka pelanggan
shortcut-edit-row = Ubah pelanggan (baris atau halaman ini)
shortcut-leave-search = Keluar dari kotak pencarian (tombol daftar berfungsi lagi)
shell-breadcrumb = Jejak navigasi
shortcut-toggle-row = Pilih atau batalkan pilihan pelanggan
shortcut-new = Pelanggan baru
shortcut-previous-page = Halaman sebelumnya
shortcut-next-page = Halaman berikutnya
shortcut-go-customers = Ke Pelanggan
shortcut-save = Simpan formulir (Cmd+Enter di Mac)
shortcut-cancel = Batalkan formulir

## Card scanners
scan-no-customer = Tidak ada pelanggan dengan kartu { $serial }
scan-new-customer = Pelanggan baru dengan kartu ini
scan-failed = Kartu { $serial } tidak dapat dicari: { $error }
scan-card = Pindai kartu
scan-camera-hint = Arahkan kode batang atau kode QR kartu ke kamera.
scan-camera-view = Kamera
scan-camera-failed = Kamera tidak dapat dinyalakan. Izinkan kamera untuk situs ini, atau ketik nomor kartu di Pencarian.

# The connection, in the header
shell-offline = Luring
shell-back-online = Kembali daring

# Offline
held-as-of = Per { $time }, luring
held-as-of-partial = Per { $time }, luring: hanya pelanggan yang dilihat dalam sesi ini
offline-refused-delete = Luring: menghapus memerlukan jaringan. Tidak ada yang dihapus.
offline-refused-bulk = Luring: perubahan massal memerlukan jaringan. Tidak ada yang diubah.
offline-refused-import = Luring: impor memerlukan jaringan. Tidak ada yang dikirim.

# Perubahan yang disimpan saat luring
waiting-to-send = Menunggu dikirim ({ $count })
waiting-sent = Perubahan untuk { $name } yang dibuat saat luring telah dikirim.
waiting-refused = Perubahan untuk { $name } yang dibuat saat luring tidak dapat dikirim apa adanya: perubahan ada di formulir.
waiting-sign-out = { $count } perubahan yang disimpan saat luring masih menunggu dikirim dan akan hilang jika Anda keluar sekarang. Tetap keluar?
