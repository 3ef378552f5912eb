# The frame around every page: header, signing in and out, notices, start-up and error
# pages, and the messages for failed requests to the point-of-sale server.
# Translators: keep the message ids (left of "=") and the { $placeholders } as they are;
# translate the text only.

## Header

shell-skip-to-content = Skip to content
shell-nav-label = Main
shell-nav-customers = Customers
shell-back-to-customers = Back to customers

## Signing in and out

sign-in = Sign in
sign-in-with = Sign in with
sign-in-method-password = User name and password
sign-in-method-client = Client ID and secret
sign-in-access-token = Access token
sign-in-access-token-hint = A token issued by the point-of-sale system for this app.
sign-in-user-name = User name
sign-in-password = Password
sign-in-client-id = Client ID
sign-in-client-secret = Client secret
sign-in-client-secret-warning = Only on a trusted kiosk: a secret typed into a browser can be read by whoever uses that browser. Office users should sign in with an access token.
sign-in-device-name = Device name
sign-in-device-name-hint = Use a back-office device. Signing in as a cash register's device would end that till's session.
sign-in-remember = Keep me signed in (until this tab is closed)
sign-in-pending = Signing in…
# The name shown for a session that signed in with a DealPOS access token.
sign-in-dealpos-token-user = DealPOS access token
sign-in-error-client = The client ID, secret or token is not correct.
sign-in-error-credentials = The user name, password or token is not correct.
sign-in-error-unreachable = Signing in needs the network: the point-of-sale server could not be reached. Check the connection and try again.
# $detail: the server's reason, in the server's language.
sign-in-error-forbidden = This account may not sign in here: { $detail }
sign-in-error-forbidden-no-detail = This account may not sign in here: You do not have the right to do this.
sign-out = Sign out

reauth-title = Your session has ended
reauth-intro = Sign in again to continue. Nothing on this page is lost.
reauth-cancel = Cancel

kiosk-warning-title = Are you still there?
# $seconds: a whole number of seconds.
kiosk-warning-text = For privacy this kiosk signs out in { $seconds } s.
kiosk-stay = Stay signed in

## Notices

notice-dismiss = Dismiss

## Pages

not-found-title = Page not found
# $path is shown as code, such as /customers/7/edt.
not-found-text = There is no page at { $path }.
shell-customer-not-found = Customer not found
shell-retry = Retry
shell-page-loading = Loading…
shell-page-not-loaded = This page could not be loaded. Check the connection and try again.

config-error-title = customer-desk cannot start
# $backend and $apiBaseUrl are the key names "backend" and "apiBaseUrl", shown as code.
config-error-help = The file lives next to the app's index.html. It needs at least { $backend } ("portos" or "dealpos") and { $apiBaseUrl }; the README lists every key.

## config.json problems ($file is "config.json", $key a key in it, $detail a technical
## explanation in English)

config-unreachable = { $file } could not be loaded: { $detail }
config-not-found = { $file } was not found on the server (HTTP 404)
config-http-status = { $file } could not be loaded: the server answered HTTP { $status }
config-not-json = { $file } is malformed: not valid JSON ({ $detail })
config-value-does-not-fit = { $file } is malformed: a value does not fit ({ $detail })
config-unreadable = { $file } is malformed: it could not be read ({ $detail })
config-empty = { $file } has an invalid "{ $key }": it is empty
config-api-base-url-empty = { $file } has an invalid "{ $key }": it is empty; use a URL such as "/api"
config-api-base-url-prefix = { $file } has an invalid "{ $key }": it must start with "/", "http://" or "https://"
config-api-base-url-host = { $file } has an invalid "{ $key }": "{ $value }" is not a host name with an optional port
config-not-an-origin = { $file } has an invalid "{ $key }": "{ $value }" is not an origin such as "https://portal.example.com"
config-origin-with-path = { $file } has an invalid "{ $key }": "{ $value }" is not an origin such as "https://portal.example.com" (no path, no wildcard)
config-idle-out-of-range = { $file } has an invalid "{ $key }": { $value } is outside 10 to 86400 seconds
config-unknown-locale = { $file } has an invalid "{ $key }": "{ $value }" is not one of "en", "sk" or "id"
config-not-a-currency = { $file } has an invalid "{ $key }": "{ $value }" is not a three-letter ISO 4217 code such as "EUR"
config-not-a-page-size = { $file } has an invalid "{ $key }": { $value } is not one of 10, 25, 50 or 100

## Failed requests. $title and $detail come from the server, already in the user's
## language where the server speaks it.

api-unreachable = The server could not be reached. Check the connection and try again.
api-unauthenticated = Your session has ended. Please sign in again.
api-forbidden = Not allowed: { $detail }
api-forbidden-no-detail = Not allowed: You do not have the right to do this.
api-not-found = Not found
# A message exactly as the server wrote it.
api-server-message = { $message }
api-invalid = The request was not valid.
# $fields: the fields concerned and what is wrong with each, such as "email: Not a valid e-mail address."
api-invalid-fields = The request was not valid. ({ $fields })
api-server-message-fields = { $message } ({ $fields })
api-version-conflict = Someone else changed this customer in the meantime.
api-licence-expired = The point-of-sale licence has expired. Contact your administrator.
api-locked = This record is locked by another operation. Try again in a moment.
api-server-failed = The server failed (HTTP { $status }). Try again.
api-server-failed-title = The server failed (HTTP { $status }: { $title }). Try again.
api-unexpected = The server sent an unexpected answer: { $detail }
api-not-json = The server's answer was not JSON. Is "apiBaseUrl" in config.json the address of the POS API?
api-aborted = The request was cancelled.
api-rate-limited = Too many requests for the point-of-sale server. Try again in a moment.
# $seconds: a whole number of seconds.
api-rate-limited-wait = Too many requests for the point-of-sale server. It can be asked again in { $seconds } s.
api-dealpos-delete-needs-email = DealPOS deletes customers by email address, and this customer has none. Add one first.
api-dealpos-delete-needs-email-field = Needed to delete.

## Keyboard shortcuts ("?" opens the list)
shortcuts-title = Keyboard shortcuts
shortcuts-intro = Shortcuts work when the cursor is not in a text field; a form's own two work in its fields too.
shortcuts-keys = Keys
shortcuts-action = What it does
shortcuts-then = then
shortcuts-close = Close
shortcut-help = Show these shortcuts
shortcut-search = Go to Search
shortcut-next-row = Next customer in the list (↓ also from Search)
shortcut-previous-row = Previous customer in the list
shortcut-open-row = Open the customer
shortcut-edit-row = Edit the customer (of the row, or of the page)
shortcut-leave-search = Leave the search box (the list's keys work again)
shell-breadcrumb = Breadcrumb
shortcut-toggle-row = Select or unselect the customer
shortcut-new = New customer
shortcut-previous-page = Previous page
shortcut-next-page = Next page
shortcut-go-customers = Go to Customers
shortcut-save = Save the form (Cmd+Enter on a Mac)
shortcut-cancel = Cancel the form

## Card scanners
scan-no-customer = No customer has card { $serial }
scan-new-customer = New customer with this card
scan-failed = The card { $serial } could not be looked up: { $error }
scan-card = Scan card
scan-camera-hint = Hold the card's barcode or QR code in front of the camera.
scan-camera-view = Camera
scan-camera-failed = The camera could not be started. Allow the camera for this site, or type the card number into Search.

# The connection, in the header
shell-offline = Offline
shell-back-online = Back online

# Offline
held-as-of = As of { $time }, offline
held-as-of-partial = As of { $time }, offline: only the customers seen in this session
offline-refused-delete = Offline: deleting needs the network. Nothing was deleted.
offline-refused-bulk = Offline: changes to many customers need the network. Nothing was changed.
offline-refused-import = Offline: importing needs the network. Nothing was sent.

# Edits saved offline
waiting-to-send = Waiting to send ({ $count })
waiting-sent = Sent the changes to { $name } made offline.
waiting-refused = The changes to { $name } made offline could not be sent as they were: they are in the form.
waiting-sign-out = { $count ->
        [one] { $count } change saved offline is still waiting to be sent, and is lost if you sign out now. Sign out anyway?
       *[other] { $count } changes saved offline are still waiting to be sent, and are lost if you sign out now. Sign out anyway?
    }
