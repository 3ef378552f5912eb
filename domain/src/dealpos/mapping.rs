//! DealPOS customer <-> domain `Customer`.
//!
//! Out ([`DealposCustomer::from_customer`]): every DealPOS field is filled from the customer
//! and its [`Membership`]; PORTOS-only fields (company, delivery address, note, rates,
//! credit, cards, validity window, `_v`) are not shown.
//!
//! In ([`DealposCustomer::apply_to`]): the body replaces what DealPOS shows and keeps the
//! rest of the stored customer, so a DealPOS edit never loses PORTOS-only data.
//!
//! The app reads answers with [`read`] (tolerant; the record is kept as the customer's
//! source) and writes bodies with [`write_body`], which sends that record back with the
//! user's changes patched in.

use super::wire::{ACTIVE, DealposCustomer, SUSPENDED};
use crate::customer::Membership;
use crate::customer::validation::{MAX_TEXT_LENGTH, broken_rule, negative, too_long, validate_customer};
use crate::customer::{Address, Customer, Gender};
use crate::i18n::Text;
use crate::lenient::{self, Readable};
use crate::problem::{ValidationError, constraint};
use crate::round_trip::{Source, patch};
use serde_json::Value;

/// Longest `ImageURL` accepted.
const MAX_URL_LENGTH: usize = 2000;

/// The address on one line: street, "zip city", country, the present parts joined by ", ".
pub fn format_address(address: &Address) -> Option<String> {
    let town = [address.zip_code.as_deref(), address.city.as_deref()]
        .into_iter()
        .flatten()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<&str> = [address.street.as_deref(), Some(town.as_str()), address.country.as_deref()]
        .into_iter()
        .flatten()
        .filter(|part| !part.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Blank text is no text.
fn clean(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

impl DealposCustomer {
    /// A new customer from a create body (`ID` is left to the caller).
    pub fn into_new_customer(self) -> Customer {
        self.apply_to(Customer::default())
    }

    /// The customer as DealPOS shows it.
    pub fn from_customer(customer: &Customer) -> Self {
        let data = customer.membership.clone().unwrap_or_default();
        DealposCustomer {
            id: Some(customer.id.clone()),
            name: Some(customer.derived_full_name()),
            first_name: customer.first_name.clone(),
            last_name: customer.last_name.clone(),
            code: customer.external_id.clone(),
            email: customer.email.clone(),
            mobile: customer.phone.clone(),
            phone: data.phone,
            address: customer.address.as_ref().and_then(format_address),
            gender: match customer.gender {
                Some(Gender::Male) => Some(false),
                Some(Gender::Female) => Some(true),
                Some(Gender::Other(_)) | None => None,
            },
            birth_date: customer.birth_date,
            join_date: data.join_date,
            group: data.group,
            expired_group: data.expired_group,
            loyalty_point: Some(data.loyalty_point),
            status: Some(if customer.is_active { ACTIVE } else { SUSPENDED }.to_owned()),
            referred_by: data.referred_by,
            image_url: data.image_url,
            sign_up_outlet: data.sign_up_outlet,
        }
    }

    /// `base` (the stored customer, or a default one for a create) with this body applied.
    /// Text fields, Gender, BirthDate and ExpiredGroup are replaced (missing or `null`
    /// clears them); a missing JoinDate, LoyaltyPoint or Status keeps the stored value.
    /// `Name` is used only when FirstName and LastName are both empty and it differs from
    /// the current full name; it then becomes the last name. `ID` is left to the caller.
    pub fn apply_to(self, base: Customer) -> Customer {
        let mut customer = base;
        let before = customer.membership.take().unwrap_or_default();
        let mut first_name = clean(self.first_name);
        let mut last_name = clean(self.last_name);
        if first_name.is_none() && last_name.is_none() {
            match clean(self.name) {
                // The name shown before, sent back: nothing changed (this also keeps a
                // company, whose Name is its company name, free of personal names).
                Some(name) if name == customer.derived_full_name() => {
                    first_name = customer.first_name.take();
                    last_name = customer.last_name.take();
                }
                name => last_name = name,
            }
        }
        customer.first_name = first_name;
        customer.last_name = last_name;
        customer.external_id = clean(self.code);
        customer.email = clean(self.email);
        customer.phone = clean(self.mobile);
        customer.address = match clean(self.address) {
            None => None,
            // Unchanged text keeps the structured address it was formatted from.
            Some(text) if customer.address.as_ref().and_then(format_address).as_deref() == Some(text.as_str()) => customer.address,
            Some(text) => Some(Address { street: Some(text), ..Address::default() }),
        };
        // Both of the vendor's examples send `false` for a man (Thomy, Hendry).
        customer.gender = self.gender.map(|female| if female { Gender::Female } else { Gender::Male });
        customer.birth_date = self.birth_date;
        match self.status.as_deref().map(str::trim) {
            Some(status) if status.eq_ignore_ascii_case(ACTIVE) => customer.is_active = true,
            Some(status) if status.eq_ignore_ascii_case(SUSPENDED) => customer.is_active = false,
            // An unknown status changes nothing the app knows of.
            _ => {}
        }
        customer.membership = Some(Membership {
            join_date: self.join_date.or(before.join_date),
            phone: clean(self.phone),
            group: clean(self.group),
            expired_group: self.expired_group,
            loyalty_point: self.loyalty_point.unwrap_or(before.loyalty_point),
            referred_by: clean(self.referred_by),
            image_url: clean(self.image_url),
            sign_up_outlet: clean(self.sign_up_outlet),
        });
        customer.full_name = customer.derived_full_name();
        customer
    }
}

/// Reads one DealPOS answer as it came, keeping it as the source of later writes; a field
/// that cannot be read is named in [`Customer::unreadable`].
pub fn read(record: &Value) -> Customer {
    let Readable { value, unreadable, .. } = lenient::read_leniently::<DealposCustomer>(record);
    let mut customer = value.unwrap_or_default().to_customer();
    customer.source = Source::new(record.clone());
    customer.unreadable = unreadable;
    customer
}

/// A create or update body: the record as read, with the changes patched in, or the whole
/// customer for a new one. `ID` goes only where there is one. Request bodies spell
/// `Birthdate` as the vendor's create and update examples do (its answers say `BirthDate`).
pub fn write_body(customer: &Customer) -> Value {
    let after = rendered(customer);
    let body = match customer.source.record() {
        Some(source) => patch(&request_spelling(source.clone()), &rendered(&read(source)), &after),
        None => after,
    };
    match body {
        Value::Object(mut body) if customer.id.is_empty() => {
            body.shift_remove("ID");
            Value::Object(body)
        }
        body => body,
    }
}

fn rendered(customer: &Customer) -> Value {
    request_spelling(serde_json::to_value(DealposCustomer::from_customer(customer)).unwrap_or(Value::Null))
}

/// `BirthDate` renamed `Birthdate`, in its place.
fn request_spelling(record: Value) -> Value {
    match record {
        Value::Object(map) if !map.contains_key("Birthdate") => Value::Object(
            map.into_iter().map(|(key, value)| (if key == "BirthDate" { "Birthdate".to_owned() } else { key }, value)).collect(),
        ),
        other => other,
    }
}

/// The DealPOS field a domain (PORTOS) member is shown as; PORTOS-only members keep their
/// name.
pub fn dealpos_member(member: &str) -> &str {
    match member {
        "firstName" => "FirstName",
        "lastName" => "LastName",
        "externalId" => "Code",
        "email" => "Email",
        "phone" => "Mobile",
        "birthDate" => "BirthDate",
        "address.street" => "Address",
        other => other,
    }
}

/// The domain member a DealPOS field's error is about (the reverse of [`dealpos_member`]),
/// so the form can show it on its own field.
pub fn domain_member(field: &str) -> &str {
    match field {
        "FirstName" => "firstName",
        "LastName" | "Name" => "lastName",
        "Code" => "externalId",
        "Email" => "email",
        "Mobile" => "phone",
        "BirthDate" | "Birthdate" => "birthDate",
        "Address" => "address.street",
        other => other,
    }
}

/// Every broken rule of a customer about to be written through DealPOS, named by DealPOS
/// field: the domain rules (see `validation`) and the limits of the DealPOS-only fields.
pub fn validate_dealpos(customer: &Customer) -> Vec<ValidationError> {
    let mut errors: Vec<ValidationError> = validate_customer(customer)
        .into_iter()
        .map(|mut error| {
            if error.member_name == "lastName" && error.code.as_deref() == Some(constraint::REQUIRED) {
                let text = Text::new("form-error-dealpos-name-required");
                error = broken_rule("Name", text, error.code.as_deref());
            } else {
                error.member_name = dealpos_member(&error.member_name).to_string();
            }
            error
        })
        .collect();
    let data = customer.membership.clone().unwrap_or_default();
    let address_line = customer.address.as_ref().and_then(|a| a.street.clone());
    for (member, value, max) in [
        ("Address", &address_line, MAX_TEXT_LENGTH),
        ("Phone", &data.phone, MAX_TEXT_LENGTH),
        ("Group", &data.group, MAX_TEXT_LENGTH),
        ("ReferredBy", &data.referred_by, MAX_TEXT_LENGTH),
        ("SignUpOutlet", &data.sign_up_outlet, MAX_TEXT_LENGTH),
        ("ImageURL", &data.image_url, MAX_URL_LENGTH),
    ] {
        if value.as_deref().is_some_and(|v| v.chars().count() > max) && !errors.iter().any(|e| e.member_name == member) {
            errors.push(broken_rule(member, too_long(max), None));
        }
    }
    if !(data.loyalty_point >= 0.0 && data.loyalty_point.is_finite()) {
        errors.push(broken_rule("LoyaltyPoint", negative(), None));
    }
    errors
}
