# Formulár zákazníka (nový aj úprava): polia, sekcie, karty, tlačidlá a kontrola údajov.
# Prekladatelia: identifikátory správ (vľavo od „=“) nemeňte, prekladajte len text.

## Polia
form-first-name = Meno
form-last-name = Priezvisko
form-email = E-mail
form-phone = Telefón
form-birth-date = Dátum narodenia
form-external-id = Externé ID
form-active = Aktívny
form-activation-time = Čas aktivácie
form-expiration-time = Koniec platnosti
form-discount-rate = Zľava
form-credit-rate = Sadzba kreditu
form-note = Poznámka
form-company = Firma
form-company-name = Názov firmy
form-vat-id = IČ DPH
form-tax-id = DIČ
form-crn = IČO
form-address = Adresa
form-street = Ulica
form-city = Mesto
form-postal-code = PSČ
form-country = Krajina
form-delivery-address = Adresa doručenia
form-delivery-street = Ulica doručenia
form-delivery-city = Mesto doručenia
form-delivery-postal-code = PSČ doručenia
form-delivery-country = Krajina doručenia

## Stránka
form-edit-heading = Úprava zákazníka
form-new-title = Nový zákazník
form-edit-title = Úprava: { $name }
form-no-create-right = Nemôžete pridávať zákazníkov, preto tohto nového zákazníka nemožno uložiť.
form-no-update-right = Nemôžete meniť zákazníkov, preto zmeny nemožno uložiť.
form-conflict = Počas vašich úprav tohto zákazníka zmenil niekto iný. Vaše zmeny zostali vo formulári.
form-conflict-hidden-fields = Ich verzia sa líši len v poliach, ktoré tento formulár nezobrazuje.
form-conflict-changed = Zmenili: { $fields }.
form-reload-theirs = Načítať ich verziu
form-overwrite = Prepísať mojou
form-correct-fields = Opravte, prosím, zvýraznené polia.
form-person = Osoba
form-name-hint = Je potrebné meno, priezvisko alebo názov firmy.
form-validity = Platnosť
form-rates = Sadzby
form-discount-hint = 0 až 100 %.
form-discount-locked = 0 až 100 %. Zľavu nemôžete meniť.
form-credit-locked = Nesmie byť záporná. Kreditnú sadzbu nemôžete meniť.
form-credit-hint = Nesmie byť záporná.
date-reading = Čiže { $date }
form-delivery-hint = Nechajte prázdne, ak sa má doručovať na adresu.
form-cancel = Zrušiť
form-save = Uložiť
form-saving = Ukladá sa…
form-saved = Zákazník { $name } bol uložený.
form-leave-question = Máte neuložené zmeny. Odísť bez uloženia?

## Vernostné karty
form-cards = Karty
form-no-cards = Žiadne karty.
form-add-card = Pridať kartu
form-card-serial = Sériové číslo karty { $number }
# Not "active": the customer's own "Active" box must stay the only one of that name.
form-card-active = Karta { $number } povolená
form-card-virtual = Karta { $number } virtuálna
form-card-valid-from = Karta { $number } platná od
form-card-valid-until = Karta { $number } platná do
# Not "note": the customer's "Note" must stay the only field of that name.
form-card-note = Komentár ku karte { $number }
form-card-remove = Odstrániť kartu { $number }

## Kontrola údajov (aplikácia ich zobrazuje; server odpovedá po anglicky)
form-error-name-required = Vyžaduje sa meno, priezvisko alebo názov firmy.
form-error-dealpos-name-required = Vyžaduje sa Name, FirstName alebo LastName.
form-error-company-name-required = Firemný zákazník musí mať názov firmy.
form-error-too-long = Najviac { $max ->
        [one] { $max } znak
        [few] { $max } znaky
       *[other] { $max } znakov
    }.
form-error-email = Neplatná e-mailová adresa.
form-error-discount-range = Musí byť od 0 do 100.
form-error-negative = Hodnota nesmie byť záporná.
form-error-expiration-order = Musí byť neskôr ako čas aktivácie.
form-error-card-required = Karta musí mať sériové číslo.
form-error-card-unique = Sériové čísla kariet sa nesmú opakovať.
form-error-invalid-birth-date = „{ $value }“ nie je platný dátum narodenia.
form-error-invalid-activation-time = „{ $value }“ nie je platný čas aktivácie.
form-error-invalid-expiration-time = „{ $value }“ nie je platný koniec platnosti.
form-error-invalid-discount-rate = „{ $value }“ nie je platná zľava.
form-error-invalid-credit-rate = „{ $value }“ nie je platná sadzba kreditu.
form-error-invalid-value = „{ $value }“ nie je platná hodnota.
form-error-invalid-card-time = „{ $value }“ nie je platný dátum a čas.

## Koncepty: neuložené písanie uchované pre túto kartu
form-draft-offer = Obnoviť neuložené zmeny z { $time }?
form-draft-changed = Medzitým tohto zákazníka uložil niekto iný. Obnovenie zachová jeho zmeny v poliach, ktoré ste nemenili.
form-draft-changed-both = Medzitým tohto zákazníka uložil niekto iný. Obaja ste zmenili: { $fields }. Obnovenie tam zachová vaše.
form-draft-restore = Obnoviť
form-draft-discard = Zahodiť

## Possible duplicates, before a create
duplicates-title = Možné duplicity
duplicates-intro = Títo zákazníci už majú niečo z toho, čo ste napísali. Použite jedného z nich alebo nového zákazníka aj tak vytvorte.
duplicates-matched = Rovnaké: { $keys }
duplicates-open = Otvoriť
duplicates-use = Použiť tohto zákazníka
duplicates-create-anyway = Aj tak vytvoriť

form-offline-create = Offline: vytvorenie zákazníka potrebuje sieť. Čo ste napísali, zostáva vo formulári.
form-offline-needs-network = Offline: zmeny polí { $fields } potrebujú sieť, takže sa nič neuložilo. Čo ste napísali, zostáva vo formulári.
form-saved-offline = Uložené offline: zmeny zákazníka { $name } čakajú na odoslanie.
