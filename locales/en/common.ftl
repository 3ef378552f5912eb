# Shared by every page: the language menu and start-up.
# Translators: keep the message ids (left of "=") as they are; translate the text only.

language-label = Language
language-load-failed = { $language } could not be loaded. Check the connection and choose it again.
# The header button that opens the language and colour-scheme choices on narrow screens.
settings-label = Settings
app-starting = Starting customer-desk…
