# Shared by every page: the language menu and start-up.
# Translators: keep the message ids (left of "=") as they are; translate the text only.

language-label = Language
app-starting = Starting customer-desk…
