# Spoločné pre všetky stránky: výber jazyka a spustenie.

language-label = Jazyk
language-load-failed = Jazyk { $language } sa nepodarilo načítať. Skontrolujte pripojenie a vyberte ho znova.
# The header button that opens the language and colour-scheme choices on narrow screens.
settings-label = Nastavenia
app-starting = Spúšťa sa customer-desk…
