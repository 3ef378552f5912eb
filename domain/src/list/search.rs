//! What a clerk types into Search, turned into what the vendor can answer. PORTOS's
//! documented `Search` matches one field at a time (first name, last name, company name,
//! VAT ID, tax ID, note), so "Simona Balážová" finds nobody, and a card number or an
//! External ID is not among those fields at all. Here:
//! - several words: the most distinctive one (the longest) goes to the server, and the
//!   answers are narrowed here to those that match every word in some field;
//! - a single word with a digit in it is also looked up as a whole card serial
//!   (`CardSerialNumber=eq:`) and External ID (`ExternalId=eq:`); those customers come first.
//!
//! Totals stay honest: these searches are answered from up to [`LOCAL_LIMIT`] customers
//! fetched at once and paged here, and when the server has more, the total is not claimed.
//! DealPOS's `Name` matches the whole name, so it gets the text as typed, and its exact
//! lookup is a customer's Code.

use crate::config::Backend;
use crate::customer::Customer;
use crate::fold::fold;

/// The most customers one search fetches to narrow or merge them here.
pub const LOCAL_LIMIT: u32 = 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchPlan {
    /// Sent as the vendor's own search (PORTOS `Search`, DealPOS `Name`).
    pub server_text: String,
    /// Every word a customer must match (more than one: checked here).
    pub words: Vec<String>,
    /// Looked up whole as a card serial or External ID (a Code on DealPOS).
    pub exact: Option<String>,
}

impl SearchPlan {
    /// The search as the vendor takes it: one request, paged by the server.
    pub fn is_plain(&self) -> bool {
        self.words.len() < 2 && self.exact.is_none()
    }
}

/// The plan for `search`, `None` for an empty one.
pub fn plan(search: &str, backend: Backend) -> Option<SearchPlan> {
    let words: Vec<String> = search.split_whitespace().map(str::to_owned).collect();
    let single = (words.len() == 1).then(|| words[0].clone());
    let exact = single.filter(|word| word.chars().any(|c| c.is_ascii_digit()));
    match backend {
        Backend::Portos => {
            let longest = words.iter().max_by_key(|word| word.chars().count())?.clone();
            // max_by_key keeps the last of equals; the first reads as the user typed it.
            let server_text = words.iter().find(|w| w.chars().count() == longest.chars().count()).cloned().unwrap_or(longest);
            Some(SearchPlan { server_text, words: if words.len() > 1 { words } else { Vec::new() }, exact })
        }
        Backend::Dealpos => {
            let text = words.join(" ");
            (!text.is_empty()).then(|| SearchPlan { server_text: text, words: Vec::new(), exact })
        }
    }
}

/// Whether `customer` matches every word in one of the fields PORTOS searches (diacritics
/// and case aside), or in the name as a whole.
pub fn matches_every_word(customer: &Customer, words: &[String]) -> bool {
    let company = customer.company.as_ref();
    let fields: Vec<String> = [
        customer.first_name.as_deref(),
        customer.last_name.as_deref(),
        Some(customer.full_name.as_str()),
        company.and_then(|c| c.name.as_deref()),
        company.and_then(|c| c.vat_id.as_deref()),
        company.and_then(|c| c.tax_id.as_deref()),
        customer.note.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(fold)
    .collect();
    words.iter().map(|word| fold(word)).all(|word| fields.iter().any(|field| field.contains(&word)))
}

/// The exact matches first, then the others, each customer once.
pub fn merge(exact: Vec<Customer>, found: Vec<Customer>) -> Vec<Customer> {
    let mut merged: Vec<Customer> = Vec::with_capacity(exact.len() + found.len());
    for customer in exact.into_iter().chain(found) {
        if !merged.iter().any(|c| c.id == customer.id) {
            merged.push(customer);
        }
    }
    merged
}

/// What the search box says under itself about `search`: the vendor does not look in
/// emails and phone numbers, so a text that looks like one would find nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchHint {
    Email,
    Phone,
}

pub fn hint(search: &str, backend: Backend) -> Option<SearchHint> {
    let text = search.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let phone_like = digits >= 6 && text.chars().all(|c| c.is_ascii_digit() || " +-()/".contains(c)) && text.starts_with(['+', '0', '(']);
    match backend {
        Backend::Portos | Backend::Dealpos if text.contains('@') => Some(SearchHint::Email),
        Backend::Portos if phone_like => Some(SearchHint::Phone),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(first: &str, last: &str, note: Option<&str>) -> Customer {
        let mut customer =
            Customer { first_name: Some(first.into()), last_name: Some(last.into()), note: note.map(Into::into), ..Customer::default() };
        customer.full_name = format!("{first} {last}");
        customer.id = format!("{first}-{last}");
        customer
    }

    #[test]
    fn several_words_send_the_longest_and_check_every_word_here() {
        let plan = plan("  Simona   Balážová ", Backend::Portos).unwrap();
        assert_eq!(plan.server_text, "Balážová");
        assert_eq!(plan.words, ["Simona", "Balážová"]);
        assert_eq!(plan.exact, None);
        assert!(!plan.is_plain());
        assert!(matches_every_word(&customer("Simona", "Balážová", None), &plan.words));
        assert!(matches_every_word(&customer("simona", "BALAZOVA", None), &plan.words), "case and diacritics aside");
        assert!(!matches_every_word(&customer("Simona", "Nováková", Some("Balážová's friend")), &["Simona".into(), "Jana".into()]));
        assert!(matches_every_word(&customer("Simona", "Nováková", Some("sister of Balážová")), &plan.words), "a word may be in the note");
    }

    #[test]
    fn a_word_with_a_digit_is_also_looked_up_whole() {
        assert_eq!(plan("CARD-0042", Backend::Portos).unwrap().exact.as_deref(), Some("CARD-0042"));
        assert!(plan("Nováková", Backend::Portos).unwrap().is_plain());
        assert_eq!(plan("", Backend::Portos), None);
        let dealpos = plan("Adi Hidayat", Backend::Dealpos).unwrap();
        assert_eq!((dealpos.server_text.as_str(), dealpos.words.len()), ("Adi Hidayat", 0));
        assert!(dealpos.is_plain(), "DealPOS's Name matches the whole name");
    }

    #[test]
    fn exact_matches_come_first_and_nobody_twice() {
        let (a, b, c) = (customer("A", "A", None), customer("B", "B", None), customer("C", "C", None));
        let merged = merge(vec![b.clone()], vec![a.clone(), b.clone(), c.clone()]);
        assert_eq!(merged.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["B-B", "A-A", "C-C"]);
    }

    #[test]
    fn emails_and_phone_numbers_are_named_as_not_searched() {
        assert_eq!(hint("simona@example.sk", Backend::Portos), Some(SearchHint::Email));
        assert_eq!(hint("+421 900 123 456", Backend::Portos), Some(SearchHint::Phone));
        assert_eq!(hint("0900123456", Backend::Portos), Some(SearchHint::Phone));
        assert_eq!(hint("40012345", Backend::Portos), None, "a card number is searched");
        assert_eq!(hint("Balážová", Backend::Portos), None);
    }
}
