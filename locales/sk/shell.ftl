# Rámec okolo každej stránky: hlavička, prihlásenie a odhlásenie, oznámenia, chybové
# stránky a správy o neúspešných požiadavkách na pokladničný server.

## Hlavička

shell-skip-to-content = Preskočiť na obsah
shell-nav-label = Hlavná ponuka
shell-nav-customers = Zákazníci
shell-back-to-customers = Späť na zákazníkov

## Prihlásenie a odhlásenie

sign-in = Prihlásiť sa
sign-in-with = Prihlásiť sa pomocou
sign-in-method-password = Používateľské meno a heslo
sign-in-method-client = ID klienta a tajný kľúč
sign-in-access-token = Prístupový token
sign-in-access-token-hint = Token, ktorý pre túto aplikáciu vydal pokladničný systém.
sign-in-user-name = Používateľské meno
sign-in-password = Heslo
sign-in-client-id = ID klienta
sign-in-client-secret = Tajný kľúč klienta
sign-in-client-secret-warning = Len na dôveryhodnom kiosku: tajný kľúč zadaný do prehliadača si môže prečítať ktokoľvek, kto tento prehliadač používa. Používatelia v kancelárii by sa mali prihlasovať prístupovým tokenom.
sign-in-device-name = Názov zariadenia
sign-in-device-name-hint = Použite zariadenie back-office. Prihlásenie ako zariadenie pokladnice by ukončilo reláciu tejto pokladnice.
sign-in-remember = Zostať prihlásený (kým sa táto karta nezatvorí)
sign-in-pending = Prihlasuje sa…
sign-in-dealpos-token-user = Prístupový token DealPOS
sign-in-error-client = ID klienta, tajný kľúč alebo token nie je správny.
sign-in-error-credentials = Používateľské meno, heslo alebo token nie je správny.
sign-in-error-unreachable = Prihlásenie potrebuje sieť: pokladničný server je nedostupný. Skontrolujte pripojenie a skúste to znova.
sign-in-error-forbidden = Tento účet sa tu nemôže prihlásiť: { $detail }
sign-in-error-forbidden-no-detail = Tento účet sa tu nemôže prihlásiť: Na túto akciu nemáte oprávnenie.
sign-out = Odhlásiť sa

reauth-title = Vaša relácia skončila
reauth-intro = Ak chcete pokračovať, prihláste sa znova. Nič na tejto stránke sa nestratí.
reauth-cancel = Zrušiť

kiosk-warning-title = Ste ešte tu?
kiosk-warning-text = Z dôvodu ochrany súkromia sa tento kiosk odhlási o { $seconds } s.
kiosk-stay = Zostať prihlásený

## Oznámenia

notice-dismiss = Zavrieť

## Stránky

not-found-title = Stránka sa nenašla
not-found-text = Na adrese { $path } nie je žiadna stránka.
shell-customer-not-found = Zákazník sa nenašiel
shell-retry = Skúsiť znova
shell-page-loading = Načítava sa…
shell-page-not-loaded = Túto stránku sa nepodarilo načítať. Skontrolujte pripojenie a skúste znova.

config-error-title = customer-desk sa nedá spustiť
config-error-help = Súbor sa nachádza vedľa súboru index.html aplikácie. Musí obsahovať aspoň { $backend } ("portos" alebo "dealpos") a { $apiBaseUrl }; všetky kľúče sú opísané v súbore README.

## Problémy so súborom config.json

config-unreachable = Súbor { $file } sa nepodarilo načítať: { $detail }
config-not-found = Súbor { $file } sa na serveri nenašiel (HTTP 404)
config-http-status = Súbor { $file } sa nepodarilo načítať: server odpovedal HTTP { $status }
config-not-json = Súbor { $file } je poškodený: nie je to platný JSON ({ $detail })
config-value-does-not-fit = Súbor { $file } je poškodený: niektorá hodnota nevyhovuje ({ $detail })
config-unreadable = Súbor { $file } je poškodený: nedal sa prečítať ({ $detail })
config-empty = Súbor { $file } má neplatný kľúč „{ $key }“: je prázdny
config-api-base-url-empty = Súbor { $file } má neplatný kľúč „{ $key }“: je prázdny; použite URL, napríklad "/api"
config-api-base-url-prefix = Súbor { $file } má neplatný kľúč „{ $key }“: musí sa začínať na "/", "http://" alebo "https://"
config-api-base-url-host = Súbor { $file } má neplatný kľúč „{ $key }“: "{ $value }" nie je názov hostiteľa s prípadným portom
config-not-an-origin = Súbor { $file } má neplatný kľúč „{ $key }“: "{ $value }" nie je pôvod (origin), napríklad "https://portal.example.com"
config-origin-with-path = Súbor { $file } má neplatný kľúč „{ $key }“: "{ $value }" nie je pôvod (origin), napríklad "https://portal.example.com" (bez cesty, bez zástupných znakov)
config-idle-out-of-range = Súbor { $file } má neplatný kľúč „{ $key }“: { $value } je mimo rozsahu 10 až 86400 sekúnd
config-unknown-locale = Súbor { $file } má neplatný kľúč „{ $key }“: "{ $value }" nie je "en", "sk" ani "id"
config-not-a-currency = Súbor { $file } má neplatný kľúč „{ $key }“: "{ $value }" nie je trojpísmenový kód ISO 4217, napríklad "EUR"
config-not-a-page-size = Súbor { $file } má neplatný kľúč „{ $key }“: { $value } nie je 10, 25, 50 ani 100

## Neúspešné požiadavky

api-unreachable = Server je nedostupný. Skontrolujte pripojenie a skúste to znova.
api-unauthenticated = Vaša relácia skončila. Prihláste sa znova.
api-forbidden = Nepovolené: { $detail }
api-forbidden-no-detail = Nepovolené: Na túto akciu nemáte oprávnenie.
api-not-found = Nenašlo sa
api-server-message = { $message }
api-invalid = Požiadavka nebola platná.
api-invalid-fields = Požiadavka nebola platná. ({ $fields })
api-server-message-fields = { $message } ({ $fields })
api-version-conflict = Tohto zákazníka medzitým zmenil niekto iný.
api-licence-expired = Licencia pokladničného systému vypršala. Obráťte sa na správcu.
api-locked = Tento záznam je zamknutý inou operáciou. Skúste to o chvíľu znova.
api-server-failed = Chyba servera (HTTP { $status }). Skúste to znova.
api-server-failed-title = Chyba servera (HTTP { $status }: { $title }). Skúste to znova.
api-unexpected = Server poslal neočakávanú odpoveď: { $detail }
api-not-json = Odpoveď servera nebola vo formáte JSON. Je „apiBaseUrl“ v config.json adresa API pokladne?
api-aborted = Požiadavka bola zrušená.
api-rate-limited = Príliš veľa požiadaviek na pokladničný server. Skúste to o chvíľu znova.
api-rate-limited-wait = Príliš veľa požiadaviek na pokladničný server. Znova sa ho možno opýtať o { $seconds } s.
api-dealpos-delete-needs-email = DealPOS maže zákazníkov podľa e-mailovej adresy a tento zákazník žiadnu nemá. Najprv ju doplňte.
api-dealpos-delete-needs-email-field = Potrebné na vymazanie.

## Klávesové skratky („?“ otvorí ich zoznam)
shortcuts-title = Klávesové skratky
shortcuts-intro = Skratky fungujú, keď kurzor nie je v textovom poli; dve skratky formulára fungujú aj v jeho poliach.
shortcuts-keys = Klávesy
shortcuts-action = Čo urobia
shortcuts-then = potom
shortcuts-close = Zavrieť
shortcut-help = Zobraziť tieto skratky
shortcut-search = Prejsť na vyhľadávanie
shortcut-next-row = Ďalší zákazník v zozname (↓ aj z vyhľadávania)
shortcut-previous-row = Predchádzajúci zákazník v zozname
shortcut-open-row = Otvoriť zákazníka
shortcut-edit-row = Upraviť zákazníka (riadku alebo stránky)
shortcut-leave-search = Opustiť vyhľadávanie (klávesy zoznamu opäť fungujú)
shell-breadcrumb = Navigačná cesta
shortcut-toggle-row = Vybrať zákazníka alebo zrušiť jeho výber
shortcut-new = Nový zákazník
shortcut-previous-page = Predchádzajúca strana
shortcut-next-page = Ďalšia strana
shortcut-go-customers = Prejsť na zákazníkov
shortcut-save = Uložiť formulár (na Macu Cmd+Enter)
shortcut-cancel = Zrušiť formulár

## Card scanners
scan-no-customer = Žiadny zákazník nemá kartu { $serial }
scan-new-customer = Nový zákazník s touto kartou
scan-failed = Kartu { $serial } sa nepodarilo vyhľadať: { $error }
scan-card = Skenovať kartu
scan-camera-hint = Podržte čiarový alebo QR kód karty pred kamerou.
scan-camera-view = Kamera
scan-camera-failed = Kameru sa nepodarilo zapnúť. Povoľte kameru pre túto stránku alebo napíšte číslo karty do vyhľadávania.

# The connection, in the header
shell-offline = Offline
shell-back-online = Opäť online

# Offline
held-as-of = Stav o { $time }, offline
held-as-of-partial = Stav o { $time }, offline: len zákazníci zobrazení v tejto relácii
offline-refused-delete = Offline: mazanie potrebuje sieť. Nič sa nevymazalo.
offline-refused-bulk = Offline: hromadné zmeny potrebujú sieť. Nič sa nezmenilo.
offline-refused-import = Offline: import potrebuje sieť. Nič sa neodoslalo.

# Zmeny uložené offline
waiting-to-send = Čaká na odoslanie ({ $count })
waiting-sent = Zmeny zákazníka { $name } urobené offline sú odoslané.
waiting-refused = Zmeny zákazníka { $name } urobené offline sa nepodarilo odoslať tak, ako boli: sú vo formulári.
waiting-sign-out = Zmeny uložené offline, ktoré ešte čakajú na odoslanie: { $count }. Odhlásením sa stratia. Napriek tomu sa odhlásiť?
