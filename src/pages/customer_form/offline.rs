//! Saving without a network: an edit of contact details waits to be sent (which parts may
//! wait is the domain's `form::offline`); anything else, and a new customer, needs the
//! network, and the form says which fields, keeping everything as typed.

use crate::customers::Customers;
use crate::i18n::I18n;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::form::CustomerForm;
use customer_desk_domain::form::offline::needs_network;

pub enum OfflineSave {
    /// Waiting to be sent.
    Held,
    /// Not saved, and why.
    Refused(String),
}

/// `customer` (the form `after`, edited from `before`, over the record `read`) held to be
/// sent once the server answers again, or refused.
pub fn save_offline(
    i18n: I18n,
    customers: Customers,
    is_new: bool,
    (before, after): (&CustomerForm, &CustomerForm),
    customer: Customer,
    read: Customer,
) -> OfflineSave {
    if is_new {
        return OfflineSave::Refused(i18n.tr("form-offline-create"));
    }
    let needs = needs_network(before, after);
    if !needs.is_empty() {
        let fields = needs.iter().map(|part| i18n.render(&part.label())).collect::<Vec<_>>().join(", ");
        return OfflineSave::Refused(i18n.tr_with("form-offline-needs-network", &[("fields", fields.into())]));
    }
    customers.hold_update(customer, read);
    OfflineSave::Held
}
