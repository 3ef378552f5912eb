//! A customer's personal data on request (GDPR): the record to hand them, as the server
//! sent it and as readable text, and the anonymized customer that erases them from it
//! while the shop keeps what it must (the id, the credit and its history, the cards).

use super::Customer;
use crate::customer::property::Property;
use crate::i18n::Catalog;
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// Words in a metadata key that make its value personal (compared in lower case).
const PERSONAL_KEY_WORDS: [&str; 13] =
    ["name", "mail", "phone", "mobile", "birth", "address", "street", "city", "zip", "postal", "gender", "note", "contact"];

/// The customer with every personal field blanked, ready for one whole-record PUT (the
/// write keeps what is not blanked, unknown fields included). `name` is what the names
/// become, in the language of the user who does it.
pub fn anonymized(customer: &Customer, name: &str) -> Customer {
    let mut anonymous = customer.clone();
    anonymous.first_name = None;
    anonymous.last_name = Some(name.to_owned());
    anonymous.full_name = name.to_owned();
    anonymous.gender = None;
    anonymous.birth_date = None;
    anonymous.email = None;
    anonymous.phone = None;
    anonymous.is_company = false;
    anonymous.company = None;
    anonymous.address = None;
    anonymous.delivery_address = None;
    anonymous.note = None;
    anonymous.meta = customer.meta.as_ref().map(without_personal_keys);
    // A card is the shop's object: it stays, with its serial, but can no longer be used.
    for card in &mut anonymous.cards {
        card.is_active = false;
    }
    if let Some(membership) = &mut anonymous.membership {
        membership.phone = None;
        membership.image_url = None;
        membership.referred_by = None;
    }
    anonymous
}

fn without_personal_keys(meta: &Value) -> Value {
    match meta {
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .filter(|(key, _)| {
                    let key = key.to_lowercase();
                    !PERSONAL_KEY_WORDS.iter().any(|word| key.contains(word))
                })
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `customer-<id>-<day>.<extension>`, with only the id's letters, digits, `-` and `_`.
pub fn file_name(id: &str, day: NaiveDate, extension: &str) -> String {
    let id: String = id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    format!("customer-{id}-{day}.{extension}")
}

/// The record exactly as the server sent it, indented for reading.
pub fn record_json(record: &Value) -> String {
    serde_json::to_string_pretty(record).unwrap_or_else(|_| record.to_string())
}

/// The record as readable text: a title, then every member of the record under its
/// heading in the user's language (a member the app has no name for keeps its own),
/// nested members indented, list items numbered. Nothing of the record is left out.
pub fn readable_text(record: &Value, customer_name: &str, day: NaiveDate, messages: &Catalog) -> String {
    let mut text = format!("{}\n{}\n{}\n\n", messages.text("customer-data-title"), customer_name, day);
    match record {
        Value::Object(fields) => write_fields(&mut text, fields, 0, messages),
        other => write_value(&mut text, other, 0, messages),
    }
    text
}

fn write_fields(text: &mut String, fields: &Map<String, Value>, depth: usize, messages: &Catalog) {
    for (key, value) in fields {
        let indent = "  ".repeat(depth);
        let heading = heading(key, messages);
        match value {
            Value::Object(_) | Value::Array(_) => {
                text.push_str(&format!("{indent}{heading}:\n"));
                write_value(text, value, depth + 1, messages);
            }
            scalar => text.push_str(&format!("{indent}{heading}: {}\n", scalar_text(scalar))),
        }
    }
}

fn write_value(text: &mut String, value: &Value, depth: usize, messages: &Catalog) {
    let indent = "  ".repeat(depth);
    match value {
        Value::Object(fields) if fields.is_empty() => text.push_str(&format!("{indent}-\n")),
        Value::Object(fields) => write_fields(text, fields, depth, messages),
        Value::Array(items) if items.is_empty() => text.push_str(&format!("{indent}-\n")),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                text.push_str(&format!("{indent}{}.\n", index + 1));
                write_value(text, item, depth + 1, messages);
            }
        }
        scalar => text.push_str(&format!("{indent}{}\n", scalar_text(scalar))),
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::Null => "-".to_owned(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The translated heading of a record's member: a property's label where the member is
/// one (PORTOS and DealPOS spellings, any case), the sections' names, else the key itself.
fn heading(key: &str, messages: &Catalog) -> String {
    let lower = key.to_lowercase();
    let property = Property::ALL.into_iter().find(|property| {
        let member = property.describe().member;
        let last = member.rsplit('.').next().unwrap_or(member);
        last.to_lowercase() == lower
    });
    let section = match lower.as_str() {
        "company" => Some("form-company"),
        "address" => Some("form-address"),
        "deliveryaddress" => Some("form-delivery-address"),
        "credit" => Some("customer-credit"),
        "credittransactions" => Some("customer-credit-history"),
        "mobile" => Some("form-phone"),
        "code" => Some("customer-code"),
        "_v" | "version" => Some("customer-version"),
        _ => None,
    };
    match (section, property) {
        (Some(id), _) => messages.text(id),
        (None, Some(property)) => messages.text(property.describe().label),
        (None, None) => key.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, catalog};
    use crate::portos::mapping::read;

    /// The vendor's documented customer (vendor-examples/portos/customer.json).
    const DOCUMENTED_CUSTOMER: &str = include_str!("../../../vendor-examples/portos/customer.json");

    fn documented() -> (Customer, Value) {
        let record: Value = serde_json::from_str(DOCUMENTED_CUSTOMER).unwrap();
        (read(&record), record)
    }

    #[test]
    fn anonymizing_blanks_the_person_and_keeps_the_shops_records() {
        let (mut customer, _) = documented();
        customer.meta = Some(serde_json::json!({"loyaltyTier": "gold", "contactEmail": "a@b.sk", "PhoneHome": "+421"}));
        customer.email = Some("simona@example.sk".into());
        let anonymous = anonymized(&customer, "Anonymized customer");
        assert_eq!(anonymous.display_name(), "Anonymized customer");
        assert_eq!((anonymous.email.clone(), anonymous.phone.clone(), anonymous.birth_date), (None, None, None));
        assert_eq!((anonymous.address.clone(), anonymous.company.clone(), anonymous.note.clone()), (None, None, None));
        assert_eq!(anonymous.meta, Some(serde_json::json!({"loyaltyTier": "gold"})));
        assert_eq!(anonymous.id, customer.id);
        assert_eq!(anonymous.credit, customer.credit);
        assert_eq!(anonymous.credit_transactions, customer.credit_transactions);
        assert_eq!(anonymous.version, customer.version, "the write is checked against the version read");
        assert_eq!(anonymous.cards.len(), customer.cards.len());
        for (card, before) in anonymous.cards.iter().zip(&customer.cards) {
            assert!(!card.is_active);
            assert_eq!(card.serial_number, before.serial_number);
        }
        assert!(crate::customer::validation::validate_customer(&anonymous).is_empty(), "the server accepts it");
    }

    #[test]
    fn the_readable_text_has_every_member_of_the_record_under_translated_headings() {
        let (_, record) = documented();
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let english = readable_text(&record, "Simona", day, catalog(Locale::En));
        assert!(english.starts_with("Customer data\nSimona\n2026-12-06\n"));
        assert!(english.contains("\nFirst name: "), "{english}");
        assert!(english.contains("\nCredit history:\n"), "{english}");
        let slovak = readable_text(&record, "Simona", day, catalog(Locale::Sk));
        assert!(slovak.contains("\nMeno: "), "{slovak}");
        // Every scalar of the record is in the text.
        fn scalars(value: &Value, out: &mut Vec<String>) {
            match value {
                Value::Object(fields) => fields.values().for_each(|v| scalars(v, out)),
                Value::Array(items) => items.iter().for_each(|v| scalars(v, out)),
                other => out.push(scalar_text(other)),
            }
        }
        let mut all = Vec::new();
        scalars(&record, &mut all);
        for scalar in all {
            assert!(english.contains(&scalar), "{scalar} is missing");
        }
    }

    #[test]
    fn file_names_carry_the_id_and_the_day_and_nothing_else() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert_eq!(file_name("42", day, "json"), "customer-42-2026-12-06.json");
        assert_eq!(file_name("../a b", day, "txt"), "customer-ab-2026-12-06.txt");
    }
}
