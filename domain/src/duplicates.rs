//! Never the same customer twice: the strong keys that make two records one person (email,
//! phone, a card, the External ID, the company's CRN or VAT ID), which of them an existing
//! customer shares with one about to be created, and how each vendor is asked for the
//! customers that might.
//!
//! PORTOS's documented list has no email or phone filter, so it is asked for the cards
//! (`CardSerialNumber=in:`), the External ID (`ExternalId=eq:`), and through `Search` (first
//! and last name, company name, VAT ID) for the VAT ID and the name; every candidate is
//! then held to the keys here. DealPOS is asked once, its list by the name (which it
//! matches within the whole name; its list items carry Email, Mobile and Code): its
//! requests are counted, and its Detail answers an unknown key with 404, which a browser
//! logs as an error.

use crate::customer::Customer;
use crate::i18n::Text;
use crate::list::query::ListQuery;
use crate::ndata::{Operation, Operator, encode_filter};

/// A property that names one person (or one company) only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrongKey {
    Email,
    Phone,
    Card,
    ExternalId,
    Crn,
    VatId,
}

impl StrongKey {
    /// Its name as the form labels it.
    pub fn label(self) -> Text {
        Text::new(match self {
            StrongKey::Email => "form-email",
            StrongKey::Phone => "form-phone",
            StrongKey::Card => "form-cards",
            StrongKey::ExternalId => "form-external-id",
            StrongKey::Crn => "form-crn",
            StrongKey::VatId => "form-vat-id",
        })
    }
}

/// The customer's strong keys, each in the form two spellings of it share: emails in lower
/// case, phones as their digits (with a leading `+` kept), others trimmed and upper case.
pub fn strong_keys(customer: &Customer) -> Vec<(StrongKey, String)> {
    let text = |value: &Option<String>| value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
    let mut keys = Vec::new();
    if let Some(email) = text(&customer.email) {
        keys.push((StrongKey::Email, email.to_lowercase()));
    }
    if let Some(phone) = text(&customer.phone).map(|phone| phone_digits(&phone)).filter(|digits| digits.len() >= 6) {
        keys.push((StrongKey::Phone, phone));
    }
    for card in &customer.cards {
        if !card.serial_number.trim().is_empty() {
            keys.push((StrongKey::Card, card.serial_number.trim().to_uppercase()));
        }
    }
    if let Some(id) = text(&customer.external_id) {
        keys.push((StrongKey::ExternalId, id.to_uppercase()));
    }
    if let Some(company) = &customer.company {
        if let Some(crn) = text(&company.crn) {
            keys.push((StrongKey::Crn, crn.replace(' ', "").to_uppercase()));
        }
        if let Some(vat) = text(&company.vat_id) {
            keys.push((StrongKey::VatId, vat.replace(' ', "").to_uppercase()));
        }
    }
    keys
}

fn phone_digits(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if phone.trim_start().starts_with('+') { format!("+{digits}") } else { digits }
}

/// The strong keys `existing` shares with `new` (none: not a duplicate), each once.
pub fn shared_keys(new: &Customer, existing: &Customer) -> Vec<StrongKey> {
    if !new.id.is_empty() && new.id == existing.id {
        return Vec::new();
    }
    let theirs = strong_keys(existing);
    let mut shared = Vec::new();
    for (key, value) in strong_keys(new) {
        if !shared.contains(&key) && theirs.iter().any(|(k, v)| *k == key && same_value(key, v, &value)) {
            shared.push(key);
        }
    }
    shared
}

/// Phones match when one is the other with a country code in front (`0900…`, `+421900…`).
fn same_value(key: StrongKey, a: &str, b: &str) -> bool {
    match key {
        StrongKey::Phone => {
            let (a, b) = (a.trim_start_matches('+').trim_start_matches('0'), b.trim_start_matches('+').trim_start_matches('0'));
            a == b || (a.len().min(b.len()) >= 8 && (a.ends_with(b) || b.ends_with(a)))
        }
        _ => a == b,
    }
}

/// The PORTOS list queries whose answers hold every customer that could share a strong key
/// with `new` (see the module's note on email and phone).
pub fn portos_queries(new: &Customer) -> Vec<ListQuery> {
    let mut queries = Vec::new();
    let filtered = |parameter: &str, operation: Operation| {
        let mut query = ListQuery::new(50);
        query.set_filter(parameter, Some(encode_filter(&[operation])));
        query
    };
    let serials: Vec<String> = new.cards.iter().map(|c| c.serial_number.trim().to_owned()).filter(|s| !s.is_empty()).collect();
    if !serials.is_empty() {
        queries.push(filtered("CardSerialNumber", Operation::new(Operator::In, serials)));
    }
    if let Some(id) = new.external_id.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
        queries.push(filtered("ExternalId", Operation::new(Operator::Eq, [id])));
    }
    let searched = |text: &str| ListQuery { search: text.to_owned(), ..ListQuery::new(50) };
    if let Some(vat) = new.company.as_ref().and_then(|c| c.vat_id.as_deref()).map(str::trim).filter(|v| !v.is_empty()) {
        queries.push(searched(vat));
    }
    let has_contact_keys = strong_keys(new).iter().any(|(key, _)| matches!(key, StrongKey::Email | StrongKey::Phone | StrongKey::Crn));
    if let (true, Some(name)) = (has_contact_keys, searched_name(new)) {
        queries.push(searched(name));
    }
    queries
}

/// The one DealPOS list query for `new`: its name, within which the list's items are held
/// to the keys (`None` without a name or a key to hold them to).
pub fn dealpos_query(new: &Customer) -> Option<ListQuery> {
    let name = searched_name(new)?;
    (!strong_keys(new).is_empty()).then(|| ListQuery { search: name.to_owned(), ..ListQuery::new(100) })
}

/// The name a vendor's search is asked for: the last name, else the company's, else the first.
fn searched_name(new: &Customer) -> Option<&str> {
    new.last_name
        .as_deref()
        .or(new.company.as_ref().and_then(|c| c.name.as_deref()))
        .or(new.first_name.as_deref())
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::{Card, Company};

    fn customer(email: &str, phone: &str) -> Customer {
        Customer {
            email: Some(email.into()).filter(|e: &String| !e.is_empty()),
            phone: Some(phone.into()).filter(|p: &String| !p.is_empty()),
            last_name: Some("Nováková".into()),
            ..Customer::default()
        }
    }

    #[test]
    fn shared_keys_match_as_people_write_them() {
        let new = customer("Jana.Novakova@Example.sk", "+421 900 123 456");
        let existing = Customer { id: "7".into(), ..customer("jana.novakova@example.sk ", "0900123456") };
        assert_eq!(shared_keys(&new, &existing), vec![StrongKey::Email, StrongKey::Phone]);
        assert!(shared_keys(&new, &Customer { id: "8".into(), ..customer("other@example.sk", "0911000000") }).is_empty());
        let carded = |serial: &str| Customer {
            id: "9".into(),
            cards: vec![Card { serial_number: serial.into(), ..Card::default() }],
            ..Customer::default()
        };
        assert_eq!(shared_keys(&Customer { id: String::new(), ..carded(" card-1 ") }, &carded("CARD-1")), vec![StrongKey::Card]);
        let company = |crn: &str| Customer {
            id: "10".into(),
            company: Some(Company { crn: Some(crn.into()), ..Company::default() }),
            ..Customer::default()
        };
        assert_eq!(shared_keys(&Customer { id: String::new(), ..company("123 456 78") }, &company("12345678")), vec![StrongKey::Crn]);
    }

    #[test]
    fn a_customer_is_not_its_own_duplicate_and_names_alone_do_not_count() {
        let one = Customer { id: "1".into(), ..customer("a@b.sk", "") };
        assert!(shared_keys(&one, &one).is_empty());
        assert!(shared_keys(&customer("", ""), &Customer { id: "2".into(), ..customer("", "") }).is_empty());
    }

    #[test]
    fn portos_is_asked_through_documented_filters_and_search() {
        let mut new = customer("jana@example.sk", "");
        new.cards = vec![Card { serial_number: "C-1".into(), ..Card::default() }];
        new.external_id = Some("X-9".into());
        let queries = portos_queries(&new);
        assert_eq!(queries.len(), 3);
        assert_eq!(queries[0].filter("CardSerialNumber"), Some("in:C-1"));
        assert_eq!(queries[1].filter("ExternalId"), Some("eq:X-9"));
        assert_eq!(queries[2].search, "Nováková", "the email is checked among those of the same name");
        assert!(portos_queries(&Customer { last_name: Some("Nobody".into()), ..Customer::default() }).is_empty());
    }

    #[test]
    fn dealpos_is_asked_once_by_name() {
        let query = dealpos_query(&customer("jana@example.sk", "0900123456")).unwrap();
        assert_eq!((query.search.as_str(), query.page_size), ("Nováková", 100));
        assert_eq!(dealpos_query(&customer("", "")), None, "no key to hold the answers to");
    }
}
