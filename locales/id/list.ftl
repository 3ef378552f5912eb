# Daftar pelanggan: halaman, tabel dan kolomnya, pengumuman urutan, navigasi halaman,
# pencarian, tampilan tersimpan dan ekspor CSV; serta menu skema warna di header.
# Translators: keep the message ids (left of "=") and the { $variables } as they are;
# translate the text only.

## Halaman

list-title = Pelanggan
list-new-customer = Pelanggan baru
list-filters = Filter
list-columns = Kolom
list-retry = Coba lagi
list-tools-not-loaded = Alat daftar (filter, kolom, tampilan tersimpan, ekspor, impor, tindakan massal) tidak dapat dimuat. Periksa koneksi lalu coba lagi.
list-no-match = Tidak ada pelanggan yang cocok dengan pencarian ini.
list-clear-all = Hapus pencarian dan filter
list-field-error = { $field }: { $message }
list-load-failed = Daftar tidak dapat dimuat. { $errors }

## Rentang baris yang ditampilkan

list-range = { $first }–{ $last } dari { $total }
list-range-open = { $first }–{ $last }
list-range-empty = 0 dari { $total }
list-range-empty-open = 0

## Navigasi halaman

list-pagination = Navigasi halaman
list-first-page = Halaman pertama
list-previous-page = Halaman sebelumnya
list-next-page = Halaman berikutnya
list-last-page = Halaman terakhir
list-rows-per-page = Baris per halaman

## Pencarian

search-label = Cari
list-search-placeholder = Nama, perusahaan, NPWP, catatan, kartu atau ID eksternal…
search-hint-email = Alamat email tidak dicari: server POS tidak mencarinya. Coba nama pelanggan.
search-hint-phone = Nomor telepon tidak dicari: server POS tidak mencarinya. Coba nama atau nomor kartu.
list-search-incomplete = Hanya { $limit } pelanggan pertama yang ditemukan untuk “{ $word }” yang dicari. Tambahkan kata untuk mempersempit.

## Kolom tabel

list-column-name = Nama
list-column-email = Email
list-column-phone = Telepon
list-column-company = Perusahaan
list-column-status = Masa berlaku
list-column-discount-rate = Tingkat diskon
list-column-credit-rate = Tingkat kredit
list-column-cards = Kartu
list-unreadable = Tidak terbaca: { $fields }
list-column-expires = Berlaku sampai
list-column-code = Kode
list-column-group = Grup
list-column-loyalty-points = Poin loyalitas
list-column-joined = Bergabung
list-column-outlet = Outlet
list-visible-columns = Kolom yang ditampilkan
list-density = Baris
list-density-comfortable = Lega (sentuh)
list-density-compact = Rapat
list-count = { $count ->
       *[other] { $formatted } pelanggan
    }

## Pengumuman urutan untuk pembaca layar

list-sorted-default = Diurutkan menurut nama belakang, lalu nama depan.
list-sorted-by = Diurutkan menurut { $keys }.
list-sort-ascending = { $column }, naik
list-sort-descending = { $column }, turun
list-sort-then = { $previous }, lalu { $next }

## Tampilan tersimpan

list-views = Tampilan tersimpan
list-views-empty = Belum ada tampilan tersimpan.
list-views-rename = Ganti nama
list-views-rename-named = Ganti nama tampilan: { $name }
list-views-delete = Hapus
list-views-delete-named = Hapus tampilan: { $name }
list-views-new-name = Nama baru
list-views-save-name = Simpan nama
list-views-cancel-renaming = Batal mengganti nama
list-views-save-current = Simpan tampilan saat ini
list-views-name = Nama tampilan
list-views-save = Simpan tampilan
list-views-cancel-saving = Batal menyimpan
list-views-error-empty = Masukkan nama untuk tampilan ini.
list-views-error-too-long =
    { $max ->
       *[other] Gunakan paling banyak { $max } karakter.
    }
list-views-error-taken = Tampilan dengan nama ini sudah ada.

## Ekspor CSV

list-export = Ekspor CSV
list-export-progress = Kemajuan ekspor
list-export-starting = Memulai ekspor…
list-export-done-of-total =
    { $count ->
       *[other] { $done } dari { $total } pelanggan
    }
list-export-done =
    { $count ->
       *[other] { $done } pelanggan
    }
list-export-cancel = Batal
list-export-failed = Ekspor gagal. { $reason }
list-export-refused = browser menolak menyimpan file

## Skema warna di header

colour-scheme-label = Skema warna
colour-scheme-system = Sistem
colour-scheme-light = Terang
colour-scheme-dark = Gelap

## Impor CSV
import-open = Impor CSV
import-not-loaded = Impor tidak dapat dimuat. Periksa koneksi lalu coba lagi.
import-needs-right = Anda tidak dapat menambah atau mengubah pelanggan, jadi impor tidak tersedia.
import-title = Impor pelanggan
import-intro = File CSV dalam UTF-8 dengan baris judul; koma atau titik koma. Baris dengan ID pelanggan (ditulis oleh ekspor) memperbarui pelanggan itu, jika tidak baris yang ID eksternalnya cocok; yang lain dibuat.
import-file = File CSV
import-drop = atau letakkan file di sini
import-reading = Membaca { $name }…
import-unreadable = File tidak dapat dibaca: { $reason }
import-empty = File tidak memiliki baris di bawah judulnya.
import-mapping = Pemetaan kolom
import-column = Kolom di file
import-field = Kolom data
import-field-for = Kolom data untuk { $column }
import-skip = (jangan diimpor)
import-preview = Pratinjau
import-preview-caption = { $shown } pertama dari { $rows } baris
import-rows-checked = { $rows } baris, { $problems } bermasalah (tidak dikirim dan kembali dalam baris yang gagal).
import-row = Baris
import-start = Impor
import-cancel = Batal
import-close = Tutup
import-progress = Kemajuan impor
import-progress-text = { $done } dari { $total } baris
import-result = Dibuat { $created }, diperbarui { $updated }, gagal { $failed }, dilewati { $skipped } (sudah sama dengan file).
import-result-cancelled = Dibatalkan setelah { $done } dari { $total } baris.
import-download-failed = Unduh baris yang gagal
import-id = ID pelanggan
import-match = Dicocokkan dengan
import-match-id = ID: memperbarui pelanggan itu
import-match-external-id = ID eksternal: memperbarui pelanggan dengan ID itu, jika ada
import-match-new = Pelanggan baru
import-key-id = ID
import-key-external-id = ID eksternal
import-key-email = email
import-match-replaced = Tidak dikirim: baris { $row } memiliki { $key } yang sama dan yang dipakai
import-match-skipped = Tidak dikirim: baris { $row } memiliki { $key } yang sama
import-duplicates = Baris untuk pelanggan yang sama
import-duplicates-last-wins = Impor yang terakhir
import-duplicates-skip = Lewati semuanya
import-result-duplicates = { $count } baris tidak dikirim: baris lain dalam file untuk pelanggan yang sama.
import-existing-checking = Mencari pelanggan yang sudah ada: { $done } dari { $rows } baris diperiksa.
import-existing-none = Tidak ada baris yang cocok dengan pelanggan yang sudah ada.
import-existing-found = { $count } baris cocok dengan pelanggan yang sudah ada.
import-existing-failed = Tidak dapat mencari pelanggan yang sudah ada ({ $reason }). Impor mencari lagi sebelum membuat pelanggan.
import-existing = Baris yang cocok dengan pelanggan yang sudah ada
import-existing-skip = Lewati
import-existing-create = Tetap buat
import-existing-update = Perbarui pelanggan yang cocok (baris yang cocok dengan beberapa dilewati)
import-existing-table = Kemungkinan duplikat
import-existing-customer = Pelanggan yang sudah ada
import-existing-action = Tindakan
import-existing-choice = Tindakan untuk baris { $row }
import-existing-as-for-all = Sesuai pilihan untuk semua
import-existing-row-skip = Lewati
import-existing-row-create = Tetap buat
import-existing-row-update = Perbarui { $name }
import-existing-more = …dan { $count } lagi, sesuai pilihan untuk semua.
import-match-existing = Kemungkinan duplikat dari { $names } (sama: { $keys })
import-result-existing = { $count } baris tidak dikirim: cocok dengan pelanggan yang sudah ada.
import-error-existing-unchecked = Tidak dapat mencari pelanggan yang sudah ada: { $reason }
import-failed-heading = Baris yang tidak diimpor
import-failed-row = Baris { $row }: { $reason }
import-failed-more = …dan { $count } lainnya di file baris yang gagal.
import-error-no-id = Tidak ada pelanggan dengan ID { $id } (sudah dihapus?).
import-error-same-customer = Baris { $row } sudah memperbarui pelanggan ini.
import-full-name = Nama (depan dan belakang)
import-error-yes-no = "{ $value }" bukan Ya atau Tidak.
import-error-number = "{ $value }" bukan angka.
import-error-date-time = "{ $value }" bukan tanggal dan waktu.
import-error-date = "{ $value }" bukan tanggal (YYYY-MM-DD).

## Pilihan dan pekerjaan massal
selection-select-row = Pilih { $name }
selection-select-page = Pilih semua di halaman ini
selection-select-matching = Pilih semua { $count } yang cocok
selection-selecting = Memilih…
selection-cap = Paling banyak { $cap } pelanggan dapat dipilih sekaligus.
selection-count = { $count } dipilih
selection-clear = Kosongkan pilihan
selection-failed = Hanya { $count } dari { $total } yang terpilih: gagal memilih sisanya. { $reason }
selection-retry = Coba lagi
bulk-toolbar = Tindakan massal
bulk-not-loaded = Tindakan massal tidak dapat dimuat. Periksa koneksi lalu coba lagi.
bulk-activate = Aktifkan
bulk-deactivate = Nonaktifkan
bulk-set-discount = Atur tarif diskon
bulk-set-expiration = Atur masa berlaku
bulk-export = Ekspor yang dipilih
bulk-delete = Hapus yang dipilih
bulk-needs-update = Anda tidak dapat mengubah pelanggan, jadi Aktifkan, Nonaktifkan, dan Atur masa berlaku tidak tersedia.
bulk-needs-discount = Anda tidak dapat mengubah diskon, jadi Atur tarif diskon tidak tersedia.
bulk-needs-delete = Anda tidak dapat menghapus pelanggan, jadi Hapus yang dipilih tidak tersedia.
bulk-discount-title = Atur tarif diskon { $count } pelanggan
bulk-discount-field = Tarif diskon baru
bulk-expiration-title = Atur masa berlaku { $count } pelanggan
bulk-expiration-field = Waktu kedaluwarsa baru
bulk-expiration-hint = Biarkan kosong untuk menghapus masa berlaku.
bulk-apply = Terapkan
bulk-cancel = Batal
bulk-delete-title = Hapus { $count } pelanggan?
bulk-delete-message = Pelanggan yang dipilih dihapus. Anda dapat membatalkannya segera setelahnya.
bulk-progress = Kemajuan massal
bulk-activating = Mengaktifkan { $done } dari { $total }…
bulk-deactivating = Menonaktifkan { $done } dari { $total }…
bulk-setting-discount = Mengatur tarif diskon: { $done } dari { $total }…
bulk-setting-expiration = Mengatur masa berlaku: { $done } dari { $total }…
bulk-deleting = Menghapus { $done } dari { $total }…
bulk-restoring = Memulihkan { $done } dari { $total }…
bulk-summary = Selesai: { $done } diubah, { $unchanged } sudah sesuai, { $failed } gagal, { $notReached } tidak tercapai.
bulk-failed-heading = Tidak selesai
bulk-retry = Coba lagi yang gagal
bulk-close = Tutup
bulk-conflict = Orang lain mengubah pelanggan ini sementara itu; "Coba lagi yang gagal" membacanya lagi terlebih dahulu.
bulk-deleted = { $count } pelanggan dihapus.
bulk-deactivate-title = Nonaktifkan { $count } pelanggan?
bulk-deactivate-message = Pelanggan nonaktif tidak dapat dipilih di kasir. Anda dapat mengurungkannya segera setelahnya.
bulk-done-activate = { $count } pelanggan diaktifkan.
bulk-done-deactivate = { $count } pelanggan dinonaktifkan.
bulk-done-discount = Tarif diskon { $count } pelanggan diubah.
bulk-done-expiration = Masa berlaku { $count } pelanggan diubah.
bulk-undoing = Mengembalikan { $done } dari { $total }…
bulk-undone = { $count } pelanggan dikembalikan seperti semula.
bulk-undo = Urungkan
bulk-restored = { $count } pelanggan dipulihkan.
bulk-delete-refused = { $count } pelanggan tidak dihapus: { $names }

list-not-held = Server tidak dapat dihubungi, dan halaman ini belum dilihat dalam sesi ini, jadi tidak dapat ditampilkan saat luring. Halaman muncul setelah koneksi kembali.
