//! The rules a customer must satisfy before it is stored; the app runs the same rules
//! before sending a form, the server runs them on every write.

use crate::customer::Customer;
use crate::i18n::Text;
use crate::problem::{ValidationError, constraint};

/// Maximum length of free-text fields, in characters.
pub const MAX_TEXT_LENGTH: usize = 200;
pub const MAX_NOTE_LENGTH: usize = 2000;

/// A broken rule: the English message for the wire (the server's answer) and the same
/// message as a [`Text`], so the app can show its own errors in the user's language.
pub fn broken_rule(member: impl Into<String>, text: Text, code: Option<&str>) -> ValidationError {
    ValidationError { member_name: member.into(), message: text.english(), code: code.map(str::to_string), text: Some(text) }
}

/// "Must be at most {max} characters."
pub fn too_long(max: usize) -> Text {
    Text::new("form-error-too-long").with("max", max)
}

/// "Must not be negative."
pub fn negative() -> Text {
    Text::new("form-error-negative")
}

/// Every broken rule, in field order; empty when the customer is valid.
pub fn validate_customer(customer: &Customer) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut fail = |member: &str, text: Text, code: Option<&str>| errors.push(broken_rule(member, text, code));

    let has_person_name =
        [&customer.first_name, &customer.last_name].into_iter().any(|name| name.as_deref().is_some_and(|n| !n.trim().is_empty()));
    let has_company_name = customer.company.as_ref().and_then(|c| c.name.as_deref()).is_some_and(|n| !n.trim().is_empty());
    if !has_person_name && !has_company_name {
        fail("lastName", Text::new("form-error-name-required"), Some(constraint::REQUIRED));
    }
    if customer.is_company && !has_company_name {
        fail("company.name", Text::new("form-error-company-name-required"), Some(constraint::REQUIRED));
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
            fail(member, too_long(max), None);
        }
    }
    if let Some(email) = customer.email.as_deref().filter(|e| !e.is_empty())
        && !is_valid_email(email)
    {
        fail("email", Text::new("form-error-email"), None);
    }
    if !(0.0..=100.0).contains(&customer.discount_rate) {
        fail("discountRate", Text::new("form-error-discount-range"), None);
    }
    if !(customer.credit_rate >= 0.0 && customer.credit_rate.is_finite()) {
        fail("creditRate", negative(), None);
    }
    if !(customer.credit.amount >= 0.0 && customer.credit.amount.is_finite()) {
        fail("credit.amount", negative(), None);
    }
    if let (Some(activation), Some(expiration)) = (customer.activation_time, customer.expiration_time)
        && activation >= expiration
    {
        fail("expirationTime", Text::new("form-error-expiration-order"), None);
    }
    let mut seen = std::collections::HashSet::new();
    for (index, card) in customer.cards.iter().enumerate() {
        let member = format!("cards[{index}].serialNumber");
        if card.serial_number.trim().is_empty() {
            fail(&member, Text::new("form-error-card-required"), Some(constraint::REQUIRED));
        } else if !seen.insert(card.serial_number.as_str()) {
            fail(&member, Text::new("form-error-card-unique"), Some(constraint::UNIQUE));
        }
        if let (Some(activation), Some(expiration)) = (card.activation_time, card.expiration_time)
            && activation >= expiration
        {
            fail(&format!("cards[{index}].expirationTime"), Text::new("form-error-expiration-order"), None);
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
        crate::portos::read(&serde_json::json!({"firstName": "Jana", "lastName": "Kováčová", "email": "jana@example.sk"}))
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
        c.credit.amount = f64::NAN;
        assert_eq!(members(&c), ["discountRate", "creditRate", "credit.amount"]);
        c.discount_rate = 100.0;
        c.credit_rate = 0.0;
        c.credit.amount = 0.0;
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
        let inactive = Card { serial_number: "X".into(), is_active: false, ..Default::default() };
        c.cards = vec![Card { serial_number: "X".into(), ..Default::default() }, inactive];
        let errors = validate_customer(&c);
        assert_eq!(errors[0].member_name, "cards[1].serialNumber");
        assert_eq!(errors[0].code.as_deref(), Some("Unique"));
        c.cards[1].serial_number = "Y".into();
        c.cards[1].activation_time = Some("2025-01-02T00:00:00Z".parse().unwrap());
        c.cards[1].expiration_time = Some("2025-01-01T00:00:00Z".parse().unwrap());
        assert_eq!(members(&c), ["cards[1].expirationTime"]);
    }

    #[test]
    fn the_wire_message_stays_english_and_the_app_gets_the_same_text_to_translate() {
        let mut c = valid();
        c.note = Some("x".repeat(MAX_NOTE_LENGTH + 1));
        c.email = Some("nope".into());
        c.credit_rate = -1.0;
        let errors = validate_customer(&c);
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages, ["Must be at most 2000 characters.", "Not a valid e-mail address.", "Must not be negative."]);
        for error in &errors {
            let text = error.text.as_ref().expect("the rules fill the text");
            assert_eq!(text.english(), error.message);
        }
        let note = errors.iter().find(|e| e.member_name == "note").unwrap();
        assert_eq!(note.message, "Must be at most 2000 characters.");
        let slovak = crate::i18n::catalog(crate::i18n::Locale::Sk).render(note.text.as_ref().unwrap());
        assert_eq!(slovak, "Najviac 2000 znakov.");
        let json = serde_json::to_string(note).unwrap();
        assert!(!json.contains("text"), "{json}");
    }
}
