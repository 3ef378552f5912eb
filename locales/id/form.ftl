# Formulir pelanggan (baru dan ubah): kolom, bagian, kartu, tombol, dan validasi.
# Penerjemah: jangan ubah ID pesan (di kiri "="); terjemahkan teksnya saja.

## Kolom
form-first-name = Nama depan
form-last-name = Nama belakang
form-email = Email
form-phone = Telepon
form-birth-date = Tanggal lahir
form-external-id = ID eksternal
form-active = Aktif
form-activation-time = Waktu aktivasi
form-expiration-time = Waktu kedaluwarsa
form-discount-rate = Tingkat diskon
form-credit-rate = Tingkat kredit
form-note = Catatan
form-company = Perusahaan
form-company-name = Nama perusahaan
form-vat-id = Nomor PPN
form-tax-id = NPWP
form-crn = Nomor registrasi perusahaan
form-address = Alamat
form-street = Jalan
form-city = Kota
form-postal-code = Kode pos
form-country = Negara
form-delivery-address = Alamat pengiriman
form-delivery-street = Jalan pengiriman
form-delivery-city = Kota pengiriman
form-delivery-postal-code = Kode pos pengiriman
form-delivery-country = Negara pengiriman

## Halaman
form-edit-heading = Ubah pelanggan
form-new-title = Pelanggan baru
form-edit-title = Ubah { $name }
form-no-create-right = Anda tidak dapat menambah pelanggan, jadi pelanggan baru ini tidak dapat disimpan.
form-no-update-right = Anda tidak dapat mengubah pelanggan, jadi perubahan tidak dapat disimpan.
form-conflict = Orang lain mengubah pelanggan ini saat Anda sedang mengedit. Perubahan Anda masih ada di formulir.
form-conflict-hidden-fields = Versi mereka hanya berbeda pada kolom yang tidak ditampilkan formulir ini.
form-conflict-changed = Mereka mengubah: { $fields }.
form-reload-theirs = Muat versi mereka
form-overwrite = Timpa dengan versi saya
form-correct-fields = Harap perbaiki kolom yang ditandai.
form-person = Orang
form-name-hint = Nama depan, nama belakang, atau nama perusahaan harus diisi.
form-validity = Masa berlaku
form-rates = Tarif
form-discount-hint = 0 sampai 100 %.
form-discount-locked = 0 sampai 100 %. Anda tidak dapat mengubah diskon.
form-credit-locked = Tidak boleh negatif. Anda tidak dapat mengubah tarif kredit.
form-credit-hint = Tidak boleh negatif.
date-reading = Dibaca { $date }
form-delivery-hint = Kosongkan untuk mengirim ke alamat utama.
form-cancel = Batal
form-save = Simpan
form-saving = Menyimpan…
form-saved = { $name } telah disimpan.
form-leave-question = Ada perubahan yang belum disimpan. Keluar tanpa menyimpan?

## Kartu loyalitas
form-cards = Kartu
form-no-cards = Tidak ada kartu.
form-add-card = Tambah kartu
form-card-serial = Nomor seri kartu { $number }
# Not "active": the customer's own "Active" box must stay the only one of that name.
form-card-active = Kartu { $number } diaktifkan
form-card-virtual = Kartu { $number } virtual
form-card-valid-from = Kartu { $number } berlaku dari
form-card-valid-until = Kartu { $number } berlaku hingga
# Not "note": the customer's "Note" must stay the only field of that name.
form-card-note = Komentar kartu { $number }
form-card-remove = Hapus kartu { $number }

## Validasi (ditampilkan aplikasi; server menjawab dalam bahasa Inggris)
form-error-name-required = Nama depan, nama belakang, atau nama perusahaan wajib diisi.
form-error-dealpos-name-required = Name, FirstName, atau LastName wajib diisi.
form-error-company-name-required = Pelanggan perusahaan memerlukan nama perusahaan.
form-error-too-long = Maksimal { $max } karakter.
form-error-email = Alamat email tidak valid.
form-error-discount-range = Harus antara 0 dan 100.
form-error-negative = Tidak boleh negatif.
form-error-expiration-order = Harus lebih lambat dari waktu aktivasi.
form-error-card-required = Kartu memerlukan nomor seri.
form-error-card-unique = Nomor seri kartu harus unik.
form-error-invalid-birth-date = "{ $value }" bukan tanggal lahir yang valid.
form-error-invalid-activation-time = "{ $value }" bukan waktu aktivasi yang valid.
form-error-invalid-expiration-time = "{ $value }" bukan waktu kedaluwarsa yang valid.
form-error-invalid-discount-rate = "{ $value }" bukan tingkat diskon yang valid.
form-error-invalid-credit-rate = "{ $value }" bukan tingkat kredit yang valid.
form-error-invalid-value = "{ $value }" bukan nilai yang valid.
form-error-invalid-card-time = "{ $value }" bukan tanggal dan waktu yang valid.

## Draf: ketikan yang belum disimpan untuk tab ini
form-draft-offer = Pulihkan perubahan yang belum disimpan dari { $time }?
form-draft-changed = Orang lain telah menyimpan pelanggan ini sejak itu. Pemulihan mempertahankan perubahan mereka di kolom yang tidak Anda ubah.
form-draft-changed-both = Orang lain telah menyimpan pelanggan ini sejak itu. Anda berdua mengubah: { $fields }. Pemulihan mempertahankan milik Anda di sana.
form-draft-restore = Pulihkan
form-draft-discard = Buang

## Possible duplicates, before a create
duplicates-title = Kemungkinan duplikat
duplicates-intro = Pelanggan ini sudah memiliki sebagian dari yang Anda ketik. Gunakan salah satunya, atau tetap buat pelanggan baru.
duplicates-matched = Sama: { $keys }
duplicates-open = Buka
duplicates-use = Gunakan pelanggan ini
duplicates-create-anyway = Tetap buat

form-offline-create = Luring: membuat pelanggan memerlukan jaringan. Yang Anda ketik tetap ada di formulir.
form-offline-needs-network = Luring: perubahan pada { $fields } memerlukan jaringan, jadi tidak ada yang disimpan. Yang Anda ketik tetap ada di formulir.
form-saved-offline = Disimpan saat luring: perubahan untuk { $name } menunggu dikirim.
