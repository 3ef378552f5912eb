//! Labelled form fields bound to one [`CustomerForm`]. A field's error is shown under it
//! and tied to it with `aria-describedby`; the typed text is never touched by a failure.

use crate::i18n::I18n;
use customer_desk_domain::form::{CustomerForm, Field};
use customer_desk_domain::problem::ValidationError;
use leptos::prelude::*;

/// Input type, touch keyboard and autofill hint for each field.
fn input_kind(field: Field) -> (&'static str, Option<&'static str>, &'static str) {
    match field {
        Field::Email => ("email", Some("email"), "email"),
        Field::Phone => ("tel", Some("tel"), "tel"),
        Field::BirthDate => ("date", None, "bday"),
        Field::ActivationTime | Field::ExpirationTime => ("datetime-local", None, "off"),
        Field::DiscountRate | Field::CreditRate => ("text", Some("decimal"), "off"),
        Field::FirstName => ("text", None, "given-name"),
        Field::LastName => ("text", None, "family-name"),
        Field::CompanyName => ("text", None, "organization"),
        Field::Street => ("text", None, "street-address"),
        Field::City => ("text", None, "address-level2"),
        Field::PostalCode => ("text", None, "postal-code"),
        Field::Country => ("text", None, "country-name"),
        _ => ("text", None, "off"),
    }
}

pub fn field_error(errors: &[ValidationError], field: Field) -> Option<ValidationError> {
    errors.iter().find(|e| Field::for_member(&e.member_name) == Some(field)).cloned()
}

/// An error as the user reads it: the app's own checks in the user's language, the
/// server's messages as the server wrote them. Tracked, so it follows a language switch.
pub fn error_message(i18n: I18n, error: &ValidationError) -> String {
    error.text.as_ref().map(|t| i18n.render(t)).unwrap_or(error.message.clone())
}

#[component]
pub fn TextField(
    field: Field,
    form: RwSignal<CustomerForm>,
    #[prop(into)] errors: Signal<Vec<ValidationError>>,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(optional, into)] hint: Option<TextProp>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let (input_type, inputmode, autocomplete) = input_kind(field);
    let error = move || errors.with(|errors| field_error(errors, field));
    let error_id = format!("{}-error", field.id());
    let hint_id = format!("{}-hint", field.id());
    let has_hint = hint.is_some();
    let is_date = matches!(input_type, "date" | "datetime-local");
    // The reading is a visual aid: a screen reader speaks the picker's value its own way,
    // and a field stays described by its hint and its error alone.
    let reading_id = crate::components::date_reading::reading_id(field.id());
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let ids: Vec<&str> = [has_hint.then_some(hint_id.as_str()), error().map(|_| error_id.as_str())].into_iter().flatten().collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let value = move || form.with(|f| f.get(field).to_owned());
    let on_input = move |ev| form.update(|f| f.set(field, event_target_value(&ev)));
    let control = if field == Field::Note {
        view! {
            <textarea id=field.id() rows="3" prop:value=value on:input=on_input disabled=disabled
                aria-invalid=move || error().map(|_| "true") aria-describedby=described_by.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=field.id() type=input_type inputmode=inputmode autocomplete=autocomplete
                prop:value=value on:input=on_input disabled=disabled
                aria-invalid=move || error().map(|_| "true") aria-describedby=described_by.clone() />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field--invalid=move || error().is_some()>
            <label for=field.id()>{move || i18n.render(&field.label())}</label>
            {control}
            {is_date.then(|| view! { <crate::components::date_reading::DateReading value=Signal::derive(value) id=reading_id.clone() /> })}
            {hint.map(|text| view! { <p class="field__hint" id=hint_id.clone()>{move || text.get().to_string()}</p> })}
            {move || error().map(|error| view! { <p class="field__error" id=error_id.clone()>{move || error_message(i18n, &error)}</p> })}
        </div>
    }
}

#[component]
pub fn CheckboxField(
    #[prop(into)] label: TextProp,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <label class="checkbox">
            <input type="checkbox" prop:checked=checked disabled=disabled
                on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            {move || label.get().to_string()}
        </label>
    }
}
