# The list's filter panels (PORTOS filters; DealPOS outlet and join dates), their
# messages, and the chips that show the active filters above the table.
# Translators: keep the message ids (left of "=") and the { $variables } as they are;
# translate the text only.

## The panel

filters-title = Filters
filters-apply = Apply filters
# The empty choice of a yes/no filter.
filters-any = Any
filters-active-only = Active only
filters-inactive-only = Inactive only
filters-expired-only = Expired only
filters-not-expired = Not expired
# Under a control whose filter came from a link and cannot be shown in the panel;
# $value is the filter as the link has it, shown as code.
filters-from-link = From the link: { $value }. A value here replaces it.
filters-outlet-hint = The whole outlet name, e.g. Košice.

## Filter names: the panel's labels, and how chips and errors name a filter

filters-field-active = Active
filters-field-expired = Expired
filters-axes-hint = Two different things: Active says whether the customer may be used at all; Expired says whether their validity (Valid until) has ended. An active customer can be expired.
filters-field-discount = Discount rate
filters-field-credit = Credit rate
filters-field-expires = Expires
filters-field-expires-after = Expires after
filters-field-expires-before = Expires before
filters-field-external-id = External ID
filters-field-card = Card serial number
filters-field-outlet = Outlet
filters-field-joined-from = Joined from
filters-field-joined-to = Joined to

## Number filters: how they compare, and the names of their value fields ($field is a filter name)

filters-comparison-any = Any
filters-comparison-equal = Equal to
filters-comparison-more-than = More than
filters-comparison-at-least = At least
filters-comparison-less-than = Less than
filters-comparison-at-most = At most
filters-comparison-between = Between
filters-range-value = { $field } value
filters-range-from = { $field } from
filters-range-to = { $field } to

## Values that cannot become a filter

filters-error-number-missing = Enter a number.
filters-error-number = Enter a number, such as 10 or 12.5.
filters-error-range-order = The first value must not be larger than the second.
filters-error-date = Enter a date as YYYY-MM-DD.
filters-error-expiry-order = Must be later than “Expires after”.
filters-error-joined-order = Must not be before “Joined from”.

## Chips of the active filters ($filter is a filter name, $value what it is compared with)

filters-chips = Active filters
filters-chip-remove = Remove filter: { $filter }
filters-clear = Clear filters
filters-chip-active = Active
filters-chip-inactive = Inactive
filters-chip-expired = Expired
filters-chip-not-expired = Not expired
filters-chip-value = { $filter }: { $value }
filters-chip-date = { $filter } { $value }
filters-chip-between = { $filter } { $low }–{ $high }
# $conditions: one of the filters-op-… texts, or several joined by filters-chip-and.
filters-chip-conditions = { $filter } { $conditions }
filters-chip-and = { $previous } and { $next }
filters-op-eq = = { $value }
filters-op-ne = ≠ { $value }
filters-op-gt = > { $value }
filters-op-gte = ≥ { $value }
filters-op-lt = < { $value }
filters-op-lte = ≤ { $value }
# The same comparisons for dates.
filters-op-on = on { $value }
filters-op-not-on = not on { $value }
filters-op-after = after { $value }
filters-op-on-or-after = on or after { $value }
filters-op-before = before { $value }
filters-op-on-or-before = on or before { $value }
filters-op-contains = contains { $value }
# $value: a list such as "a, b".
filters-op-in = is one of { $value }
filters-op-null = is not set
filters-op-not-null = is set
