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

/// Which of `found` (answers to the vendor's queries, which may hold one customer twice)
/// share a strong key with `new`, each once, with the keys shared.
pub fn matching(new: &Customer, found: &[Customer]) -> Vec<(Customer, Vec<StrongKey>)> {
    let mut seen = std::collections::HashSet::new();
    found
        .iter()
        .filter(|candidate| seen.insert(candidate.id.as_str()))
        .filter_map(|candidate| {
            let shared = shared_keys(new, candidate);
            (!shared.is_empty()).then(|| (candidate.clone(), shared))
        })
        .collect()
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
/// with one of `news` (see the module's note on email and phone): the cards and the External
/// IDs of all of them in one `in:` query each, each VAT ID and name searched once, so an
/// import's batch of rows costs a request per distinct name rather than several per row.
pub fn portos_queries(news: &[Customer]) -> Vec<ListQuery> {
    let mut queries = Vec::new();
    let filtered = |parameter: &str, operation: Operation, values: usize| {
        let values = u32::try_from(values).unwrap_or(u32::MAX);
        let mut query = ListQuery::new(values.saturating_mul(2).clamp(50, 1000));
        query.set_filter(parameter, Some(encode_filter(&[operation])));
        query
    };
    let mut serials: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut searches: Vec<String> = Vec::new();
    let add = |list: &mut Vec<String>, value: &str| {
        let value = value.trim();
        if !value.is_empty() && !list.iter().any(|v| v == value) {
            list.push(value.to_owned());
        }
    };
    for new in news {
        for card in &new.cards {
            add(&mut serials, &card.serial_number);
        }
        add(&mut ids, new.external_id.as_deref().unwrap_or_default());
    }
    for new in news {
        add(&mut searches, new.company.as_ref().and_then(|c| c.vat_id.as_deref()).unwrap_or_default());
        let has_contact_keys = strong_keys(new).iter().any(|(key, _)| matches!(key, StrongKey::Email | StrongKey::Phone | StrongKey::Crn));
        if let (true, Some(name)) = (has_contact_keys, searched_name(new)) {
            add(&mut searches, name);
        }
    }
    if !serials.is_empty() {
        let count = serials.len();
        queries.push(filtered("CardSerialNumber", Operation::new(Operator::In, serials), count));
    }
    match ids.len() {
        0 => {}
        1 => queries.push(filtered("ExternalId", Operation::new(Operator::Eq, ids), 1)),
        count => queries.push(filtered("ExternalId", Operation::new(Operator::In, ids), count)),
    }
    queries.extend(searches.into_iter().map(|text| ListQuery { search: text, ..ListQuery::new(50) }));
    queries
}

/// The DealPOS list queries for `news`: each distinct name once, within which the list's
/// items are held to the keys (none for a customer without a name or a key to hold them to).
pub fn dealpos_queries(news: &[Customer]) -> Vec<ListQuery> {
    let mut queries: Vec<ListQuery> = Vec::new();
    for new in news.iter().filter(|new| !strong_keys(new).is_empty()) {
        if let Some(name) = searched_name(new).filter(|name| !queries.iter().any(|q| q.search == *name)) {
            queries.push(ListQuery { search: name.to_owned(), ..ListQuery::new(100) });
        }
    }
    queries
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
        let queries = portos_queries(std::slice::from_ref(&new));
        assert_eq!(queries.len(), 3);
        assert_eq!(queries[0].filter("CardSerialNumber"), Some("in:C-1"));
        assert_eq!(queries[1].filter("ExternalId"), Some("eq:X-9"));
        assert_eq!(queries[2].search, "Nováková", "the email is checked among those of the same name");
        assert!(portos_queries(&[Customer { last_name: Some("Nobody".into()), ..Customer::default() }]).is_empty());
    }

    #[test]
    fn many_customers_are_asked_for_together_each_name_once() {
        let carded = |serial: &str, email: &str| Customer {
            cards: vec![Card { serial_number: serial.into(), ..Card::default() }],
            ..customer(email, "")
        };
        let rows = [carded("C-1", "a@example.sk"), carded("C-2", "b@example.sk"), carded(" C-1 ", "")];
        let queries = portos_queries(&rows);
        assert_eq!(queries.len(), 2, "{queries:?}");
        assert_eq!(queries[0].filter("CardSerialNumber"), Some("in:C-1:C-2"));
        assert_eq!(queries[1].search, "Nováková");
        assert_eq!(dealpos_queries(&rows).len(), 1, "one name, one request");
    }

    #[test]
    fn dealpos_is_asked_once_by_name() {
        let queries = dealpos_queries(&[customer("jana@example.sk", "0900123456")]);
        assert_eq!(queries.iter().map(|q| (q.search.as_str(), q.page_size)).collect::<Vec<_>>(), [("Nováková", 100)]);
        assert_eq!(dealpos_queries(&[customer("", "")]), [], "no key to hold the answers to");
    }
}
