# Detail zákazníka: jeho sekcie, potvrdenie vymazania a história kreditu.
# Prekladatelia: identifikátory správ (vľavo od „=“) nemeňte, prekladajte len text.

customer-heading = Zákazník
customer-loading = Načítava sa zákazník…
customer-edit = Upraviť
customer-delete = Vymazať
customer-delete-title = Vymazať zákazníka?
customer-delete-message = Zákazník { $name } bude vymazaný. Ešte niekoľko sekúnd potom to môžete vrátiť späť.
customer-deleted = Zákazník { $name } bol vymazaný.
customer-undo = Vrátiť späť
customer-restored = Zákazník { $name } bol obnovený.
customer-delete-refused = Zákazník { $name } nebol vymazaný: { $error }
customer-delete-right-hint = Nemôžete mazať zákazníkov.

## Stav zákazníka (aj v zozname)
customer-status = Stav
customer-status-active = Aktívny
customer-status-suspended = Pozastavený
customer-status-valid = Platný
customer-status-not-yet-valid = Ešte neplatný
customer-status-expired = Platnosť vypršala
customer-status-inactive = { $status }, neaktívny
# A status the app does not know, as the server wrote it.
customer-status-other = { $status }

## Sekcie a riadky detailu
customer-yes = Áno
customer-no = Nie
customer-contact = Kontakt
customer-rates-and-credit = Sadzby a kredit
customer-credit = Kredit
customer-card-inactive = Neaktívna
customer-card-virtual = Virtuálna
customer-card-valid-from = Platná od { $date }
customer-card-valid-until = Platná do { $date }
customer-card-status-reason = { $status } ({ $reason })
customer-card-processor = Spracovateľ { $processor }
customer-unreadable = Niektoré údaje zákazníka sa nepodarilo prečítať ({ $fields }). Zostávajú tak, ako prišli, a pri uložení sa pošlú späť nezmenené.
customer-unreadable-record = Tento záznam sa nepodarilo prečítať ako zákazníka.
customer-card-active = Aktívna
customer-same-address = Rovnaká ako adresa.
customer-note-and-record = Poznámka a kódy
customer-code = Kód
customer-id = ID
customer-version = Verzia
customer-record = Záznam na serveri

## Členstvo v DealPOS
customer-membership = Členstvo
customer-group = Skupina
customer-group-ends = Skupina platí do
customer-loyalty-points = Vernostné body
customer-joined = Členom od
customer-outlet = Predajňa
customer-second-phone = Druhý telefón
customer-referred-by = Odporučil

## História kreditu
customer-credit-history = História kreditu
customer-credit-history-empty = Kredit sa zatiaľ nezmenil.
customer-credit-history-table = Tabuľka histórie kreditu
customer-credit-date = Dátum
customer-credit-change = Zmena
customer-credit-balance = Zostatok
customer-credit-history-latest = Posledných { $shown } z { $total } zmien.

## A customer's data on request (GDPR)
customer-data-title = Údaje zákazníka
customer-export-data = Exportovať údaje
customer-exported-data = Údaje zákazníka { $name } boli stiahnuté: záznam, ako ho uchováva server (JSON), a ako čitateľný text.
customer-anonymize = Anonymizovať
customer-anonymize-right-hint = Nemôžete meniť zákazníkov, preto nemôžete zákazníka anonymizovať.
customer-anonymize-title = Anonymizovať zákazníka { $name }?
customer-anonymize-message = Meno sa zmení na „Anonymizovaný zákazník“ a e-mail, telefón, dátum narodenia, adresy, firma, poznámka a osobné metaúdaje sa vymažú; karty sa deaktivujú. ID zákazníka, kredit a jeho história a sériové čísla kariet zostanú, lebo obchod musí uchovávať záznamy o predaji a kredite. Nedá sa to vrátiť späť.
customer-anonymize-confirm = Na potvrdenie napíšte meno zákazníka
customer-anonymize-confirm-hint = Napíšte presne { $name }.
customer-anonymized-name = Anonymizovaný zákazník
customer-anonymized = Zákazník bol anonymizovaný.
customer-anonymize-failed = Zákazník nebol anonymizovaný: { $error }
