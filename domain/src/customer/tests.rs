use super::*;

#[test]
fn status_follows_the_validity_window() {
    let now = "2025-06-01T00:00:00Z".parse().unwrap();
    let past = Some("2025-01-01T00:00:00Z".parse().unwrap());
    let future = Some("2026-01-01T00:00:00Z".parse().unwrap());
    assert_eq!(CustomerStatus::at(now, None, None), CustomerStatus::Valid);
    assert_eq!(CustomerStatus::at(now, past, future), CustomerStatus::Valid);
    assert_eq!(CustomerStatus::at(now, future, None), CustomerStatus::NotYetValid);
    assert_eq!(CustomerStatus::at(now, None, past), CustomerStatus::Expired);
}

#[test]
fn a_status_reads_in_english_and_in_slovak_translated_and_an_unknown_one_as_written() {
    let statuses = [CustomerStatus::Valid, CustomerStatus::NotYetValid, CustomerStatus::Expired];
    assert_eq!(statuses.map(|status| status.text().english()), ["Valid", "Not yet valid", "Expired"]);
    let slovak = crate::i18n::catalog(crate::i18n::Locale::Sk).render(&CustomerStatus::NotYetValid.text());
    assert_eq!(slovak, "Ešte neplatný");
    let unknown = CustomerStatus::parse("Blocked");
    assert_eq!(unknown, CustomerStatus::Other("Blocked".into()));
    assert_eq!((unknown.as_str(), unknown.text().english().as_str()), ("Blocked", "Blocked"));
    assert_eq!(CustomerStatus::parse("notyetvalid"), CustomerStatus::NotYetValid);
}

#[test]
fn a_new_customer_is_active_and_empty_and_a_new_card_active_and_physical() {
    let blank = Customer::default();
    assert!(blank.is_active);
    assert!(blank.id.is_empty() && blank.first_name.is_none() && blank.cards.is_empty());
    assert_eq!(blank.credit, Credit { amount: 0.0, currency_label: None });
    let card = Card::default();
    assert!(card.is_active && !card.is_virtual && card.is_usable());
    assert!(!Card { is_active: false, ..Card::default() }.is_usable());
}

#[test]
fn the_credit_history_is_newest_first_and_keeps_the_listed_order_on_ties() {
    let at = |text: &str| Some(text.parse().unwrap());
    let transaction = |id: &str, time| CreditTransaction { id: Some(id.into()), time, ..CreditTransaction::default() };
    let customer = Customer {
        credit_transactions: vec![
            transaction("a", at("2025-01-01T00:00:00Z")),
            transaction("undated", None),
            transaction("b", at("2025-03-01T00:00:00Z")),
            transaction("c", at("2025-03-01T00:00:00Z")),
        ],
        ..Customer::default()
    };
    let ids: Vec<String> = customer.credit_history().into_iter().filter_map(|t| t.id).collect();
    assert_eq!(ids, ["b", "c", "a", "undated"]);
}

#[test]
fn the_name_shown_is_the_full_name_or_the_parts_or_the_company() {
    let mut customer = Customer { first_name: Some(" Ana ".into()), last_name: Some("Novák".into()), ..Customer::default() };
    assert_eq!(customer.display_name(), "Ana Novák");
    customer.full_name = "Ing. Ana Nováková".into();
    assert_eq!(customer.display_name(), "Ing. Ana Nováková");
    let company = Customer { company: Some(Company { name: Some("Firma a.s.".into()), ..Company::default() }), ..Customer::default() };
    assert_eq!(company.display_name(), "Firma a.s.");
}

#[test]
fn a_credit_change_whose_fields_have_other_names_shows_as_it_came() {
    let customer = crate::portos::read(&serde_json::json!({
        "id": "c-1", "lastName": "Iná",
        "creditTransactions": [
            {"id": 1, "when": "2026-03-01 10:00", "delta": "+5", "after": "17.5"},
            {"id": 2, "createdAt": "2026-03-02T10:00:00Z", "change": -2.5},
            {}
        ]
    }));
    let shown: Vec<Option<String>> = customer.credit_transactions.iter().map(CreditTransaction::unrecognised).collect();
    assert_eq!(shown, [Some(r#"{"id":1,"when":"2026-03-01 10:00","delta":"+5","after":"17.5"}"#.to_owned()), None, None]);
}
