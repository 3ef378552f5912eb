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
list-search-placeholder = Cari nama, perusahaan, nomor PPN, catatan…

## Kolom tabel

list-column-name = Nama
list-column-email = Email
list-column-phone = Telepon
list-column-company = Perusahaan
list-column-status = Status
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
