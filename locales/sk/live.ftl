# Živé zmeny: čo menia iní, hneď ako sa to stane (notifikačný hub PORTOS).
shell-live-off = Živé zmeny vypnuté
live-list-changed =
    { $count ->
        [one] Zmenil sa { $count } zákazník
        [few] Zmenili sa { $count } zákazníci
       *[other] Zmenilo sa { $count } zákazníkov
    }
live-show-changes = Zobraziť zmeny
live-changed-by = { $name } zmenil(a) tohto zákazníka o { $time }.
live-changed-by-someone = Niekto zmenil tohto zákazníka o { $time }.
live-deleted-by = { $name } vymazal(a) tohto zákazníka o { $time }.
live-deleted-by-someone = Niekto vymazal tohto zákazníka o { $time }.
live-form-changed = { $name } uložil(a) tohto zákazníka o { $time }. Pri každom zmenenom poli vyberte, čo ponechať.
live-form-changed-someone = Niekto uložil tohto zákazníka o { $time }. Pri každom zmenenom poli vyberte, čo ponechať.
live-form-hidden = Zmenili len to, čo tento formulár nezobrazuje. „Vziať ich“ postaví formulár na ich verzii a ponechá, čo ste napísali.
live-form-rebased = Všetko vybrané: formulár teraz vychádza z ich verzie a Uložiť zachová vaše voľby.
live-form-deleted = { $name } vymazal(a) tohto zákazníka o { $time }. Uložením ho vytvoríte znova s obsahom formulára.
live-form-deleted-someone = Niekto vymazal tohto zákazníka o { $time }. Uložením ho vytvoríte znova s obsahom formulára.
live-theirs = Ich: { $value }
live-yours = Vaše: { $value }
live-empty = (prázdne)
live-cards = { $count ->
        [one] { $count } karta
        [few] { $count } karty
       *[other] { $count } kariet
    }
live-take-theirs = Vziať ich
live-keep-mine = Ponechať moje
live-kept-theirs = Vzaté ich
live-kept-mine = Ponechané moje
