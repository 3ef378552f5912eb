//! Says which fields of a customer's record could not be read (they were kept as they
//! came and go back unchanged on save), so a record a newer server wrote never fails
//! silently.

use customer_desk_domain::customer::Customer;
use leptos::prelude::*;

#[component]
pub fn UnreadableNotice(customer: Customer) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let fields = customer.unreadable.clone();
    (!fields.is_empty()).then(move || {
        let whole_record = fields.iter().any(|field| field == ".");
        view! {
            <p class="notice notice--warning" role="alert">
                {move || if whole_record {
                    i18n.tr("customer-unreadable-record")
                } else {
                    i18n.tr_with("customer-unreadable", &[("fields", fields.join(", ").into())])
                }}
            </p>
        }
    })
}
