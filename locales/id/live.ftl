# Pembaruan langsung: perubahan orang lain saat terjadi (hub notifikasi PORTOS).
shell-live-off = Pembaruan langsung mati
live-list-changed =
    { $count ->
       *[other] { $count } pelanggan berubah
    }
live-show-changes = Tampilkan perubahan
live-changed-by = { $name } mengubah pelanggan ini pada { $time }.
live-changed-by-someone = Seseorang mengubah pelanggan ini pada { $time }.
live-deleted-by = { $name } menghapus pelanggan ini pada { $time }.
live-deleted-by-someone = Seseorang menghapus pelanggan ini pada { $time }.
live-form-changed = { $name } menyimpan pelanggan ini pada { $time }. Untuk setiap kolom yang mereka ubah, pilih yang akan disimpan.
live-form-changed-someone = Seseorang menyimpan pelanggan ini pada { $time }. Untuk setiap kolom yang mereka ubah, pilih yang akan disimpan.
live-form-hidden = Mereka hanya mengubah yang tidak ditampilkan formulir ini. “Ambil milik mereka” memulai formulir dari versi mereka dan mempertahankan yang Anda ketik.
live-form-rebased = Semua sudah dipilih: formulir Anda kini berangkat dari versi mereka, dan Simpan mempertahankan pilihan Anda.
live-form-deleted = { $name } menghapus pelanggan ini pada { $time }. Menyimpan akan membuatnya lagi dengan isi formulir.
live-form-deleted-someone = Seseorang menghapus pelanggan ini pada { $time }. Menyimpan akan membuatnya lagi dengan isi formulir.
live-theirs = Milik mereka: { $value }
live-yours = Milik Anda: { $value }
live-empty = (kosong)
live-cards = { $count ->
       *[other] { $count } kartu
    }
live-take-theirs = Ambil milik mereka
live-keep-mine = Pertahankan milik saya
live-kept-theirs = Milik mereka diambil
live-kept-mine = Milik saya dipertahankan
