//! Drafts: a form's unsaved typing, kept by the app in the tab's sessionStorage while the
//! form has changes, so a reload or a crashed tab loses nothing. A draft holds the form as
//! it was when editing began and as typed, and the `_v` it began from; restoring it onto
//! a customer someone changed meanwhile puts the user's changes over theirs, field by field
//! and card by card, and names the fields both changed. Fields are kept by id and cards by
//! identity, never by position, so a draft is never written over another field or card.

use crate::customer::{Card, Customer};
use crate::form::{CardForm, CustomerForm, Field, changed_fields};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every draft's storage key starts so, so sign-out can remove them all.
pub const KEY_PREFIX: &str = "customer-desk.draft.";

/// The storage key of the draft of `user`'s form for `customer` (`None`: a new customer).
pub fn key(user: &str, customer: Option<&str>) -> String {
    format!("{KEY_PREFIX}{user}.{}", customer.unwrap_or("new"))
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// When it was written, in milliseconds since 1970 (`Date.now()`).
    pub saved_at: f64,
    /// The `_v` of the customer the form began from; `None` for a new customer.
    pub version: Option<i64>,
    pub started_from: FormData,
    pub typed: FormData,
}

/// A form as stored: its texts by field id, its boxes and its cards.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FormData {
    /// Texts by field id (`first-name`), so a draft outlives a change of the form's fields.
    pub fields: BTreeMap<String, String>,
    /// Texts in [`Field::ALL`] order, as drafts written before `fields` have them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<String>,
    pub is_active: bool,
    pub is_company: bool,
    pub cards: Vec<CardData>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CardData {
    pub serial_number: String,
    pub is_active: bool,
    pub is_virtual: bool,
    pub activation_time: String,
    pub expiration_time: String,
    pub note: String,
    /// Which of the customer's cards this one was read as (`None`: added in the form).
    pub read_as: Option<CardIdentity>,
}

/// A card of the customer, known by what stays when the record changes: its `externalId`
/// where it has one, else its serial number as read (never its position in the list).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CardIdentity {
    pub external_id: Option<String>,
    pub serial_number: String,
}

impl CardIdentity {
    pub fn of(card: &Card) -> Self {
        Self { external_id: card.external_id.clone().filter(|id| !id.is_empty()), serial_number: card.serial_number.clone() }
    }

    /// The customer's card with this identity, if it still has it.
    pub fn find<'a>(&self, cards: &'a [Card]) -> Option<&'a Card> {
        cards.iter().find(|card| match &self.external_id {
            Some(id) => card.external_id.as_deref() == Some(id.as_str()),
            None => card.serial_number == self.serial_number,
        })
    }
}

impl FormData {
    pub fn of(form: &CustomerForm) -> Self {
        Self {
            fields: Field::ALL.iter().map(|field| (field.id().to_owned(), form.get(*field).to_owned())).collect(),
            texts: Vec::new(),
            is_active: form.is_active,
            is_company: form.is_company,
            cards: form.cards.iter().map(CardData::of).collect(),
        }
    }

    /// The form again, its cards tied to `base`'s by identity (a field an older draft lacks
    /// is empty; a card `base` no longer has is as if added in the form).
    pub fn form(&self, base: &Customer) -> CustomerForm {
        let mut form = CustomerForm { is_active: self.is_active, is_company: self.is_company, ..CustomerForm::default() };
        for (field, text) in Field::ALL.iter().zip(&self.texts) {
            form.set(*field, text.clone());
        }
        for field in Field::ALL {
            if let Some(text) = self.fields.get(field.id()) {
                form.set(field, text.clone());
            }
        }
        form.cards = self.cards.iter().map(|card| card.form(base)).collect();
        form
    }
}

impl CardData {
    fn of(card: &CardForm) -> Self {
        Self {
            serial_number: card.serial_number.clone(),
            is_active: card.is_active,
            is_virtual: card.is_virtual,
            activation_time: card.activation_time.clone(),
            expiration_time: card.expiration_time.clone(),
            note: card.note.clone(),
            read_as: card.read.as_ref().map(CardIdentity::of),
        }
    }

    /// The card as typed, tied to `base`'s card of the same identity.
    fn form(&self, base: &Customer) -> CardForm {
        CardForm {
            serial_number: self.serial_number.clone(),
            is_active: self.is_active,
            is_virtual: self.is_virtual,
            activation_time: self.activation_time.clone(),
            expiration_time: self.expiration_time.clone(),
            note: self.note.clone(),
            read: self.read_as.as_ref().and_then(|identity| identity.find(&base.cards)).cloned(),
        }
    }
}

/// What restoring a draft onto the customer as it is `now` gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub form: CustomerForm,
    /// Someone saved the customer after the draft began.
    pub changed_since: bool,
    /// The fields both the draft and that save changed (the draft's value is kept).
    pub both_changed: Vec<Text>,
}

impl Draft {
    pub fn new(saved_at: f64, base: &Customer, is_new: bool, started_from: &CustomerForm, typed: &CustomerForm) -> Self {
        Self { saved_at, version: (!is_new).then_some(base.version), started_from: FormData::of(started_from), typed: FormData::of(typed) }
    }

    /// The draft's typing, over the customer as it is now: where the draft did not change a
    /// field (of the customer or of one of its cards), the field shows what is stored now.
    pub fn restore(&self, now: &Customer, zone: impl Into<crate::calendar::Zone>) -> Restored {
        let zone = zone.into();
        let typed = self.typed.form(now);
        if self.version.is_none_or(|version| version == now.version) {
            return Restored { form: typed, changed_since: false, both_changed: Vec::new() };
        }
        let started = self.started_from.form(now);
        let theirs = CustomerForm::from_customer(now, zone);
        let mut form = theirs.clone();
        for field in Field::ALL {
            if typed.get(field) != started.get(field) {
                form.set(field, typed.get(field).to_owned());
            }
        }
        if typed.is_active != started.is_active {
            form.is_active = typed.is_active;
        }
        if typed.is_company != started.is_company {
            form.is_company = typed.is_company;
        }
        form.cards = self.merged_cards(now, zone, &theirs);
        let theirs_changed = changed_fields(&started, &theirs);
        let both_changed = changed_fields(&started, &typed).into_iter().filter(|field| theirs_changed.contains(field)).collect();
        Restored { form, changed_since: true, both_changed }
    }

    /// The cards after a restore over a changed customer, each matched by identity: a card
    /// the user edited shows their edits over what is stored now; one they removed stays
    /// removed; one they added is added; one someone else added meanwhile is kept.
    fn merged_cards(&self, now: &Customer, zone: crate::calendar::Zone, theirs: &CustomerForm) -> Vec<CardForm> {
        let mut cards = Vec::new();
        for typed in &self.typed.cards {
            let stored = typed.read_as.as_ref().and_then(|identity| identity.find(&now.cards));
            let began = self.started_from.cards.iter().find(|s| s.read_as.is_some() && s.read_as == typed.read_as);
            let (Some(stored), Some(began)) = (stored, began) else {
                // Removed by someone else meanwhile and not touched here: removed. Added in
                // the form, or edited here and removed there: as typed (nothing typed is lost).
                if stored.is_none() && began == Some(typed) {
                    continue;
                }
                cards.push(typed.form(now));
                continue;
            };
            let mut card = CardForm::from_card_as_read(stored, zone);
            if typed.serial_number != began.serial_number {
                card.serial_number = typed.serial_number.clone();
            }
            if typed.is_active != began.is_active {
                card.is_active = typed.is_active;
            }
            if typed.is_virtual != began.is_virtual {
                card.is_virtual = typed.is_virtual;
            }
            for (mine, start, target) in [
                (&typed.activation_time, &began.activation_time, &mut card.activation_time),
                (&typed.expiration_time, &began.expiration_time, &mut card.expiration_time),
                (&typed.note, &began.note, &mut card.note),
            ] {
                if mine != start {
                    target.clone_from(mine);
                }
            }
            cards.push(card);
        }
        // Cards someone else added meanwhile are not in the draft at all.
        let known: Vec<&CardIdentity> =
            self.started_from.cards.iter().chain(&self.typed.cards).filter_map(|card| card.read_as.as_ref()).collect();
        for card in &theirs.cards {
            if card.read.as_ref().map(CardIdentity::of).is_some_and(|identity| !known.contains(&&identity)) {
                cards.push(card.clone());
            }
        }
        cards
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(version: i64, phone: &str) -> Customer {
        crate::portos::read(&serde_json::json!({
            "id": "c-1", "firstName": "Ján", "lastName": "Novák", "phone": phone, "note": "old",
            "cards": [{"serialNumber": "C-1", "processor": "P"}], "_v": version
        }))
    }

    #[test]
    fn a_draft_survives_storage_as_json_and_restores_the_typing() {
        let base = stored(3, "0900");
        let started = CustomerForm::from_customer(&base, 60);
        let mut typed = started.clone();
        typed.set(Field::Note, "new note".into());
        typed.cards[0].note = "lost, replaced".into();
        typed.cards.push(CardForm { serial_number: "C-2".into(), ..CardForm::new() });
        let draft = Draft::new(1_700_000_000_000.0, &base, false, &started, &typed);
        let json = serde_json::to_string(&draft).unwrap();
        let read: Draft = serde_json::from_str(&json).unwrap();
        assert_eq!(read, draft);
        let restored = read.restore(&base, 60);
        assert_eq!(restored, Restored { form: typed.clone(), changed_since: false, both_changed: Vec::new() });
        assert_eq!(restored.form.cards[0].read.as_ref().and_then(|c| c.processor.as_deref()), Some("P"), "tied to the card as read");
        assert_eq!(key("admin", Some("c-1")), "customer-desk.draft.admin.c-1");
        assert_eq!(key("admin", None), "customer-desk.draft.admin.new");
    }

    #[test]
    fn a_draft_over_a_changed_customer_keeps_the_typing_and_names_what_both_changed() {
        let base = stored(3, "0900");
        let started = CustomerForm::from_customer(&base, 0);
        let mut typed = started.clone();
        typed.set(Field::Note, "mine".into());
        typed.set(Field::Phone, "0911".into());
        let draft = Draft::new(0.0, &base, false, &started, &typed);
        let mut now = stored(4, "0922");
        now.email = Some("theirs@example.sk".into());
        let restored = draft.restore(&now, 0);
        assert!(restored.changed_since);
        assert_eq!(restored.form.get(Field::Note), "mine");
        assert_eq!(restored.form.get(Field::Phone), "0911", "the draft's value where both changed");
        assert_eq!(restored.form.get(Field::Email), "theirs@example.sk", "theirs where only they changed");
        let both: Vec<String> = restored.both_changed.iter().map(Text::english).collect();
        assert_eq!(both, ["Phone"]);
    }

    #[test]
    fn an_older_or_damaged_draft_reads_what_it_can() {
        let draft: Draft =
            serde_json::from_str(r#"{"savedAt": 5, "version": null, "startedFrom": {}, "typed": {"texts": ["Eva"]}}"#).unwrap();
        let restored = draft.restore(&Customer::default(), 0);
        assert_eq!(restored.form.get(Field::FirstName), "Eva");
        assert_eq!(restored.form.get(Field::LastName), "");
        assert!(serde_json::from_str::<Draft>("{\"savedAt\": \"x\"}").is_err());
    }

    #[test]
    fn cards_are_matched_by_identity_and_merged_field_by_field() {
        let read = |json: serde_json::Value| crate::portos::read(&json);
        let base = read(serde_json::json!({
            "id": "c-1", "lastName": "Novák", "_v": 3,
            "cards": [{"serialNumber": "C-1", "processor": "P"}, {"serialNumber": "C-2", "processor": "Q", "note": "old"}]
        }));
        let started = CustomerForm::from_customer(&base, 0);
        let mut typed = started.clone();
        typed.cards[1].note = "lost, replaced".into();
        let draft = Draft::new(0.0, &base, false, &started, &typed);
        // Meanwhile someone removed C-1, gave C-2 an expiration and added C-3.
        let now = read(serde_json::json!({
            "id": "c-1", "lastName": "Novák", "_v": 4,
            "cards": [
                {"serialNumber": "C-2", "processor": "Q", "note": "old", "expirationTime": "2030-01-01T00:00:00Z"},
                {"serialNumber": "C-3", "processor": "R"}
            ]
        }));
        let restored = draft.restore(&now, 0);
        let cards: Vec<(&str, &str, &str, Option<&str>)> = restored
            .form
            .cards
            .iter()
            .map(|c| {
                (
                    c.serial_number.as_str(),
                    c.note.as_str(),
                    c.expiration_time.as_str(),
                    c.read.as_ref().and_then(|r| r.processor.as_deref()),
                )
            })
            .collect();
        assert_eq!(cards, [("C-2", "lost, replaced", "2030-01-01T00:00", Some("Q")), ("C-3", "", "", Some("R"))]);
        // Saving writes C-2 over C-2, never over C-3, and keeps their expiration.
        let saved = restored.form.to_customer(&now, 0).unwrap();
        let serials: Vec<&str> = saved.cards.iter().map(|c| c.serial_number.as_str()).collect();
        assert_eq!(serials, ["C-2", "C-3"]);
        assert_eq!(saved.cards[0].note.as_deref(), Some("lost, replaced"));
        assert_eq!(saved.cards[0].expiration_time.map(|t| t.to_rfc3339()).as_deref(), Some("2030-01-01T00:00:00+00:00"));
        assert_eq!(saved.cards[1], now.cards[1], "their new card untouched");
    }

    #[test]
    fn fields_are_kept_by_id_and_older_drafts_still_restore() {
        let base = stored(3, "0900");
        let by_id: Draft = serde_json::from_str(
            r#"{"savedAt":0,"version":3,"startedFrom":{},"typed":{"fields":{"note":"by id","x-removed-field":"ignored"}}}"#,
        )
        .unwrap();
        assert_eq!(by_id.restore(&base, 0).form.get(Field::Note), "by id");
        let mut texts = vec![String::new(); Field::ALL.len()];
        texts[Field::ALL.iter().position(|f| *f == Field::Note).unwrap()] = "by position".into();
        let older = Draft { typed: FormData { texts, ..FormData::default() }, ..by_id };
        assert_eq!(older.restore(&base, 0).form.get(Field::Note), "by position");
    }
}
