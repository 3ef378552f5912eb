//! Bulk actions on the selected customers: what each changes (one field of each
//! customer's own object, nothing else, so every update is a PUT of that object with its
//! own `_v` under the round-trip rule), which rights it needs, and the tally of a run.

use crate::customer::Customer;
use crate::i18n::Text;
use crate::session::Right;
use chrono::{DateTime, Utc};

/// How many requests a run keeps in flight: a few, not hundreds.
pub const IN_FLIGHT: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub enum BulkAction {
    Activate,
    Deactivate,
    /// Percent, 0 to 100.
    SetDiscountRate(f64),
    /// `None` clears the expiration.
    SetExpiration(Option<DateTime<Utc>>),
    Delete,
}

impl BulkAction {
    /// The rights a user needs for it (all of them).
    pub fn rights(&self) -> &'static [Right] {
        match self {
            BulkAction::Activate | BulkAction::Deactivate | BulkAction::SetExpiration(_) => &[Right::CustomerUpdate],
            BulkAction::SetDiscountRate(_) => &[Right::CustomerUpdate, Right::CustomerSetDiscount],
            BulkAction::Delete => &[Right::CustomerDelete],
        }
    }

    /// The customer as it should be stored after the action, or `None` when it already is
    /// (nothing to send). A delete changes nothing here.
    pub fn apply(&self, customer: &Customer) -> Option<Customer> {
        let mut changed = customer.clone();
        match self {
            BulkAction::Activate => changed.is_active = true,
            BulkAction::Deactivate => changed.is_active = false,
            BulkAction::SetDiscountRate(rate) => changed.discount_rate = *rate,
            BulkAction::SetExpiration(moment) => changed.expiration_time = *moment,
            BulkAction::Delete => return None,
        }
        (changed != *customer).then_some(changed)
    }

    /// The action that puts back what this one changed in `before` (the customer as it was
    /// read before the action): Undo runs it on the stored record, with its new `_v`, so a
    /// change someone made since is a conflict, never overwritten. A delete has none.
    pub fn undo_of(&self, before: &Customer) -> Option<BulkAction> {
        match self {
            BulkAction::Activate | BulkAction::Deactivate => {
                Some(if before.is_active { BulkAction::Activate } else { BulkAction::Deactivate })
            }
            BulkAction::SetDiscountRate(_) => Some(BulkAction::SetDiscountRate(before.discount_rate)),
            BulkAction::SetExpiration(_) => Some(BulkAction::SetExpiration(before.expiration_time)),
            BulkAction::Delete => None,
        }
    }

    /// "3 customers deactivated.": what a finished run says beside its Undo.
    pub fn done_text(&self) -> Text {
        Text::new(match self {
            BulkAction::Activate => "bulk-done-activate",
            BulkAction::Deactivate => "bulk-done-deactivate",
            BulkAction::SetDiscountRate(_) => "bulk-done-discount",
            BulkAction::SetExpiration(_) => "bulk-done-expiration",
            BulkAction::Delete => "bulk-deleted",
        })
    }

    /// The progress text's verb: "Deactivating 12 of 300…".
    pub fn progress_text(&self) -> Text {
        Text::new(match self {
            BulkAction::Activate => "bulk-activating",
            BulkAction::Deactivate => "bulk-deactivating",
            BulkAction::SetDiscountRate(_) => "bulk-setting-discount",
            BulkAction::SetExpiration(_) => "bulk-setting-expiration",
            BulkAction::Delete => "bulk-deleting",
        })
    }
}

/// What a run did. Nothing half-done is hidden: every customer is done, unchanged (it
/// already was as asked), failed (with the reason) or not reached (the run was cancelled).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    /// Each customer as stored after the action.
    pub done: Vec<Customer>,
    /// What Undo runs: each changed customer as stored now, and the action that puts its
    /// previous value back.
    pub undo: Vec<(Customer, BulkAction)>,
    pub unchanged: usize,
    /// Each failed customer as it was sent, and why it failed.
    pub failed: Vec<(Customer, Text)>,
    pub not_reached: usize,
}

impl Tally {
    pub fn handled(&self) -> usize {
        self.done.len() + self.unchanged + self.failed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer() -> Customer {
        crate::portos::read(&serde_json::json!({"id": "c-1", "lastName": "Nová", "isActive": true, "discountRate": 5,
            "meta": {"kept": true}, "x-unknown": 1, "_v": 3}))
    }

    #[test]
    fn an_action_changes_its_one_field_and_the_rest_goes_back_as_read() {
        let deactivated = BulkAction::Deactivate.apply(&customer()).unwrap();
        assert!(!deactivated.is_active);
        let mut expected = crate::portos::write(&customer());
        expected["isActive"] = serde_json::json!(false);
        assert_eq!(crate::portos::write(&deactivated), expected);
        assert_eq!(BulkAction::Activate.apply(&customer()), None, "already active: nothing to send");
        let discounted = BulkAction::SetDiscountRate(12.5).apply(&customer()).unwrap();
        assert_eq!((discounted.discount_rate, discounted.version), (12.5, 3));
        let when = "2027-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(BulkAction::SetExpiration(Some(when)).apply(&customer()).unwrap().expiration_time, Some(when));
        assert_eq!(BulkAction::Delete.apply(&customer()), None);
    }

    #[test]
    fn undo_puts_back_each_customers_own_previous_value() {
        let before = customer();
        assert_eq!(BulkAction::Deactivate.undo_of(&before), Some(BulkAction::Activate));
        assert_eq!(BulkAction::SetDiscountRate(40.0).undo_of(&before), Some(BulkAction::SetDiscountRate(5.0)));
        assert_eq!(
            BulkAction::SetExpiration(Some("2027-01-01T00:00:00Z".parse().unwrap())).undo_of(&before),
            Some(BulkAction::SetExpiration(None))
        );
        assert_eq!(BulkAction::Delete.undo_of(&before), None);
        // Undone on the stored record: its newer version goes with it, nothing else moves.
        let stored = Customer { version: 4, ..BulkAction::SetDiscountRate(40.0).apply(&before).unwrap() };
        let undone = BulkAction::SetDiscountRate(5.0).apply(&stored).unwrap();
        assert_eq!(undone, Customer { version: 4, ..before });
    }

    #[test]
    fn rights_per_action() {
        assert_eq!(BulkAction::Deactivate.rights(), [Right::CustomerUpdate]);
        assert_eq!(BulkAction::SetDiscountRate(1.0).rights(), [Right::CustomerUpdate, Right::CustomerSetDiscount]);
        assert_eq!(BulkAction::Delete.rights(), [Right::CustomerDelete]);
        let tally = Tally { unchanged: 2, not_reached: 5, ..Tally::default() };
        assert_eq!(tally.handled(), 2);
    }
}
