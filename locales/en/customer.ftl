# A customer's detail page: its sections, the delete confirmation and the credit history.
# Translators: keep the message ids (left of "=") as they are; translate the text only.

customer-heading = Customer
customer-loading = Loading customer…
customer-edit = Edit
customer-delete = Delete
customer-delete-title = Delete customer?
customer-delete-message = { $name } will be deleted. You can undo it for a few seconds afterwards.
customer-deleted = { $name } deleted.
customer-undo = Undo
customer-restored = { $name } restored.
customer-delete-refused = { $name } was not deleted: { $error }
customer-delete-right-hint = You cannot delete customers.

## Status of a customer (also in the list)
customer-status = Status
customer-status-active = Active
customer-status-suspended = Suspended
customer-status-valid = Valid
customer-status-not-yet-valid = Not yet valid
customer-status-expired = Expired
customer-status-inactive = { $status }, inactive
# A status the app does not know, as the server wrote it.
customer-status-other = { $status }

## Sections and rows of the detail page
customer-yes = Yes
customer-no = No
customer-contact = Contact
customer-rates-and-credit = Rates and credit
customer-credit = Credit
customer-card-inactive = Inactive
customer-card-virtual = Virtual
customer-card-valid-from = Valid from { $date }
customer-card-valid-until = Valid until { $date }
customer-card-status-reason = { $status } ({ $reason })
customer-card-processor = Processor { $processor }
customer-unreadable = Some of this customer's data could not be read ({ $fields }). It is kept as it came and sent back unchanged when you save.
customer-unreadable-record = This record could not be read as a customer.
customer-card-active = Active
customer-same-address = The same as the address.
customer-note-and-record = Note and codes
customer-code = Code
customer-id = ID
customer-version = Version
customer-record = Record on the server

## DealPOS membership
customer-membership = Membership
customer-group = Group
customer-group-ends = Group ends
customer-loyalty-points = Loyalty points
customer-joined = Joined
customer-outlet = Outlet
customer-second-phone = Second phone
customer-referred-by = Referred by

## Credit history
customer-credit-history = Credit history
customer-credit-history-empty = No changes of credit yet.
customer-credit-history-table = Credit history table
customer-credit-date = Date
customer-credit-change = Change
customer-credit-balance = Balance
customer-credit-history-latest = The latest { $shown } of { $total } changes.

## A customer's data on request (GDPR)
customer-data-title = Customer data
customer-export-data = Export data
customer-exported-data = { $name }'s data downloaded: the record as the server keeps it (JSON) and as readable text.
customer-anonymize = Anonymize
customer-anonymize-right-hint = You cannot change customers, so you cannot anonymize one.
customer-anonymize-title = Anonymize { $name }?
customer-anonymize-message = The name becomes "Anonymized customer", and the email, phone, birth date, addresses, company, note and personal metadata are cleared; the cards are deactivated. The customer's ID, credit and credit history, and the cards' serial numbers stay, because the shop must keep its sales and credit records. This cannot be undone.
customer-anonymize-confirm = Type the customer's name to confirm
customer-anonymize-confirm-hint = Type { $name } exactly.
customer-anonymized-name = Anonymized customer
customer-anonymized = The customer was anonymized.
customer-anonymize-failed = The customer was not anonymized: { $error }
