# Spoločné pre všetky stránky: výber jazyka a spustenie.

language-label = Jazyk
app-starting = Spúšťa sa customer-desk…
