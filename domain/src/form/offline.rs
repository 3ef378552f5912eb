//! What an edit saved without a network may change. Such an edit waits in the session and is
//! sent when the network is back, perhaps much later; so only contact details may wait: the
//! names, email, phone, the addresses, the note, and whether each card is active. Money (the
//! discount and credit rates), validity, identity (External ID, birth date, company) and the
//! cards themselves need the network, so nothing about them is ever replayed late.

use super::merge::{Part, changed_parts};
use super::{CustomerForm, Field};

/// The parts of `after` (edited from `before`) that may not wait to be sent; empty when the
/// edit may be saved offline.
pub fn needs_network(before: &CustomerForm, after: &CustomerForm) -> Vec<Part> {
    changed_parts(before, after).into_iter().filter(|part| !may_wait(*part, before, after)).collect()
}

fn may_wait(part: Part, before: &CustomerForm, after: &CustomerForm) -> bool {
    match part {
        Part::Text(field) => matches!(
            field,
            Field::FirstName
                | Field::LastName
                | Field::Email
                | Field::Phone
                | Field::Note
                | Field::Street
                | Field::City
                | Field::PostalCode
                | Field::Country
                | Field::DeliveryStreet
                | Field::DeliveryCity
                | Field::DeliveryPostalCode
                | Field::DeliveryCountry
        ),
        // The same cards, only switched on or off.
        Part::Cards => {
            before.cards.len() == after.cards.len()
                && before.cards.iter().zip(&after.cards).all(|(a, b)| {
                    let mut b = b.clone();
                    b.is_active = a.is_active;
                    *a == b
                })
        }
        Part::Active | Part::Company => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::{Card, Customer};

    fn read() -> CustomerForm {
        let customer = Customer {
            first_name: Some("Jana".into()),
            discount_rate: 5.0,
            cards: vec![Card { serial_number: "C-1".into(), is_active: true, ..Card::default() }],
            ..Customer::default()
        };
        CustomerForm::from_customer(&customer, 0)
    }

    #[test]
    fn contact_details_and_card_activity_may_wait() {
        let before = read();
        let mut after = before.clone();
        after.set(Field::Email, "jana@example.sk".into());
        after.set(Field::Note, "Called back".into());
        after.set(Field::City, "Nitra".into());
        after.cards[0].is_active = false;
        assert_eq!(needs_network(&before, &after), []);
    }

    #[test]
    fn money_validity_identity_and_cards_need_the_network() {
        let before = read();
        let mut after = before.clone();
        after.set(Field::DiscountRate, "10".into());
        after.set(Field::Email, "jana@example.sk".into());
        assert_eq!(needs_network(&before, &after), [Part::Text(Field::DiscountRate)]);
        let mut after = before.clone();
        after.cards[0].serial_number = "C-2".into();
        after.is_active = false;
        assert_eq!(needs_network(&before, &after), [Part::Active, Part::Cards]);
    }
}
