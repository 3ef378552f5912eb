# The customer form (new and edit): fields, sections, cards, buttons and validation.
# Translators: keep the message ids (left of "=") as they are; translate the text only.

## Fields; the English labels are the fields' accessible names
form-first-name = First name
form-last-name = Last name
form-email = Email
form-phone = Phone
form-birth-date = Birth date
form-external-id = External ID
form-active = Active
form-activation-time = Activation time
form-expiration-time = Expiration time
form-discount-rate = Discount rate
form-credit-rate = Credit rate
form-note = Note
form-company = Company
form-company-name = Company name
form-vat-id = VAT ID
form-tax-id = Tax ID
form-crn = Company registration number
form-address = Address
form-street = Street
form-city = City
form-postal-code = Postal code
form-country = Country
form-delivery-address = Delivery address
form-delivery-street = Delivery street
form-delivery-city = Delivery city
form-delivery-postal-code = Delivery postal code
form-delivery-country = Delivery country

## The page
form-edit-heading = Edit customer
form-new-title = New customer
form-edit-title = Edit { $name }
form-no-create-right = You cannot add customers, so this new customer cannot be saved.
form-no-update-right = You cannot change customers, so changes cannot be saved.
form-conflict = Someone else changed this customer while you were editing. Your changes are still in the form.
form-conflict-hidden-fields = Their version differs only in fields this form does not show.
form-conflict-changed = They changed: { $fields }.
form-reload-theirs = Reload theirs
form-overwrite = Overwrite with mine
form-correct-fields = Please correct the highlighted fields.
form-person = Person
form-name-hint = A first name, last name or company name is needed.
form-validity = Validity
form-rates = Rates
form-discount-hint = 0 to 100 %.
form-discount-locked = 0 to 100 %. You cannot change the discount.
form-credit-locked = Not negative. You cannot change the credit rate.
form-credit-hint = Not negative.
date-reading = Reads as { $date }
form-delivery-hint = Leave empty to deliver to the address.
form-cancel = Cancel
form-save = Save
form-saving = Saving…
form-saved = { $name } saved.
form-leave-question = You have unsaved changes. Leave without saving?

## Loyalty cards
form-cards = Cards
form-no-cards = No cards.
form-add-card = Add card
form-card-serial = Card { $number } serial number
# Not "active": the customer's own "Active" box must stay the only one of that name.
form-card-active = Card { $number } enabled
form-card-virtual = Card { $number } virtual
form-card-valid-from = Card { $number } valid from
form-card-valid-until = Card { $number } valid until
# Not "note": the customer's "Note" must stay the only field of that name.
form-card-note = Card { $number } comment
form-card-remove = Remove card { $number }

## Validation (the app shows these; the server answers in English)
form-error-name-required = A first name, last name or company name is required.
form-error-dealpos-name-required = A Name, FirstName or LastName is required.
form-error-company-name-required = A company customer needs a company name.
form-error-too-long = Must be at most { $max } characters.
form-error-email = Not a valid e-mail address.
form-error-discount-range = Must be between 0 and 100.
form-error-negative = Must not be negative.
form-error-expiration-order = Must be later than the activation time.
form-error-card-required = A card needs a serial number.
form-error-card-unique = Card serial numbers must be unique.
form-error-invalid-birth-date = "{ $value }" is not a valid birth date.
form-error-invalid-activation-time = "{ $value }" is not a valid activation time.
form-error-invalid-expiration-time = "{ $value }" is not a valid expiration time.
form-error-invalid-discount-rate = "{ $value }" is not a valid discount rate.
form-error-invalid-credit-rate = "{ $value }" is not a valid credit rate.
form-error-invalid-value = "{ $value }" is not a valid value.
form-error-invalid-card-time = "{ $value }" is not a valid date and time.

## Drafts: unsaved typing kept for this tab
form-draft-offer = Restore your unsaved changes from { $time }?
form-draft-changed = Someone else has saved this customer since. Restoring keeps their changes to the fields you did not change.
form-draft-changed-both = Someone else has saved this customer since. You both changed: { $fields }. Restoring keeps yours there.
form-draft-restore = Restore
form-draft-discard = Discard

## Possible duplicates, before a create
duplicates-title = Possible duplicates
duplicates-intro = These customers already have some of what you typed. Use one of them, or create the new customer anyway.
duplicates-matched = Same { $keys }
duplicates-open = Open
duplicates-use = Use this customer
duplicates-create-anyway = Create anyway

form-offline-create = Offline: creating a customer needs the network. What you typed stays in the form.
form-offline-needs-network = Offline: changes to { $fields } need the network, so nothing was saved. What you typed stays in the form.
form-saved-offline = Saved offline: the changes to { $name } are waiting to be sent.
