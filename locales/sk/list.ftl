# Zoznam zákazníkov: stránka, tabuľka a stĺpce, oznámenia o zoradení, stránkovanie,
# vyhľadávanie, uložené zobrazenia a export do CSV; a ponuka farebnej schémy v hlavičke.
# Translators: keep the message ids (left of "=") and the { $variables } as they are;
# translate the text only.

## Stránka

list-title = Zákazníci
list-new-customer = Nový zákazník
list-filters = Filtre
list-columns = Stĺpce
list-retry = Skúsiť znova
list-tools-not-loaded = Nástroje zoznamu (filtre, stĺpce, uložené pohľady, export, import, hromadné úpravy) sa nepodarilo načítať. Skontrolujte pripojenie a skúste znova.
list-no-match = Tomuto vyhľadávaniu nezodpovedajú žiadni zákazníci.
list-clear-all = Vymazať vyhľadávanie a filtre
list-field-error = { $field }: { $message }
list-load-failed = Zoznam sa nepodarilo načítať. { $errors }

## Rozsah zobrazených riadkov

list-range = { $first }–{ $last } z { $total }
list-range-open = { $first }–{ $last }
list-range-empty = 0 z { $total }
list-range-empty-open = 0

## Stránkovanie

list-pagination = Stránkovanie
list-first-page = Prvá strana
list-previous-page = Predchádzajúca strana
list-next-page = Ďalšia strana
list-last-page = Posledná strana
list-rows-per-page = Riadkov na stranu

## Vyhľadávanie

search-label = Hľadať
list-search-placeholder = Meno, firma, IČ DPH, poznámka, karta alebo externé ID…
search-hint-email = E-mailové adresy sa nevyhľadávajú: server pokladnice v nich nehľadá. Skúste meno zákazníka.
search-hint-phone = Telefónne čísla sa nevyhľadávajú: server pokladnice v nich nehľadá. Skúste meno alebo číslo karty.
list-search-incomplete = Prehľadalo sa len prvých { $limit } zákazníkov nájdených pre „{ $word }“. Pridajte slovo a zúžte výber.

## Stĺpce tabuľky

list-column-name = Meno
list-column-email = E-mail
list-column-phone = Telefón
list-column-company = Firma
list-column-status = Platnosť
list-column-discount-rate = Zľava
list-column-credit-rate = Sadzba kreditu
list-column-cards = Karty
list-unreadable = Nečitateľné: { $fields }
list-column-expires = Platnosť do
list-column-code = Kód
list-column-group = Skupina
list-column-loyalty-points = Vernostné body
list-column-joined = Členom od
list-column-outlet = Predajňa
list-visible-columns = Zobrazené stĺpce
list-density = Riadky
list-density-comfortable = Pohodlné (dotyk)
list-density-compact = Husté
list-count = { $count ->
        [one] { $formatted } zákazník
        [few] { $formatted } zákazníci
       *[other] { $formatted } zákazníkov
    }

## Oznámenia o zoradení pre čítačky obrazovky

list-sorted-default = Zoradené podľa priezviska, potom podľa mena.
list-sorted-by = Zoradenie: { $keys }.
list-sort-ascending = { $column }, vzostupne
list-sort-descending = { $column }, zostupne
list-sort-then = { $previous }, potom { $next }

## Uložené zobrazenia

list-views = Uložené zobrazenia
list-views-empty = Zatiaľ nemáte žiadne uložené zobrazenia.
list-views-rename = Premenovať
list-views-rename-named = Premenovať zobrazenie: { $name }
list-views-delete = Vymazať
list-views-delete-named = Vymazať zobrazenie: { $name }
list-views-new-name = Nový názov
list-views-save-name = Uložiť názov
list-views-cancel-renaming = Zrušiť premenovanie
list-views-save-current = Uložiť aktuálne zobrazenie
list-views-name = Názov zobrazenia
list-views-save = Uložiť zobrazenie
list-views-cancel-saving = Zrušiť ukladanie
list-views-error-empty = Zadajte názov zobrazenia.
list-views-error-too-long =
    { $max ->
        [one] Použite najviac { $max } znak.
        [few] Použite najviac { $max } znaky.
       *[other] Použite najviac { $max } znakov.
    }
list-views-error-taken = Zobrazenie s týmto názvom už existuje.

## Export do CSV

list-export = Exportovať CSV
list-export-progress = Priebeh exportu
list-export-starting = Spúšťa sa export…
list-export-done-of-total =
    { $count ->
        [one] { $done } z { $total } zákazníka
        [few] { $done } z { $total } zákazníkov
       *[other] { $done } z { $total } zákazníkov
    }
list-export-done =
    { $count ->
        [one] { $done } zákazník
        [few] { $done } zákazníci
       *[other] { $done } zákazníkov
    }
list-export-cancel = Zrušiť
list-export-failed = Export zlyhal. { $reason }
list-export-refused = prehliadač odmietol uložiť súbor

## Farebná schéma v hlavičke

colour-scheme-label = Farebná schéma
colour-scheme-system = Podľa systému
colour-scheme-light = Svetlá
colour-scheme-dark = Tmavá

## Import CSV
import-open = Importovať CSV
import-not-loaded = Import sa nepodarilo načítať. Skontrolujte pripojenie a skúste znova.
import-needs-right = Nemôžete pridávať ani meniť zákazníkov, preto je import vypnutý.
import-title = Importovať zákazníkov
import-intro = Súbor CSV v UTF-8 s riadkom hlavičky; čiarky alebo bodkočiarky. Riadok s ID zákazníka (export ho zapisuje) upraví tohto zákazníka, inak riadok, ktorého externé ID patrí zákazníkovi; ostatné sa vytvoria.
import-file = Súbor CSV
import-drop = alebo súbor pustite sem
import-reading = Číta sa { $name }…
import-unreadable = Súbor sa nepodarilo prečítať: { $reason }
import-empty = Súbor nemá pod hlavičkou žiadne riadky.
import-mapping = Priradenie stĺpcov
import-column = Stĺpec v súbore
import-field = Pole
import-field-for = Pole pre { $column }
import-skip = (neimportovať)
import-preview = Náhľad
import-preview-caption = Prvých { $shown } z { $rows } riadkov
import-rows-checked = Riadky: { $rows }, s problémami: { $problems } (neodošlú sa a vrátia sa v zlyhaných riadkoch).
import-row = Riadok
import-start = Importovať
import-cancel = Zrušiť
import-close = Zavrieť
import-progress = Priebeh importu
import-progress-text = { $done } z { $total } riadkov
import-result = Vytvorení { $created }, upravení { $updated }, zlyhali { $failed }, preskočení { $skipped } (už sú ako v súbore).
import-result-cancelled = Zrušené po { $done } z { $total } riadkov.
import-download-failed = Stiahnuť zlyhané riadky
import-id = ID zákazníka
import-match = Priradenie
import-match-id = ID: upraví tohto zákazníka
import-match-external-id = Externé ID: upraví zákazníka s ním, ak existuje
import-match-new = Nový zákazník
import-key-id = ID
import-key-external-id = externé ID
import-key-email = e-mail
import-match-replaced = Neodošle sa: riadok { $row } má rovnaké { $key } a má prednosť
import-match-skipped = Neodošle sa: riadok { $row } má rovnaké { $key }
import-duplicates = Riadky pre toho istého zákazníka
import-duplicates-last-wins = Importovať posledný z nich
import-duplicates-skip = Preskočiť všetky
import-result-duplicates = Neodoslané riadky: { $count } (iný riadok súboru bol pre toho istého zákazníka).
import-existing-checking = Hľadajú sa existujúci zákazníci: skontrolované { $done } z { $rows } riadkov.
import-existing-none = Žiadny riadok nezodpovedá existujúcemu zákazníkovi.
import-existing-found = { $count ->
        [one] { $count } riadok zodpovedá existujúcemu zákazníkovi.
        [few] { $count } riadky zodpovedajú existujúcim zákazníkom.
       *[other] { $count } riadkov zodpovedá existujúcim zákazníkom.
    }
import-existing-failed = Existujúcich zákazníkov sa nepodarilo vyhľadať ({ $reason }). Import ich vyhľadá znova, kým niekoho vytvorí.
import-existing = Riadky zodpovedajúce existujúcim zákazníkom
import-existing-skip = Preskočiť ich
import-existing-create = Napriek tomu ich vytvoriť
import-existing-update = Upraviť zákazníka, ktorému riadok zodpovedá (riadok zodpovedajúci viacerým sa preskočí)
import-existing-table = Možné duplicity
import-existing-customer = Existujúci zákazník
import-existing-action = Akcia
import-existing-choice = Čo s riadkom { $row }
import-existing-as-for-all = Ako pre všetky
import-existing-row-skip = Preskočiť
import-existing-row-create = Napriek tomu vytvoriť
import-existing-row-update = Upraviť: { $name }
import-existing-more = …a ďalšie: { $count }, podľa voľby pre všetky.
import-match-existing = Možná duplicita: { $names } (rovnaké: { $keys })
import-result-existing = Neodoslané riadky: { $count } (zodpovedajú existujúcim zákazníkom).
import-error-existing-unchecked = Existujúcich zákazníkov sa nepodarilo vyhľadať: { $reason }
import-failed-heading = Neimportované riadky
import-failed-row = Riadok { $row }: { $reason }
import-failed-more = …a ďalšie ({ $count }) v súbore neúspešných riadkov.
import-error-no-id = Žiadny zákazník nemá ID { $id } (medzičasom vymazaný?).
import-error-same-customer = Riadok { $row } už tohto zákazníka upravil.
import-full-name = Meno a priezvisko
import-error-yes-no = „{ $value }“ nie je Áno ani Nie.
import-error-number = „{ $value }“ nie je číslo.
import-error-date-time = „{ $value }“ nie je dátum a čas.
import-error-date = „{ $value }“ nie je dátum (RRRR-MM-DD).

## Výber a hromadné úpravy
selection-select-row = Vybrať { $name }
selection-select-page = Vybrať všetkých na tejto strane
selection-select-matching = Vybrať všetkých { $count } vyhovujúcich
selection-selecting = Vyberá sa…
selection-cap = Naraz sa dá vybrať najviac { $cap } zákazníkov.
selection-count = Vybraní: { $count }
selection-clear = Zrušiť výber
selection-failed = Vybratých je len { $count } z { $total }: výber ostatných zlyhal. { $reason }
selection-retry = Skúsiť znova
bulk-toolbar = Hromadné akcie
bulk-not-loaded = Hromadné akcie sa nepodarilo načítať. Skontrolujte pripojenie a skúste znova.
bulk-activate = Aktivovať
bulk-deactivate = Deaktivovať
bulk-set-discount = Nastaviť zľavu
bulk-set-expiration = Nastaviť koniec platnosti
bulk-export = Exportovať vybraných
bulk-delete = Vymazať vybraných
bulk-needs-update = Nemôžete meniť zákazníkov, preto sú Aktivovať, Deaktivovať a Nastaviť koniec platnosti vypnuté.
bulk-needs-discount = Nemôžete meniť zľavy, preto je Nastaviť zľavu vypnuté.
bulk-needs-delete = Nemôžete mazať zákazníkov, preto je Vymazať vybraných vypnuté.
bulk-discount-title = Nastaviť zľavu pre { $count } zákazníkov
bulk-discount-field = Nová zľava
bulk-expiration-title = Nastaviť koniec platnosti pre { $count } zákazníkov
bulk-expiration-field = Nový koniec platnosti
bulk-expiration-hint = Nechajte prázdne, ak má platnosť zaniknúť bez konca.
bulk-apply = Použiť
bulk-cancel = Zrušiť
bulk-delete-title = Vymazať { $count } zákazníkov?
bulk-delete-message = Vybraní zákazníci sa vymažú. Hneď potom to môžete vrátiť.
bulk-progress = Priebeh hromadnej úpravy
bulk-activating = Aktivuje sa { $done } z { $total }…
bulk-deactivating = Deaktivuje sa { $done } z { $total }…
bulk-setting-discount = Nastavuje sa zľava: { $done } z { $total }…
bulk-setting-expiration = Nastavuje sa koniec platnosti: { $done } z { $total }…
bulk-deleting = Maže sa { $done } z { $total }…
bulk-restoring = Obnovuje sa { $done } z { $total }…
bulk-summary = Hotovo: zmenení { $done }, už takí boli { $unchanged }, zlyhalo { $failed }, nedošlo na { $notReached }.
bulk-failed-heading = Neurobené
bulk-retry = Skúsiť zlyhané znova
bulk-close = Zavrieť
bulk-conflict = Tohto zákazníka medzitým zmenil niekto iný; „Skúsiť zlyhané znova“ ho najprv znova načíta.
bulk-deleted = Vymazaní zákazníci: { $count }.
bulk-deactivate-title = Deaktivovať { $count ->
        [one] { $count } zákazníka
        [few] { $count } zákazníkov
       *[other] { $count } zákazníkov
    }?
bulk-deactivate-message = Neaktívneho zákazníka nemožno vybrať pri pokladnici. Hneď potom to môžete vrátiť.
bulk-done-activate = Aktivovaní zákazníci: { $count }.
bulk-done-deactivate = Deaktivovaní zákazníci: { $count }.
bulk-done-discount = Zľava zmenená zákazníkom: { $count }.
bulk-done-expiration = Koniec platnosti zmenený zákazníkom: { $count }.
bulk-undoing = Vracia sa { $done } z { $total }…
bulk-undone = Vrátení do pôvodného stavu: { $count }.
bulk-undo = Vrátiť späť
bulk-restored = Obnovení zákazníci: { $count }.
bulk-delete-refused = Nevymazaní zákazníci ({ $count }): { $names }

list-not-held = Server je nedostupný a táto stránka sa v tejto relácii nezobrazila, takže offline sa ukázať nedá. Ukáže sa po obnovení pripojenia.
