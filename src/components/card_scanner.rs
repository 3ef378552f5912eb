//! Keyboard-wedge card scanners, on every page: a burst of characters ending in Enter,
//! faster than a person types (the domain's `scan`), typed where no text field has the
//! focus or into the list's Search, looks the card up. One customer opens their page;
//! several open the list of them; none says so and offers a new customer with the card.
//! A form being edited is never left for a scan: there the scanner's Enter is swallowed
//! (it would submit the form) and what it typed stays in the field.

use crate::auth::use_auth;
use crate::components::notices::use_notices;
use crate::components::shortcuts::{SEARCH_ID, in_field, target_id};
use crate::customers::Customers;
use crate::i18n::use_i18n;
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::scan::ScanDetector;
use customer_desk_domain::session::Right;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

#[component]
pub fn CardScanner() -> impl IntoView {
    let detector = StoredValue::new_local(ScanDetector::default());
    let path = use_location().pathname;
    let auth = use_auth();
    let look_up = card_lookup();
    let listener = window_event_listener(leptos::ev::keydown, move |ev| {
        let on_form = path.with_untracked(|path| path.ends_with("/edit") || path.ends_with("/new"));
        let where_typed_counts = on_form || !in_field(&ev) || target_id(&ev).as_deref() == Some(SEARCH_ID);
        if !where_typed_counts || !auth.is_signed_in() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            detector.update_value(ScanDetector::reset);
            return;
        }
        let now = ev.time_stamp();
        if let Some(serial) = detector.try_update_value(|detector| detector.key(&ev.key(), now)).flatten() {
            // The scanner's Enter is not the user's: it must not also submit or open anything.
            ev.prevent_default();
            ev.stop_propagation();
            if !on_form {
                look_up(serial);
            }
        }
    });
    on_cleanup(move || listener.remove());
}

/// Looks `serial` up and goes where the answer leads.
pub fn card_lookup() -> impl Fn(String) + Copy + 'static {
    let i18n = use_i18n();
    let notices = use_notices();
    let customers = Customers::use_context();
    let auth = use_auth();
    let navigate = StoredValue::new_local(use_navigate());
    let page_size = expect_context::<AppConfig>().page_size;
    move |serial: String| {
        leptos::task::spawn_local(async move {
            let go = move |href: &str| navigate.with_value(|navigate| navigate(href, Default::default()));
            match customers.by_card(&serial).await {
                Ok(found) if found.len() == 1 => go(&crate::routes::customer_href(&found[0].id)),
                Ok(found) if found.is_empty() => {
                    let message = untrack(|| i18n.tr_with("scan-no-customer", &[("serial", serial.clone().into())]));
                    if auth.can(Right::CustomerCreate) {
                        let href = crate::routes::new_customer_with_card_href(&serial);
                        notices.show_with_action(message, untrack(|| i18n.tr("scan-new-customer")), move || go(&href));
                    } else {
                        notices.show(message);
                    }
                }
                Ok(_) => go(&crate::routes::card_list_href(&serial, page_size)),
                Err(error) => notices.show(untrack(|| {
                    i18n.tr_with("scan-failed", &[("serial", serial.clone().into()), ("error", i18n.render(&error.text()).into())])
                })),
            }
        });
    }
}
