//! The form's "Cards": one row per loyalty card with its serial number, a "blocked" box and
//! a remove button, and "Add card". A card's error (empty, repeated, or taken by another
//! customer, as the server says) is shown on its row and tied to its input.

use customer_desk_domain::customer::Card;
use customer_desk_domain::customer_form::CustomerForm;
use crate::components::form_fields::error_message;
use customer_desk_domain::problem::ValidationError;
use leptos::prelude::*;

/// The member name the API uses for a card's serial number.
pub fn card_member(index: usize) -> String {
    format!("cards[{index}].serialNumber")
}

/// The element id of a card's serial-number input.
pub fn card_input_id(index: usize) -> String {
    format!("card-{index}")
}

#[component]
pub fn CardEditor(form: RwSignal<CustomerForm>, #[prop(into)] errors: Signal<Vec<ValidationError>>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    // Rows are rebuilt only when cards are added or removed, never while typing.
    let count = Memo::new(move |_| form.with(|f| f.cards.len()));
    let add = move |_| {
        let index = form.with_untracked(|f| f.cards.len());
        form.update(|f| f.cards.push(Card::default()));
        request_animation_frame(move || focus(&card_input_id(index)));
    };
    view! {
        <fieldset class="form__wide card-editor">
            <legend>{i18n.text("form-cards")}</legend>
            <Show when=move || { count.get() == 0 }>
                <p class="muted">{i18n.text("form-no-cards")}</p>
            </Show>
            <ol class="card-editor__list">
                {move || (0..count.get()).map(|index| view! { <CardRow index form errors /> }).collect_view()}
            </ol>
            <div>
                <button type="button" class="button" on:click=add>{i18n.text("form-add-card")}</button>
            </div>
        </fieldset>
    }
}

#[component]
fn CardRow(index: usize, form: RwSignal<CustomerForm>, errors: Signal<Vec<ValidationError>>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let number = index + 1;
    let id = card_input_id(index);
    let error_id = format!("{id}-error");
    let member = card_member(index);
    let error = Memo::new(move |_| errors.with(|errors| errors.iter().find(|e| e.member_name == member).cloned()));
    let card = move || form.with(|f| f.cards.get(index).cloned().unwrap_or_default());
    let remove = move |_| {
        form.update(|f| {
            if index < f.cards.len() {
                f.cards.remove(index);
            }
        });
    };
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    view! {
        <li class="card-editor__row field" class:field--invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || i18n.tr_with("form-card-serial", &[("number", number.into())])}</label>
            <div class="field__row">
                <input id=id type="text" autocomplete="off" inputmode="text"
                    prop:value=move || card().serial_number
                    aria-invalid=move || error.get().map(|_| "true") aria-describedby=described_by
                    on:input=move |ev| form.update(|f| {
                        if let Some(card) = f.cards.get_mut(index) {
                            card.serial_number = event_target_value(&ev);
                        }
                    }) />
                <label class="checkbox">
                    <input type="checkbox" prop:checked=move || card().is_blocked
                        on:change=move |ev| form.update(|f| {
                            if let Some(card) = f.cards.get_mut(index) {
                                card.is_blocked = event_target_checked(&ev);
                            }
                        }) />
                    {move || i18n.tr_with("form-card-blocked", &[("number", number.into())])}
                </label>
                <button type="button" class="button" on:click=remove>{move || i18n.tr_with("form-card-remove", &[("number", number.into())])}</button>
            </div>
            {move || error.get().map(|error| view! { <p class="field__error" id=error_id.clone()>{move || error_message(i18n, &error)}</p> })}
        </li>
    }
}

pub fn focus(id: &str) {
    let element = document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = element.focus();
    }
}
