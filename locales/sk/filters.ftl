# Panely filtrov zoznamu (filtre PORTOS; predajňa a dátumy registrácie DealPOS), ich
# hlásenia a štítky aktívnych filtrov nad tabuľkou.
# Translators: keep the message ids (left of "=") and the { $variables } as they are;
# translate the text only.

## Panel

filters-title = Filtre
filters-apply = Použiť filtre
filters-any = Všetci
filters-active-only = Iba aktívni
filters-inactive-only = Iba neaktívni
filters-expired-only = Iba s vypršanou platnosťou
filters-not-expired = Iba s platnosťou
filters-from-link = Z odkazu: { $value }. Ak tu zadáte hodnotu, nahradí tento filter.
filters-outlet-hint = Celý názov predajne, napr. Košice.

## Názvy filtrov

filters-field-active = Aktívny
filters-field-expired = Platnosť vypršala
filters-axes-hint = Dve rôzne veci: Aktívny hovorí, či sa zákazník smie vôbec používať; Platnosť vypršala hovorí, či jeho platnosť už skončila. Aktívny zákazník môže byť po platnosti.
filters-field-discount = Zľava
filters-field-credit = Sadzba kreditu
filters-field-expires = Koniec platnosti
filters-field-expires-after = Koniec platnosti po
filters-field-expires-before = Koniec platnosti pred
filters-field-external-id = Externé ID
filters-field-card = Sériové číslo karty
filters-field-outlet = Predajňa
filters-field-joined-from = Registrácia od
filters-field-joined-to = Registrácia do

## Číselné filtre

filters-comparison-any = Bez obmedzenia
filters-comparison-equal = Rovná sa
filters-comparison-more-than = Viac ako
filters-comparison-at-least = Najmenej
filters-comparison-less-than = Menej ako
filters-comparison-at-most = Najviac
filters-comparison-between = Medzi
filters-range-value = { $field } – hodnota
filters-range-from = { $field } od
filters-range-to = { $field } do

## Hodnoty, z ktorých nemôže byť filter

filters-error-number-missing = Zadajte číslo.
filters-error-number = Zadajte číslo, napríklad 10 alebo 12,5.
filters-error-range-order = Prvá hodnota nesmie byť väčšia ako druhá.
filters-error-date = Zadajte dátum v tvare RRRR-MM-DD.
filters-error-expiry-order = Musí byť neskôr ako „Koniec platnosti po“.
filters-error-joined-order = Nesmie byť skôr ako „Registrácia od“.

## Štítky aktívnych filtrov

filters-chips = Aktívne filtre
filters-chip-remove = Odstrániť filter: { $filter }
filters-clear = Zrušiť filtre
filters-chip-active = Aktívni
filters-chip-inactive = Neaktívni
filters-chip-expired = Platnosť vypršala
filters-chip-not-expired = Platnosť nevypršala
filters-chip-value = { $filter }: { $value }
filters-chip-date = { $filter } { $value }
filters-chip-between = { $filter } { $low }–{ $high }
filters-chip-conditions = { $filter } { $conditions }
filters-chip-and = { $previous } a { $next }
filters-op-eq = = { $value }
filters-op-ne = ≠ { $value }
filters-op-gt = > { $value }
filters-op-gte = ≥ { $value }
filters-op-lt = < { $value }
filters-op-lte = ≤ { $value }
filters-op-on = dňa { $value }
filters-op-not-on = okrem { $value }
filters-op-after = po { $value }
filters-op-on-or-after = od { $value }
filters-op-before = pred { $value }
filters-op-on-or-before = do { $value }
filters-op-contains = obsahuje { $value }
filters-op-in = je jedno z: { $value }
filters-op-null = nie je vyplnené
filters-op-not-null = je vyplnené
