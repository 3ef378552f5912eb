//! Who changed or deleted the customer on screen, and when: on the detail page a polite
//! status (or an alert with the way back, once it is gone).

use crate::i18n::I18n;
use customer_desk_domain::live::{Action, CustomerChange};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Eva changed this customer at 10:42." from `named`, or `someone` when the hub did not say who.
pub fn who_and_when(i18n: I18n, change: &CustomerChange, named: &str, someone: &str) -> String {
    let millis = change.at.map_or_else(js_sys::Date::now, |at| at.timestamp_millis() as f64);
    let time = crate::format::clock_time(i18n.locale(), millis);
    match &change.by {
        Some(name) => i18n.tr_with(named, &[("name", name.clone().into()), ("time", time.into())]),
        None => i18n.tr_with(someone, &[("time", time.into())]),
    }
}

#[component]
pub fn ChangeNotice(change: CustomerChange) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    if change.action == Action::Deleted {
        view! {
            <div class="notice notice--warning" role="alert">
                <span>{move || who_and_when(i18n, &change, "live-deleted-by", "live-deleted-by-someone")}</span>
                <A href="/customers">{i18n.text("shell-back-to-customers")}</A>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p class="notice notice--info" role="status">
                {move || who_and_when(i18n, &change, "live-changed-by", "live-changed-by-someone")}
            </p>
        }
        .into_any()
    }
}
