//! The create/edit form's model: every field as the user typed it, so no failure (bad
//! input, a refused save, a conflict) ever loses typing. Converting to a [`Customer`]
//! runs the same validation the server runs and reports errors by member name. Cards are
//! [`CardForm`]s (`card.rs`).

mod card;
pub mod drafts;
pub mod merge;
pub mod offline;
pub use card::CardForm;

use crate::calendar::Zone;
use crate::customer::property::Property;
use crate::customer::validation::{broken_rule, parse_decimal, validate_customer};
use crate::customer::{Address, Company, Customer};
use crate::i18n::Text;
use crate::problem::ValidationError;
use chrono::{DateTime, Utc};

/// The form's text fields, each editing one [`Property`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    FirstName,
    LastName,
    Email,
    Phone,
    BirthDate,
    ExternalId,
    ActivationTime,
    ExpirationTime,
    DiscountRate,
    CreditRate,
    Note,
    CompanyName,
    VatId,
    TaxId,
    Crn,
    Street,
    City,
    PostalCode,
    Country,
    DeliveryStreet,
    DeliveryCity,
    DeliveryPostalCode,
    DeliveryCountry,
}

impl Field {
    pub const ALL: [Field; 23] = [
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Phone,
        Field::BirthDate,
        Field::ExternalId,
        Field::ActivationTime,
        Field::ExpirationTime,
        Field::DiscountRate,
        Field::CreditRate,
        Field::Note,
        Field::CompanyName,
        Field::VatId,
        Field::TaxId,
        Field::Crn,
        Field::Street,
        Field::City,
        Field::PostalCode,
        Field::Country,
        Field::DeliveryStreet,
        Field::DeliveryCity,
        Field::DeliveryPostalCode,
        Field::DeliveryCountry,
    ];

    /// The customer property this field edits: its id, label and member come from there.
    pub fn property(self) -> Property {
        match self {
            Field::FirstName => Property::FirstName,
            Field::LastName => Property::LastName,
            Field::Email => Property::Email,
            Field::Phone => Property::Phone,
            Field::BirthDate => Property::BirthDate,
            Field::ExternalId => Property::ExternalId,
            Field::ActivationTime => Property::ActivationTime,
            Field::ExpirationTime => Property::ExpirationTime,
            Field::DiscountRate => Property::DiscountRate,
            Field::CreditRate => Property::CreditRate,
            Field::Note => Property::Note,
            Field::CompanyName => Property::CompanyName,
            Field::VatId => Property::VatId,
            Field::TaxId => Property::TaxId,
            Field::Crn => Property::Crn,
            Field::Street => Property::Street,
            Field::City => Property::City,
            Field::PostalCode => Property::PostalCode,
            Field::Country => Property::Country,
            Field::DeliveryStreet => Property::DeliveryStreet,
            Field::DeliveryCity => Property::DeliveryCity,
            Field::DeliveryPostalCode => Property::DeliveryPostalCode,
            Field::DeliveryCountry => Property::DeliveryCountry,
        }
    }

    /// The field's label in the user's language (in English, its accessible name).
    pub fn label(self) -> Text {
        self.property().label()
    }

    /// The element id, also the field's key in drafts.
    pub fn id(self) -> &'static str {
        self.property().describe().id
    }

    /// The API member name that server errors use.
    pub fn member_name(self) -> &'static str {
        self.property().describe().member
    }

    /// `"{value}" is not a valid birth date.` and the like, for typing that does not parse.
    fn invalid(self, value: &str) -> Text {
        let text = match self {
            Field::BirthDate => Text::new("form-error-invalid-birth-date"),
            Field::ActivationTime => Text::new("form-error-invalid-activation-time"),
            Field::ExpirationTime => Text::new("form-error-invalid-expiration-time"),
            Field::DiscountRate => Text::new("form-error-invalid-discount-rate"),
            Field::CreditRate => Text::new("form-error-invalid-credit-rate"),
            _ => Text::new("form-error-invalid-value"),
        };
        text.with("value", value)
    }

    /// The field a server error's `memberName` refers to (case-insensitive).
    pub fn for_member(member_name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| crate::problem::same_member(member_name, field.member_name()))
    }
}

/// The form as typed. Times are `YYYY-MM-DDTHH:MM` in the user's local time (what
/// `<input type="datetime-local">` gives), dates `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerForm {
    texts: [String; 23],
    pub is_active: bool,
    pub is_company: bool,
    pub cards: Vec<CardForm>,
}

impl CustomerForm {
    pub fn get(&self, field: Field) -> &str {
        &self.texts[field as usize]
    }

    pub fn set(&mut self, field: Field, value: String) {
        self.texts[field as usize] = value;
    }

    /// A new customer: active, everything else empty.
    pub fn blank() -> Self {
        Self { is_active: true, ..Self::default() }
    }

    /// The form for an existing customer, its times on the wall clock of `zone` (an offset
    /// in minutes, east positive, or the browser's rules).
    pub fn from_customer(customer: &Customer, zone: impl Into<Zone>) -> Self {
        let zone = zone.into();
        let mut form = Self {
            is_active: customer.is_active,
            is_company: customer.is_company,
            cards: customer.cards.iter().map(|card| CardForm::from_card(card, zone, Some(card.clone()))).collect(),
            ..Self::default()
        };
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let company = customer.company.clone().unwrap_or_default();
        let address = customer.address.clone().unwrap_or_default();
        let delivery = customer.delivery_address.clone().unwrap_or_default();
        let local = |moment: Option<DateTime<Utc>>| local_time(moment, zone);
        for (field, value) in [
            (Field::FirstName, text(&customer.first_name)),
            (Field::LastName, text(&customer.last_name)),
            (Field::Email, text(&customer.email)),
            (Field::Phone, text(&customer.phone)),
            (Field::BirthDate, customer.birth_date.map(|d| d.to_string()).unwrap_or_default()),
            (Field::ExternalId, text(&customer.external_id)),
            (Field::ActivationTime, local(customer.activation_time)),
            (Field::ExpirationTime, local(customer.expiration_time)),
            (Field::DiscountRate, format_number(customer.discount_rate)),
            (Field::CreditRate, format_number(customer.credit_rate)),
            (Field::Note, text(&customer.note)),
            (Field::CompanyName, text(&company.name)),
            (Field::VatId, text(&company.vat_id)),
            (Field::TaxId, text(&company.tax_id)),
            (Field::Crn, text(&company.crn)),
            (Field::Street, text(&address.street)),
            (Field::City, text(&address.city)),
            (Field::PostalCode, text(&address.zip_code)),
            (Field::Country, text(&address.country)),
            (Field::DeliveryStreet, text(&delivery.street)),
            (Field::DeliveryCity, text(&delivery.city)),
            (Field::DeliveryPostalCode, text(&delivery.zip_code)),
            (Field::DeliveryCountry, text(&delivery.country)),
        ] {
            form.set(field, value);
        }
        form
    }

    /// The customer to send: `base` (as read, with its `_v`, credit and everything the form
    /// does not show) changed only where the user changed the form, so a value the form
    /// would have written differently (a time with seconds, say) stays as it was read.
    /// Errors name their member as the server would.
    pub fn to_customer(&self, base: &Customer, zone: impl Into<Zone>) -> Result<Customer, Vec<ValidationError>> {
        self.apply_changes(base, base, zone)
    }

    /// The user's changes (what differs from the form of `started_from`) made to `onto`:
    /// after a version conflict, the user's edits over what the server holds now, leaving
    /// the other person's changes to fields the user did not touch.
    pub fn apply_changes(&self, started_from: &Customer, onto: &Customer, zone: impl Into<Zone>) -> Result<Customer, Vec<ValidationError>> {
        let zone = zone.into();
        let mut errors = Vec::new();
        let mut customer = onto.clone();
        let initial = Self::from_customer(started_from, zone);
        let changed = |field: Field| self.get(field) != initial.get(field);
        let optional = |field: Field| non_empty(self.get(field));
        let keep_or_take = |field: Field, kept: &Option<String>| if changed(field) { optional(field) } else { kept.clone() };

        for (field, target) in [
            (Field::FirstName, &mut customer.first_name),
            (Field::LastName, &mut customer.last_name),
            (Field::Email, &mut customer.email),
            (Field::Phone, &mut customer.phone),
            (Field::ExternalId, &mut customer.external_id),
            (Field::Note, &mut customer.note),
        ] {
            if changed(field) {
                *target = optional(field);
            }
        }
        if self.is_active != initial.is_active {
            customer.is_active = self.is_active;
        }
        if changed(Field::BirthDate) {
            customer.birth_date = self.parse(Field::BirthDate, &mut errors, crate::calendar::parse_date);
        }
        for (field, target) in
            [(Field::ActivationTime, &mut customer.activation_time), (Field::ExpirationTime, &mut customer.expiration_time)]
        {
            if changed(field) {
                *target = self.parse(field, &mut errors, |text| utc_time(text, zone));
            }
        }
        for (field, target) in [(Field::DiscountRate, &mut customer.discount_rate), (Field::CreditRate, &mut customer.credit_rate)] {
            if changed(field) {
                *target = self.parse(field, &mut errors, parse_decimal).unwrap_or(0.0);
            }
        }
        let company_fields = [Field::CompanyName, Field::VatId, Field::TaxId, Field::Crn];
        if self.is_company != initial.is_company || company_fields.into_iter().any(changed) {
            customer.is_company = self.is_company;
            customer.company = self.is_company.then(|| {
                let kept = onto.company.clone().unwrap_or_default();
                Company {
                    name: keep_or_take(Field::CompanyName, &kept.name),
                    vat_id: keep_or_take(Field::VatId, &kept.vat_id),
                    tax_id: keep_or_take(Field::TaxId, &kept.tax_id),
                    crn: keep_or_take(Field::Crn, &kept.crn),
                }
            });
        }
        let address = |fields: [Field; 4], kept: &Option<Address>| {
            if !fields.into_iter().any(changed) {
                return kept.clone();
            }
            let kept = kept.clone().unwrap_or_default();
            let address = Address {
                street: keep_or_take(fields[0], &kept.street),
                city: keep_or_take(fields[1], &kept.city),
                zip_code: keep_or_take(fields[2], &kept.zip_code),
                country: keep_or_take(fields[3], &kept.country),
            };
            (address != Address::default()).then_some(address)
        };
        customer.address = address([Field::Street, Field::City, Field::PostalCode, Field::Country], &onto.address);
        customer.delivery_address = address(
            [Field::DeliveryStreet, Field::DeliveryCity, Field::DeliveryPostalCode, Field::DeliveryCountry],
            &onto.delivery_address,
        );
        if self.cards != initial.cards {
            customer.cards = self.cards.iter().enumerate().map(|(index, card)| card.to_card(index, zone, &mut errors)).collect();
        }
        if [Field::FirstName, Field::LastName, Field::CompanyName].into_iter().any(changed) || self.is_company != initial.is_company {
            customer.full_name = customer.derived_full_name();
        }

        // A rule the record already broke as read (a credit of -12.5, a DealPOS-only value)
        // is the server's business, not the user's: it blocks a save only where the user
        // touched that field. Values that did not even parse are reported once, by the parser.
        let broken_as_read: Vec<String> = validate_customer(onto).into_iter().map(|e| e.member_name).collect();
        let touched = |member: &str| {
            Field::ALL.into_iter().any(|field| field.member_name() == member && changed(field))
                || (member.starts_with("cards") && self.cards != initial.cards)
                || (member == "company.name" && self.is_company != initial.is_company)
        };
        for error in validate_customer(&customer) {
            let inherited = broken_as_read.contains(&error.member_name) && !touched(&error.member_name);
            if !inherited && !errors.iter().any(|e: &ValidationError| e.member_name == error.member_name) {
                errors.push(error);
            }
        }
        if errors.is_empty() { Ok(customer) } else { Err(errors) }
    }

    fn parse<T>(&self, field: Field, errors: &mut Vec<ValidationError>, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        let text = self.get(field);
        parse_or_report(non_empty(text), field.member_name(), field.invalid(text), errors, parse)
    }
}

/// The labels of the fields whose values differ: what changed between the version the
/// user started from and the one stored now.
pub fn changed_fields(before: &CustomerForm, after: &CustomerForm) -> Vec<Text> {
    crate::form::merge::changed_parts(before, after).into_iter().map(crate::form::merge::Part::label).collect()
}

pub(crate) fn parse_or_report<T>(
    text: Option<String>,
    member: &str,
    invalid: Text,
    errors: &mut Vec<ValidationError>,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let text = text?;
    let parsed = parse(&text);
    if parsed.is_none() {
        errors.push(broken_rule(member, invalid, None));
    }
    parsed
}

/// Trimmed text, `None` when blank.
pub(crate) fn non_empty(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A moment as `<input type="datetime-local">` shows it in the user's time zone.
pub(crate) fn local_time(moment: Option<DateTime<Utc>>, zone: Zone) -> String {
    moment.map(|m| crate::calendar::minute_text(&zone.local(m))).unwrap_or_default()
}

/// The moment a `datetime-local` value names in the user's time zone (with the offset in
/// force on that date).
pub fn utc_time(text: &str, zone: impl Into<Zone>) -> Option<DateTime<Utc>> {
    let zone = zone.into();
    crate::calendar::parse_date_time(text).filter(|_| text.contains('T') && !text.contains('.')).map(|local| zone.utc(local))
}

fn format_number(value: f64) -> String {
    value.to_string()
}

#[cfg(test)]
mod tests;
