//! The form's sections: the person, validity, rates and company (where the vendor has
//! them), addresses, cards and note, each field with its label, hint and error.

use super::card_editor::CardEditor;
use super::form_fields::{CheckboxField, TextField};
use crate::i18n::use_i18n;
use customer_desk_domain::form::{CustomerForm, Field};
use customer_desk_domain::problem::ValidationError;
use leptos::prelude::*;

#[component]
pub fn FormSections(
    form: RwSignal<CustomerForm>,
    errors: RwSignal<Vec<ValidationError>>,
    may_set_discount: Signal<bool>,
    may_set_credit: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = move |field: Field| view! { <TextField field form errors /> };
    // Sections the configured API has no data for are left out.
    let loyalty = expect_context::<crate::api::customers::Features>().loyalty_details;
    view! {
        <fieldset>
            <legend>{i18n.text("form-person")}</legend>
            {field(Field::FirstName)}
            // Said before Save, not only as an error after it (WCAG 3.3.2).
            <TextField field=Field::LastName form errors hint=i18n.text("form-name-hint") />
            {field(Field::Email)}
            {field(Field::Phone)}
            {field(Field::BirthDate)}
        </fieldset>
        <fieldset>
            <legend>{i18n.text("form-validity")}</legend>
            <CheckboxField label=i18n.text("form-active") checked=Signal::derive(move || form.with(|f| f.is_active))
                on_change=Callback::new(move |on| form.update(|f| f.is_active = on)) />
            {loyalty.then(|| view! {
                {field(Field::ActivationTime)}
                {field(Field::ExpirationTime)}
            })}
            {field(Field::ExternalId)}
        </fieldset>
        {loyalty.then(|| view! {
        <fieldset>
            <legend>{i18n.text("form-rates")}</legend>
            <TextField field=Field::DiscountRate form errors disabled=Signal::derive(move || !may_set_discount.get())
                hint=move || i18n.tr(if may_set_discount.get() { "form-discount-hint" } else { "form-discount-locked" }) />
            <TextField field=Field::CreditRate form errors disabled=Signal::derive(move || !may_set_credit.get())
                hint=move || i18n.tr(if may_set_credit.get() { "form-credit-hint" } else { "form-credit-locked" }) />
        </fieldset>
        <fieldset>
            <legend>{i18n.text("form-company")}</legend>
            <CheckboxField label=i18n.text("form-company") checked=Signal::derive(move || form.with(|f| f.is_company))
                on_change=Callback::new(move |on| form.update(|f| f.is_company = on)) />
            <Show when=move || form.with(|f| f.is_company)>
                {field(Field::CompanyName)}
                {field(Field::VatId)}
                {field(Field::TaxId)}
                {field(Field::Crn)}
            </Show>
        </fieldset>
        })}
        <fieldset>
            <legend>{i18n.text("form-address")}</legend>
            {field(Field::Street)}
            {field(Field::City)}
            {field(Field::PostalCode)}
            {field(Field::Country)}
        </fieldset>
        {loyalty.then(|| view! {
        <fieldset>
            <legend>{i18n.text("form-delivery-address")}</legend>
            <p class="field__hint">{i18n.text("form-delivery-hint")}</p>
            {field(Field::DeliveryStreet)}
            {field(Field::DeliveryCity)}
            {field(Field::DeliveryPostalCode)}
            {field(Field::DeliveryCountry)}
        </fieldset>
        <CardEditor form errors />
        <fieldset class="form__wide">
            <legend>{i18n.text("form-note")}</legend>
            {field(Field::Note)}
        </fieldset>
        })}
    }
}
