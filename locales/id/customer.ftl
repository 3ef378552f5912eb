# Halaman detail pelanggan: bagian-bagiannya, konfirmasi hapus, dan riwayat kredit.
# Penerjemah: jangan ubah ID pesan (di kiri "="); terjemahkan teksnya saja.

customer-heading = Pelanggan
customer-loading = Memuat pelanggan…
customer-edit = Ubah
customer-delete = Hapus
customer-delete-title = Hapus pelanggan?
customer-delete-message = { $name } akan dihapus. Anda masih dapat mengurungkannya beberapa detik setelahnya.
customer-deleted = { $name } telah dihapus.
customer-undo = Urungkan
customer-restored = { $name } telah dipulihkan.
customer-delete-refused = { $name } tidak dihapus: { $error }
customer-delete-right-hint = Anda tidak dapat menghapus pelanggan.

## Status pelanggan (juga di daftar)
customer-status = Status
customer-status-active = Aktif
customer-status-suspended = Ditangguhkan
customer-status-valid = Berlaku
customer-status-not-yet-valid = Belum berlaku
customer-status-expired = Kedaluwarsa
customer-status-inactive = { $status }, tidak aktif
# A status the app does not know, as the server wrote it.
customer-status-other = { $status }

## Bagian dan baris halaman detail
customer-yes = Ya
customer-no = Tidak
customer-contact = Kontak
customer-rates-and-credit = Tarif dan kredit
customer-credit = Kredit
customer-card-inactive = Nonaktif
customer-card-virtual = Virtual
customer-card-valid-from = Berlaku dari { $date }
customer-card-valid-until = Berlaku hingga { $date }
customer-card-status-reason = { $status } ({ $reason })
customer-card-processor = Prosesor { $processor }
customer-unreadable = Sebagian data pelanggan ini tidak dapat dibaca ({ $fields }). Data itu disimpan apa adanya dan dikirim kembali tanpa perubahan saat Anda menyimpan.
customer-unreadable-record = Catatan ini tidak dapat dibaca sebagai pelanggan.
customer-card-active = Aktif
customer-same-address = Sama dengan alamat.
customer-note-and-record = Catatan dan kode
customer-code = Kode
customer-id = ID
customer-version = Versi
customer-record = Data di server

## Keanggotaan DealPOS
customer-membership = Keanggotaan
customer-group = Grup
customer-group-ends = Grup berakhir
customer-loyalty-points = Poin loyalitas
customer-joined = Bergabung
customer-outlet = Outlet
customer-second-phone = Telepon kedua
customer-referred-by = Direferensikan oleh

## Riwayat kredit
customer-credit-history = Riwayat kredit
customer-credit-history-empty = Belum ada perubahan kredit.
customer-credit-history-table = Tabel riwayat kredit
customer-credit-date = Tanggal
customer-credit-change = Perubahan
customer-credit-balance = Saldo
customer-credit-history-latest = { $shown } perubahan terakhir dari { $total }.

## A customer's data on request (GDPR)
customer-data-title = Data pelanggan
customer-export-data = Ekspor data
customer-exported-data = Data { $name } diunduh: catatan sebagaimana disimpan server (JSON) dan sebagai teks yang mudah dibaca.
customer-anonymize = Anonimkan
customer-anonymize-right-hint = Anda tidak dapat mengubah pelanggan, jadi tidak dapat menganonimkan pelanggan.
customer-anonymize-title = Anonimkan { $name }?
customer-anonymize-message = Nama menjadi "Pelanggan anonim", dan email, telepon, tanggal lahir, alamat, perusahaan, catatan, dan metadata pribadi dihapus; kartu dinonaktifkan. ID pelanggan, kredit dan riwayatnya, serta nomor seri kartu tetap ada, karena toko wajib menyimpan catatan penjualan dan kredit. Ini tidak dapat dibatalkan.
customer-anonymize-confirm = Ketik nama pelanggan untuk mengonfirmasi
customer-anonymize-confirm-hint = Ketik { $name } persis.
customer-anonymized-name = Pelanggan anonim
customer-anonymized = Pelanggan telah dianonimkan.
customer-anonymize-failed = Pelanggan tidak dianonimkan: { $error }
