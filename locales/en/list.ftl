# The customer list: the page, its table and columns, sort announcements, pagination,
# search, saved views and the CSV export; and the header's colour scheme menu.
# Translators: keep the message ids (left of "=") and the { $variables } as they are;
# translate the text only.

## The page

list-title = Customers
list-new-customer = New customer
list-filters = Filters
list-columns = Columns
list-retry = Retry
list-tools-not-loaded = The list's tools (filters, columns, saved views, export, import, bulk actions) could not be loaded. Check the connection and try again.
list-no-match = No customers match this search.
list-clear-all = Clear search and filters
# A filter the server refused: the filter's name and the server's reason.
list-field-error = { $field }: { $message }
# $errors: one or more list-field-error, joined by "; ".
list-load-failed = The list could not be loaded. { $errors }

## The range status next to the page buttons; $first, $last and $total are numbers
## already written the language's way (e.g. "10,000" or "10 000").

list-range = { $first }–{ $last } of { $total }
# The API does not tell the total.
list-range-open = { $first }–{ $last }
# Nothing matches.
list-range-empty = 0 of { $total }
list-range-empty-open = 0

## Pagination

list-pagination = Pagination
list-first-page = First page
list-previous-page = Previous page
list-next-page = Next page
list-last-page = Last page
list-rows-per-page = Rows per page

## Search

search-label = Search
list-search-placeholder = Name, company, VAT ID, note, card or External ID…
search-hint-email = Email addresses are not searched: the POS server does not look in them. Try the customer's name.
search-hint-phone = Phone numbers are not searched: the POS server does not look in them. Try the name or the card number.
list-search-incomplete = Only the first { $limit } customers found for “{ $word }” were searched. Add a word to narrow it down.

## Table columns (header buttons, the column chooser and sort announcements)

list-column-name = Name
list-column-email = Email
list-column-phone = Phone
list-column-company = Company
list-column-status = Validity
list-column-discount-rate = Discount rate
list-column-credit-rate = Credit rate
list-column-cards = Cards
list-unreadable = Could not read { $fields }
list-column-expires = Expires
list-column-code = Code
list-column-group = Group
list-column-loyalty-points = Loyalty points
list-column-joined = Joined
list-column-outlet = Outlet
list-visible-columns = Visible columns
list-density = Rows
list-density-comfortable = Comfortable (touch)
list-density-compact = Compact
list-count = { $count ->
        [one] { $formatted } customer
       *[other] { $formatted } customers
    }

## Sort announcements for screen readers, e.g. "Sorted by Email, descending, then Name, ascending."

list-sorted-default = Sorted by last name, then first name.
# $keys: one list-sort-ascending or list-sort-descending, or several joined by list-sort-then.
list-sorted-by = Sorted by { $keys }.
list-sort-ascending = { $column }, ascending
list-sort-descending = { $column }, descending
list-sort-then = { $previous }, then { $next }

## Saved views

list-views = Saved views
list-views-empty = No saved views yet.
list-views-rename = Rename
list-views-rename-named = Rename view: { $name }
list-views-delete = Delete
list-views-delete-named = Delete view: { $name }
list-views-new-name = New name
list-views-save-name = Save name
list-views-cancel-renaming = Cancel renaming
list-views-save-current = Save current view
list-views-name = View name
list-views-save = Save view
list-views-cancel-saving = Cancel saving
list-views-error-empty = Enter a name for the view.
list-views-error-too-long = Use at most { $max } characters.
list-views-error-taken = A view with this name already exists.

## CSV export ($done and $total are written numbers; $count is the number $total or $done
## stands for, to choose the plural)

list-export = Export CSV
list-export-progress = Export progress
list-export-starting = Starting export…
list-export-done-of-total =
    { $count ->
       *[other] { $done } of { $total } customers
    }
list-export-done =
    { $count ->
       *[other] { $done } customers
    }
list-export-cancel = Cancel
# $reason: why, as the error says it.
list-export-failed = The export failed. { $reason }
list-export-refused = the browser refused to save the file

## The header's colour scheme menu

colour-scheme-label = Colour scheme
colour-scheme-system = System
colour-scheme-light = Light
colour-scheme-dark = Dark

## CSV import
import-open = Import CSV
import-not-loaded = The import could not be loaded. Check the connection and try again.
import-needs-right = You cannot add or change customers, so importing is off.
import-title = Import customers
import-intro = A CSV file in UTF-8, with a header row; commas or semicolons. A row with a customer's ID (the export writes it) updates that customer, else a row whose External ID matches one; the others are created.
import-file = CSV file
import-drop = or drop the file here
import-reading = Reading { $name }…
import-unreadable = The file could not be read: { $reason }
import-empty = The file has no rows below its header.
import-mapping = Column mapping
import-column = Column in the file
import-field = Field
import-field-for = Field for { $column }
import-skip = (do not import)
import-preview = Preview
import-preview-caption = The first { $shown } of { $rows } rows
import-rows-checked = { $rows } rows, { $problems } with problems (they are not sent and come back in the failed rows).
import-row = Row
import-start = Import
import-cancel = Cancel
import-close = Close
import-progress = Import progress
import-progress-text = { $done } of { $total } rows
import-result = Created { $created }, updated { $updated }, failed { $failed }, skipped { $skipped } (already as in the file).
import-result-cancelled = Cancelled after { $done } of { $total } rows.
import-download-failed = Download failed rows
import-id = Customer ID
import-match = Matched by
import-match-id = ID: updates that customer
import-match-external-id = External ID: updates the customer with it, if any
import-match-new = New customer
import-key-id = ID
import-key-external-id = External ID
import-key-email = email
import-match-replaced = Not sent: row { $row } has the same { $key } and wins
import-match-skipped = Not sent: row { $row } has the same { $key }
import-duplicates = Rows for the same customer
import-duplicates-last-wins = Import the last of them
import-duplicates-skip = Skip them all
import-result-duplicates = { $count } rows not sent: another row of the file was for the same customer.
import-existing-checking = Looking for existing customers: { $done } of { $rows } rows checked.
import-existing-none = No row matches an existing customer.
import-existing-found = { $count ->
        [one] { $count } row matches an existing customer.
       *[other] { $count } rows match existing customers.
    }
import-existing-failed = Could not look for existing customers ({ $reason }). The import looks again before it creates anyone.
import-existing = Rows that match existing customers
import-existing-skip = Skip them
import-existing-create = Create them anyway
import-existing-update = Update the customer each matches (a row that matches several is skipped)
import-existing-table = Possible duplicates
import-existing-customer = Existing customer
import-existing-action = Action
import-existing-choice = What to do with row { $row }
import-existing-as-for-all = As chosen for all
import-existing-row-skip = Skip
import-existing-row-create = Create anyway
import-existing-row-update = Update { $name }
import-existing-more = …and { $count } more, handled as chosen for all.
import-match-existing = Possible duplicate of { $names } (same { $keys })
import-result-existing = { $count ->
        [one] { $count } row not sent: it matches an existing customer.
       *[other] { $count } rows not sent: they match existing customers.
    }
import-error-existing-unchecked = Could not look for existing customers: { $reason }
import-failed-heading = Rows not imported
import-failed-row = Row { $row }: { $reason }
import-failed-more = …and { $count } more in the failed rows file.
import-error-no-id = No customer has the ID { $id } (deleted since the file was made?).
import-error-same-customer = Row { $row } already updated this customer.
import-full-name = Name (first and last)
import-error-yes-no = "{ $value }" is not Yes or No.
import-error-number = "{ $value }" is not a number.
import-error-date-time = "{ $value }" is not a date and time.
import-error-date = "{ $value }" is not a date (YYYY-MM-DD).

## Selection and bulk work
selection-select-row = Select { $name }
selection-select-page = Select all on this page
selection-select-matching = Select all { $count } matching
selection-selecting = Selecting…
selection-cap = At most { $cap } customers can be selected at once.
selection-count = { $count } selected
selection-clear = Clear selection
selection-failed = Only { $count } of { $total } are selected: selecting the rest failed. { $reason }
selection-retry = Retry
bulk-toolbar = Bulk actions
bulk-not-loaded = The bulk actions could not be loaded. Check the connection and try again.
bulk-activate = Activate
bulk-deactivate = Deactivate
bulk-set-discount = Set discount rate
bulk-set-expiration = Set expiration
bulk-export = Export selected
bulk-delete = Delete selected
bulk-needs-update = You cannot change customers, so Activate, Deactivate and Set expiration are off.
bulk-needs-discount = You cannot change discounts, so Set discount rate is off.
bulk-needs-delete = You cannot delete customers, so Delete selected is off.
bulk-discount-title = Set the discount rate of { $count } customers
bulk-discount-field = New discount rate
bulk-expiration-title = Set the expiration of { $count } customers
bulk-expiration-field = New expiration time
bulk-expiration-hint = Leave empty to remove the expiration.
bulk-apply = Apply
bulk-cancel = Cancel
bulk-delete-title = Delete { $count } customers?
bulk-delete-message = The selected customers are deleted. You can undo it right after.
bulk-progress = Bulk progress
bulk-activating = Activating { $done } of { $total }…
bulk-deactivating = Deactivating { $done } of { $total }…
bulk-setting-discount = Setting the discount rate: { $done } of { $total }…
bulk-setting-expiration = Setting the expiration: { $done } of { $total }…
bulk-deleting = Deleting { $done } of { $total }…
bulk-restoring = Restoring { $done } of { $total }…
bulk-summary = Done: { $done } changed, { $unchanged } already as asked, { $failed } failed, { $notReached } not reached.
bulk-failed-heading = Not done
bulk-retry = Retry failed
bulk-close = Close
bulk-conflict = Someone else changed this customer meanwhile; "Retry failed" reads it again first.
bulk-deleted = { $count } customers deleted.
bulk-deactivate-title = Deactivate { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }?
bulk-deactivate-message = Inactive customers cannot be chosen at the till. You can undo this right after.
bulk-done-activate = { $count ->
        [one] { $count } customer activated.
       *[other] { $count } customers activated.
    }
bulk-done-deactivate = { $count ->
        [one] { $count } customer deactivated.
       *[other] { $count } customers deactivated.
    }
bulk-done-discount = { $count ->
        [one] Discount rate changed for { $count } customer.
       *[other] Discount rate changed for { $count } customers.
    }
bulk-done-expiration = { $count ->
        [one] Expiration changed for { $count } customer.
       *[other] Expiration changed for { $count } customers.
    }
bulk-undoing = Putting back { $done } of { $total }…
bulk-undone = { $count ->
        [one] { $count } customer is back as it was.
       *[other] { $count } customers are back as they were.
    }
bulk-undo = Undo
bulk-restored = { $count } customers restored.
bulk-delete-refused = { $count ->
        [one] { $count } customer was not deleted: { $names }
       *[other] { $count } customers were not deleted: { $names }
    }

list-not-held = The server could not be reached, and this page was not seen in this session, so it cannot be shown offline. It shows once the connection is back.
