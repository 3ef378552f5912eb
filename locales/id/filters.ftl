# Panel filter daftar (filter PORTOS; outlet dan tanggal bergabung DealPOS), pesannya,
# dan label filter aktif di atas tabel.
# Translators: keep the message ids (left of "=") and the { $variables } as they are;
# translate the text only.

## Panel

filters-title = Filter
filters-apply = Terapkan filter
filters-any = Semua
filters-active-only = Hanya yang aktif
filters-inactive-only = Hanya yang tidak aktif
filters-expired-only = Hanya yang kedaluwarsa
filters-not-expired = Belum kedaluwarsa
filters-from-link = Dari tautan: { $value }. Nilai yang diisi di sini akan menggantikannya.
filters-outlet-hint = Nama outlet lengkap, misalnya Surabaya.

## Nama filter

filters-field-active = Aktif
filters-field-expired = Kedaluwarsa
filters-axes-hint = Dua hal berbeda: Aktif menyatakan apakah pelanggan boleh digunakan; Kedaluwarsa menyatakan apakah masa berlakunya sudah berakhir. Pelanggan aktif bisa saja kedaluwarsa.
filters-field-discount = Tingkat diskon
filters-field-credit = Tingkat kredit
filters-field-expires = Masa berlaku berakhir
filters-field-expires-after = Berakhir setelah
filters-field-expires-before = Berakhir sebelum
filters-field-external-id = ID eksternal
filters-field-card = Nomor seri kartu
filters-field-outlet = Outlet
filters-field-joined-from = Bergabung sejak
filters-field-joined-to = Bergabung sampai

## Filter angka

filters-comparison-any = Semua nilai
filters-comparison-equal = Sama dengan
filters-comparison-more-than = Lebih dari
filters-comparison-at-least = Paling sedikit
filters-comparison-less-than = Kurang dari
filters-comparison-at-most = Paling banyak
filters-comparison-between = Antara
filters-range-value = { $field } (nilai)
filters-range-from = { $field } dari
filters-range-to = { $field } sampai

## Nilai yang tidak dapat menjadi filter

filters-error-number-missing = Masukkan angka.
filters-error-number = Masukkan angka, misalnya 10 atau 12,5.
filters-error-range-order = Nilai pertama tidak boleh lebih besar dari nilai kedua.
filters-error-date = Masukkan tanggal dengan format TTTT-BB-HH.
filters-error-expiry-order = Harus lebih lambat dari “Berakhir setelah”.
filters-error-joined-order = Tidak boleh lebih awal dari “Bergabung sejak”.

## Label filter aktif

filters-chips = Filter aktif
filters-chip-remove = Hapus filter: { $filter }
filters-clear = Hapus semua filter
filters-chip-active = Aktif
filters-chip-inactive = Tidak aktif
filters-chip-expired = Kedaluwarsa
filters-chip-not-expired = Belum kedaluwarsa
filters-chip-value = { $filter }: { $value }
filters-chip-date = { $filter } { $value }
filters-chip-between = { $filter } { $low }–{ $high }
filters-chip-conditions = { $filter } { $conditions }
filters-chip-and = { $previous } dan { $next }
filters-op-eq = = { $value }
filters-op-ne = ≠ { $value }
filters-op-gt = > { $value }
filters-op-gte = ≥ { $value }
filters-op-lt = < { $value }
filters-op-lte = ≤ { $value }
filters-op-on = pada { $value }
filters-op-not-on = selain { $value }
filters-op-after = setelah { $value }
filters-op-on-or-after = mulai { $value }
filters-op-before = sebelum { $value }
filters-op-on-or-before = sampai { $value }
filters-op-contains = berisi { $value }
filters-op-in = salah satu dari { $value }
filters-op-null = tidak diisi
filters-op-not-null = diisi
