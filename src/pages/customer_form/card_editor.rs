//! The form's "Cards": one row per loyalty card with what a clerk edits (serial number,
//! active, virtual, validity, note), a remove button, and "Add card". The card's other
//! documented fields (processor, status, external ID, meta) are kept as read. A card's
//! error (empty, repeated, taken by another customer, bad validity) is shown on its row
//! and tied to its input.

use super::form_fields::error_message;
use crate::components::page_focus::focus_by_id;
use customer_desk_domain::form::{CardForm, CustomerForm};
use customer_desk_domain::problem::{ValidationError, same_member};
use leptos::prelude::*;

/// The element id of a card's serial-number input.
pub fn card_input_id(index: usize) -> String {
    format!("card-{index}")
}

/// The element id of the card input an error is about (`cards[1].expirationTime`), if any.
pub fn card_error_target(member_name: &str) -> Option<String> {
    let index = member_name.split(['[', ']']).nth(1)?.trim().parse::<usize>().ok()?;
    CARD_TEXTS
        .iter()
        .find(|text| same_member(member_name, &format!("cards[{index}].{}", text.member)))
        .map(|text| format!("{}{}", card_input_id(index), text.id_suffix))
}

/// A text-like input of a card row.
struct CardText {
    /// Its label, with `{ $number }`.
    label: &'static str,
    id_suffix: &'static str,
    /// The API member under `cards[i]`.
    member: &'static str,
    input_type: &'static str,
    get: fn(&CardForm) -> &String,
    set: fn(&mut CardForm) -> &mut String,
}

const CARD_TEXTS: [CardText; 4] = [
    CardText {
        label: "form-card-serial",
        id_suffix: "",
        member: "serialNumber",
        input_type: "text",
        get: |c| &c.serial_number,
        set: |c| &mut c.serial_number,
    },
    CardText {
        label: "form-card-valid-from",
        id_suffix: "-from",
        member: "activationTime",
        input_type: "datetime-local",
        get: |c| &c.activation_time,
        set: |c| &mut c.activation_time,
    },
    CardText {
        label: "form-card-valid-until",
        id_suffix: "-until",
        member: "expirationTime",
        input_type: "datetime-local",
        get: |c| &c.expiration_time,
        set: |c| &mut c.expiration_time,
    },
    CardText { label: "form-card-note", id_suffix: "-note", member: "note", input_type: "text", get: |c| &c.note, set: |c| &mut c.note },
];

#[component]
pub fn CardEditor(form: RwSignal<CustomerForm>, #[prop(into)] errors: Signal<Vec<ValidationError>>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    // Rows are rebuilt only when cards are added or removed, never while typing.
    let count = Memo::new(move |_| form.with(|f| f.cards.len()));
    let add = move |_| {
        let index = form.with_untracked(|f| f.cards.len());
        form.update(|f| f.cards.push(CardForm::new()));
        request_animation_frame(move || {
            focus_by_id(&card_input_id(index));
        });
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
    let remove = move |_| {
        form.update(|f| {
            if index < f.cards.len() {
                f.cards.remove(index);
            }
        });
    };
    let flag = move |label: &'static str, get: fn(&CardForm) -> bool, set: fn(&mut CardForm, bool)| {
        view! {
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || form.with(|f| f.cards.get(index).is_some_and(get))
                    on:change=move |ev| form.update(|f| {
                        if let Some(card) = f.cards.get_mut(index) {
                            set(card, event_target_checked(&ev));
                        }
                    }) />
                {move || i18n.tr_with(label, &[("number", number.into())])}
            </label>
        }
    };
    view! {
        <li class="card-editor__row">
            {CARD_TEXTS.iter().map(|text| view! { <CardTextField index text form errors /> }).collect_view()}
            <div class="card-editor__flags">
                {flag("form-card-active", |c| c.is_active, |c, on| c.is_active = on)}
                {flag("form-card-virtual", |c| c.is_virtual, |c, on| c.is_virtual = on)}
                <button type="button" class="button" on:click=remove>{move || i18n.tr_with("form-card-remove", &[("number", number.into())])}</button>
            </div>
        </li>
    }
}

#[component]
fn CardTextField(
    index: usize,
    text: &'static CardText,
    form: RwSignal<CustomerForm>,
    errors: Signal<Vec<ValidationError>>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let number = index + 1;
    let id = format!("{}{}", card_input_id(index), text.id_suffix);
    let error_id = format!("{id}-error");
    let member = format!("cards[{index}].{}", text.member);
    let error = Memo::new(move |_| errors.with(|errors| errors.iter().find(|e| same_member(&e.member_name, &member)).cloned()));
    let is_date = text.input_type == "datetime-local";
    let reading_id = crate::components::date_reading::reading_id(&id);
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let value = move || form.with(|f| f.cards.get(index).map(|card| (text.get)(card).clone()).unwrap_or_default());
    view! {
        <div class="field" class:field--invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || i18n.tr_with(text.label, &[("number", number.into())])}</label>
            <input id=id type=text.input_type autocomplete="off"
                prop:value=value
                aria-invalid=move || error.get().map(|_| "true") aria-describedby=described_by
                on:input=move |ev| form.update(|f| {
                    if let Some(card) = f.cards.get_mut(index) {
                        *(text.set)(card) = event_target_value(&ev);
                    }
                }) />
            {is_date.then(|| view! { <crate::components::date_reading::DateReading value=Signal::derive(value) id=reading_id.clone() /> })}
            {move || error.get().map(|error| view! { <p class="field__error" id=error_id.clone()>{move || error_message(i18n, &error)}</p> })}
        </div>
    }
}
