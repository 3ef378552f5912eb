//! A customer's data on request: "Export data" hands over the record as the server sent it
//! (JSON) and as readable text; "Anonymize" erases the person from the record, after the
//! user types the customer's name, in one whole-record write that keeps the id, the credit
//! and its history and the cards (the domain's `customer::personal_data` says what).

use crate::auth::use_auth;
use crate::components::notices::use_notices;
use crate::customers::Customers;
use crate::i18n::use_i18n;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::customer::personal_data::{anonymized, file_name, readable_text, record_json};
use customer_desk_domain::i18n::catalog;
use customer_desk_domain::session::Right;
use leptos::html::Dialog;
use leptos::prelude::*;

/// Downloads `customer-<id>-<day>.json` and `.txt`.
#[component]
pub fn ExportDataButton(customer: Customer) -> impl IntoView {
    let i18n = use_i18n();
    let notices = use_notices();
    let export = move |_| {
        let day = crate::format::today();
        let name = customer.display_name();
        // A customer created here and not read back yet has no record: its fields are it.
        let record = customer.source.record().cloned().unwrap_or_else(|| serde_json::json!({ "id": customer.id }));
        let text = readable_text(&record, &name, day, catalog(i18n.locale_untracked()));
        let saved = save(&record_json(&record), "application/json", &file_name(&customer.id, day, "json"))
            .and_then(|_| save(&text, "text/plain;charset=utf-8", &file_name(&customer.id, day, "txt")));
        match saved {
            Ok(()) => notices.show(i18n.tr_with("customer-exported-data", &[("name", name.into())])),
            Err(_) => notices.show(i18n.tr_with("list-export-failed", &[("reason", String::new().into())])),
        }
    };
    view! {
        <button type="button" class="button" on:click=export>{i18n.text("customer-export-data")}</button>
    }
}

fn save(content: &str, mime: &str, name: &str) -> Result<(), wasm_bindgen::JsValue> {
    crate::download::save(&js_sys::Array::of1(&content.into()), mime, name)
}

/// The "Anonymize" button and its confirmation, in which the user types the customer's name.
#[component]
pub fn AnonymizeAction(customer: Customer, on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let notices = use_notices();
    let customers = Customers::use_context();
    let may_update = move || auth.can(Right::CustomerUpdate);
    let open = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let name = customer.display_name();
    let expected = StoredValue::new(name.trim().to_owned());
    let matches = move || typed.with(|typed| expected.with_value(|expected| typed.trim() == expected));
    let anonymize = Action::new_local(move |customer: &Customer| {
        let anonymous = anonymized(customer, &i18n.tr("customer-anonymized-name"));
        async move { customers.update(&anonymous).await }
    });
    Effect::new(move |_| match anonymize.value().get() {
        Some(Ok(_)) => {
            open.set(false);
            notices.show(untrack(|| i18n.tr("customer-anonymized")));
            on_done.run(());
        }
        Some(Err(failure)) => {
            error.set(Some(untrack(|| i18n.tr_with("customer-anonymize-failed", &[("error", i18n.render(&failure.text()).into())]))))
        }
        None => {}
    });
    let dialog = NodeRef::<Dialog>::new();
    crate::components::modal::show_while_open(dialog, open, move || {
        typed.set(String::new());
        error.set(None);
    });
    let title = {
        let name = name.clone();
        move || i18n.tr_with("customer-anonymize-title", &[("name", name.clone().into())])
    };
    let hint = move || i18n.tr_with("customer-anonymize-confirm-hint", &[("name", name.clone().into())]);
    let busy = anonymize.pending();
    let confirm = move |_| {
        if matches() && !busy.get_untracked() {
            error.set(None);
            anonymize.dispatch(customer.clone());
        }
    };
    view! {
        <button type="button" class="button button--danger"
            disabled=move || !may_update()
            aria-describedby=move || (!may_update()).then_some("anonymize-right-hint")
            on:click=move |_| open.set(true)>{i18n.text("customer-anonymize")}</button>
        <Show when=move || !may_update()>
            <p class="field__hint" id="anonymize-right-hint">{i18n.text("customer-anonymize-right-hint")}</p>
        </Show>
        <dialog node_ref=dialog class="dialog" aria-labelledby="anonymize-title" on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id="anonymize-title">{title}</h2>
            <p id="anonymize-message">{i18n.text("customer-anonymize-message")}</p>
            <div class="field">
                <label for="anonymize-name">{i18n.text("customer-anonymize-confirm")}</label>
                <input id="anonymize-name" type="text" autocomplete="off" spellcheck="false"
                    aria-describedby="anonymize-name-hint anonymize-message"
                    prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                <p class="field__hint" id="anonymize-name-hint">{hint}</p>
            </div>
            {move || error.get().map(|message| view! { <p class="field__error" role="alert">{message}</p> })}
            <div class="dialog__actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("form-cancel")}</button>
                <button type="button" class="button button--danger" disabled=move || !matches() || busy.get()
                    on:click=confirm>{i18n.text("customer-anonymize")}</button>
            </div>
        </dialog>
    }
}
