//! Drafts: a form's unsaved typing, kept by the app in the tab's sessionStorage while the
//! form has changes, so a reload or a crashed tab loses nothing. A draft holds the form as
//! it was when editing began and as typed, and the `_v` it began from; restoring it onto
//! a customer someone changed meanwhile puts the user's changes over theirs and names the
//! fields both changed.

use crate::customer::Customer;
use crate::customer_form::{CardForm, CustomerForm, Field, changed_fields};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

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

/// A form as stored: its texts in [`Field::ALL`] order, its boxes and its cards.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FormData {
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
    pub read: Option<usize>,
}

impl FormData {
    pub fn of(form: &CustomerForm, base: &Customer) -> Self {
        let cards = form
            .cards
            .iter()
            .map(|card| CardData {
                serial_number: card.serial_number.clone(),
                is_active: card.is_active,
                is_virtual: card.is_virtual,
                activation_time: card.activation_time.clone(),
                expiration_time: card.expiration_time.clone(),
                note: card.note.clone(),
                read: card.read.as_ref().and_then(|read| base.cards.iter().position(|c| c == read)),
            })
            .collect();
        Self {
            texts: Field::ALL.iter().map(|field| form.get(*field).to_owned()).collect(),
            is_active: form.is_active,
            is_company: form.is_company,
            cards,
        }
    }

    /// The form again, its cards tied to `base`'s (texts missing from an older draft are empty).
    pub fn form(&self, base: &Customer) -> CustomerForm {
        let mut form = CustomerForm::default();
        form.is_active = self.is_active;
        form.is_company = self.is_company;
        for (field, text) in Field::ALL.iter().zip(&self.texts) {
            form.set(*field, text.clone());
        }
        form.cards = self
            .cards
            .iter()
            .map(|card| CardForm {
                serial_number: card.serial_number.clone(),
                is_active: card.is_active,
                is_virtual: card.is_virtual,
                activation_time: card.activation_time.clone(),
                expiration_time: card.expiration_time.clone(),
                note: card.note.clone(),
                read: card.read.and_then(|index| base.cards.get(index).cloned()),
            })
            .collect();
        form
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
        Self {
            saved_at,
            version: (!is_new).then_some(base.version),
            started_from: FormData::of(started_from, base),
            typed: FormData::of(typed, base),
        }
    }

    /// The draft's typing, over the customer as it is now: where the draft did not change a
    /// field, the field shows what is stored now.
    pub fn restore(&self, now: &Customer, zone: impl Into<crate::calendar::Zone>) -> Restored {
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
        if typed.cards != started.cards {
            form.cards = typed.cards.clone();
        }
        let theirs_changed = changed_fields(&started, &theirs);
        let both_changed = changed_fields(&started, &typed).into_iter().filter(|field| theirs_changed.contains(field)).collect();
        Restored { form, changed_since: true, both_changed }
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
        let draft: Draft = serde_json::from_str(r#"{"savedAt": 5, "version": null, "startedFrom": {}, "typed": {"texts": ["Eva"]}}"#).unwrap();
        let restored = draft.restore(&Customer::default(), 0);
        assert_eq!(restored.form.get(Field::FirstName), "Eva");
        assert_eq!(restored.form.get(Field::LastName), "");
        assert!(serde_json::from_str::<Draft>("{\"savedAt\": \"x\"}").is_err());
    }
}
