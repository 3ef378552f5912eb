//! Rows that would create a customer who already exists: a row that would create (it has
//! no ID, and no customer has its External ID) yet shares a strong key with an existing
//! customer (see [`crate::duplicates`]) is a possible duplicate. The user chooses for all
//! such rows at once, and for any row on its own: skip it, create it anyway, or write it
//! onto the customer it matches.

use super::plan::RowMatch;
use crate::customer::Customer;
use crate::duplicates::{StrongKey, matching};

/// What happens to the rows that match existing customers, unless a row says otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExistingRule {
    /// Not sent: never create the same customer twice.
    #[default]
    Skip,
    CreateAnyway,
    /// Written onto the customer it matches, when that is one customer (else skipped).
    UpdateMatch,
}

/// One row's own choice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RowChoice {
    #[default]
    AsForAll,
    Skip,
    CreateAnyway,
    /// Written onto this existing customer (its id).
    Update(String),
}

/// Whether a row found its customer this way may create one, so it is checked against
/// existing customers (a row with an ID only ever updates).
pub fn may_create(found_by: &RowMatch) -> bool {
    matches!(found_by, RowMatch::New | RowMatch::ExternalId(_))
}

/// The existing customers among `found` that `row` (as it would be created) shares a strong
/// key with; none when one of them has the row's External ID, since the row updates that one.
pub fn row_matches(row: &Customer, found: &[Customer]) -> Vec<(Customer, Vec<StrongKey>)> {
    let external_id = row.external_id.as_deref().map(str::trim).filter(|id| !id.is_empty());
    if external_id.is_some() && found.iter().any(|c| c.external_id.as_deref().map(str::trim) == external_id) {
        return Vec::new();
    }
    matching(row, found)
}

/// What the import sends for a row planned as `planned` that matched the existing customers
/// `matched` (their ids): `None` when it is skipped.
pub fn resolve(planned: RowMatch, matched: &[String], rule: ExistingRule, choice: &RowChoice) -> Option<RowMatch> {
    if matched.is_empty() {
        return Some(planned);
    }
    match (choice, rule) {
        (RowChoice::Skip, _) | (RowChoice::AsForAll, ExistingRule::Skip) => None,
        (RowChoice::CreateAnyway, _) | (RowChoice::AsForAll, ExistingRule::CreateAnyway) => Some(planned),
        (RowChoice::Update(id), _) => Some(RowMatch::Id(id.clone())),
        (RowChoice::AsForAll, ExistingRule::UpdateMatch) => match matched {
            [only] => Some(RowMatch::Id(only.clone())),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: &str, email: &str, external_id: Option<&str>) -> Customer {
        Customer { id: id.into(), email: Some(email.into()), external_id: external_id.map(Into::into), ..Customer::default() }
    }

    #[test]
    fn a_row_matches_those_it_would_not_update() {
        let found = [customer("1", "jana@example.sk", None), customer("2", "peter@example.sk", Some("P-1"))];
        let row = customer("", "Jana@Example.sk", None);
        assert_eq!(
            row_matches(&row, &found).iter().map(|(c, keys)| (c.id.as_str(), keys.clone())).collect::<Vec<_>>(),
            [("1", vec![StrongKey::Email])]
        );
        let updates_peter = customer("", "jana@example.sk", Some("P-1"));
        assert!(row_matches(&updates_peter, &found).is_empty(), "its External ID is Peter's: it updates him");
        let twice = [found[0].clone(), found[0].clone()];
        assert_eq!(row_matches(&row, &twice).len(), 1, "one customer found by two queries counts once");
    }

    #[test]
    fn the_rule_for_all_yields_to_a_row_choice() {
        let one = ["7".to_owned()];
        let both = ["7".to_owned(), "8".to_owned()];
        let new = || RowMatch::New;
        assert_eq!(resolve(new(), &[], ExistingRule::Skip, &RowChoice::AsForAll), Some(RowMatch::New), "no match: sent as planned");
        assert_eq!(resolve(new(), &one, ExistingRule::Skip, &RowChoice::AsForAll), None);
        assert_eq!(resolve(new(), &one, ExistingRule::CreateAnyway, &RowChoice::AsForAll), Some(RowMatch::New));
        assert_eq!(resolve(new(), &one, ExistingRule::UpdateMatch, &RowChoice::AsForAll), Some(RowMatch::Id("7".into())));
        assert_eq!(
            resolve(new(), &both, ExistingRule::UpdateMatch, &RowChoice::AsForAll),
            None,
            "which one is not for the import to guess"
        );
        assert_eq!(resolve(new(), &both, ExistingRule::Skip, &RowChoice::Update("8".into())), Some(RowMatch::Id("8".into())));
        assert_eq!(resolve(new(), &one, ExistingRule::Skip, &RowChoice::CreateAnyway), Some(RowMatch::New));
        assert_eq!(resolve(new(), &one, ExistingRule::CreateAnyway, &RowChoice::Skip), None);
    }

    #[test]
    fn rows_that_may_create_are_checked() {
        assert!(may_create(&RowMatch::New));
        assert!(may_create(&RowMatch::ExternalId("X".into())));
        assert!(!may_create(&RowMatch::Id("1".into())));
    }
}
