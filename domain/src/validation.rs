//! The rules a customer must satisfy before it is stored; the app runs the same rules
//! before sending a form, the server runs them on every write.

use crate::customer::Customer;
use crate::problem::{ValidationError, constraint};

/// Maximum length of free-text fields, in characters.
pub const MAX_TEXT_LENGTH: usize = 200;
pub const MAX_NOTE_LENGTH: usize = 2000;

/// Every broken rule, in field order; empty when the customer is valid.
pub fn validate_customer(customer: &Customer) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut fail = |member: &str, message: String, code: Option<&str>| {
        errors.push(ValidationError {
            member_name: member.to_string(),
            message,
            code: code.map(str::to_string),
        })
    };

    let has_person_name = [&customer.first_name, &customer.last_name]
        .into_iter()
        .any(|name| name.as_deref().is_some_and(|n| !n.trim().is_empty()));
    let has_company_name = customer
        .company
        .as_ref()
        .and_then(|c| c.name.as_deref())
        .is_some_and(|n| !n.trim().is_empty());
    if !has_person_name && !has_company_name {
        fail("lastName", "A first name, last name or company name is required.".into(), Some(constraint::REQUIRED));
    }
    if customer.is_company && !has_company_name {
        fail("company.name", "A company customer needs a company name.".into(), Some(constraint::REQUIRED));
    }
    let company_crn = customer.company.as_ref().and_then(|c| c.crn.clone());
    for (member, value, max) in [
        ("firstName", &customer.first_name, MAX_TEXT_LENGTH),
        ("lastName", &customer.last_name, MAX_TEXT_LENGTH),
        ("externalId", &customer.external_id, MAX_TEXT_LENGTH),
        ("phone", &customer.phone, MAX_TEXT_LENGTH),
        ("email", &customer.email, MAX_TEXT_LENGTH),
        ("note", &customer.note, MAX_NOTE_LENGTH),
        ("company.crn", &company_crn, MAX_TEXT_LENGTH),
    ] {
        if value.as_deref().is_some_and(|v| v.chars().count() > max) {
            fail(member, format!("Must be at most {max} characters."), None);
        }
    }
    if let Some(email) = customer.email.as_deref().filter(|e| !e.is_empty())
        && !is_valid_email(email)
    {
        fail("email", "Not a valid e-mail address.".into(), None);
    }
    if !(0.0..=100.0).contains(&customer.discount_rate) {
        fail("discountRate", "Must be between 0 and 100.".into(), None);
    }
    if !(customer.credit_rate >= 0.0 && customer.credit_rate.is_finite()) {
        fail("creditRate", "Must not be negative.".into(), None);
    }
    if !(customer.credit >= 0.0 && customer.credit.is_finite()) {
        fail("credit", "Must not be negative.".into(), None);
    }
    if let (Some(activation), Some(expiration)) = (customer.activation_time, customer.expiration_time)
        && activation >= expiration
    {
        fail("expirationTime", "Must be later than the activation time.".into(), None);
    }
    let mut seen = std::collections::HashSet::new();
    for (index, card) in customer.cards.iter().enumerate() {
        let member = format!("cards[{index}].serialNumber");
        if card.serial_number.trim().is_empty() {
            fail(&member, "A card needs a serial number.".into(), Some(constraint::REQUIRED));
        } else if !seen.insert(card.serial_number.as_str()) {
            fail(&member, "Card serial numbers must be unique.".into(), Some(constraint::UNIQUE));
        }
    }
    errors
}

/// A decimal as people type it: `12.5`, or `12,5` as Slovak and Czech keyboards give it.
pub fn parse_decimal(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A pragmatic check: one `@`, a non-empty local part, a dotted domain without spaces.
pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::{Card, Company};

    fn valid() -> Customer {
        serde_json::from_str(r#"{"firstName":"Jana","lastName":"Kováčová","email":"jana@example.sk"}"#).unwrap()
    }

    fn members(customer: &Customer) -> Vec<String> {
        validate_customer(customer).into_iter().map(|e| e.member_name).collect()
    }

    #[test]
    fn a_plain_customer_is_valid() {
        assert!(validate_customer(&valid()).is_empty());
    }

    #[test]
    fn emails() {
        for good in ["a@b.sk", "jana.k+x@mail.example.com"] {
            assert!(is_valid_email(good), "{good}");
        }
        for bad in ["", "a", "a@", "@b.sk", "a@b", "a@@b.sk", "a b@c.sk", "a@b..sk", "a@-b.sk"] {
            assert!(!is_valid_email(bad), "{bad}");
        }
        let mut c = valid();
        c.email = Some("nope".into());
        assert_eq!(members(&c), ["email"]);
    }

    #[test]
    fn rates_and_credit() {
        let mut c = valid();
        c.discount_rate = 100.5;
        c.credit_rate = -1.0;
        c.credit = f64::NAN;
        assert_eq!(members(&c), ["discountRate", "creditRate", "credit"]);
        c.discount_rate = 100.0;
        c.credit_rate = 0.0;
        c.credit = 0.0;
        assert!(members(&c).is_empty());
    }

    #[test]
    fn activation_before_expiration() {
        let mut c = valid();
        c.activation_time = Some("2025-01-02T00:00:00Z".parse().unwrap());
        c.expiration_time = Some("2025-01-01T00:00:00Z".parse().unwrap());
        assert_eq!(members(&c), ["expirationTime"]);
    }

    #[test]
    fn names_companies_and_cards() {
        let mut c = valid();
        c.first_name = None;
        c.last_name = Some(" ".into());
        assert_eq!(validate_customer(&c)[0].code.as_deref(), Some("Required"));
        c.company = Some(Company { name: Some("Firma a.s.".into()), ..Default::default() });
        c.is_company = true;
        assert!(members(&c).is_empty());
        c.company.as_mut().unwrap().crn = Some("1".repeat(MAX_TEXT_LENGTH + 1));
        assert_eq!(members(&c), ["company.crn"]);
        c.company.as_mut().unwrap().crn = Some("50123456".into());
        assert!(members(&c).is_empty());
        let blocked = Card { serial_number: "X".into(), is_blocked: true };
        c.cards = vec![Card { serial_number: "X".into(), ..Default::default() }, blocked];
        let errors = validate_customer(&c);
        assert_eq!(errors[0].member_name, "cards[1].serialNumber");
        assert_eq!(errors[0].code.as_deref(), Some("Unique"));
    }
}
