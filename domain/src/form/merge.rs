//! Someone else saved the customer being edited: the parts of the form they changed, and
//! for each the user's choice, "Take theirs" or "Keep mine". Nothing the user typed is
//! touched until they choose; once every part is decided the form starts from their
//! version (its `_v`), so the next save overwrites nothing the user has not seen.

use crate::form::{CustomerForm, Field};
use crate::i18n::Text;

/// A part of the form that can differ between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Text(Field),
    Active,
    Company,
    Cards,
}

/// What a part holds, for showing theirs beside the user's.
#[derive(Clone, Debug, PartialEq)]
pub enum PartValue {
    Text(String),
    YesNo(bool),
    Cards(usize),
}

impl Part {
    pub fn label(self) -> Text {
        match self {
            Part::Text(field) => field.label(),
            Part::Active => Text::new("form-active"),
            Part::Company => Text::new("form-company"),
            Part::Cards => Text::new("form-cards"),
        }
    }

    pub fn value(self, form: &CustomerForm) -> PartValue {
        match self {
            Part::Text(field) => PartValue::Text(form.get(field).to_owned()),
            Part::Active => PartValue::YesNo(form.is_active),
            Part::Company => PartValue::YesNo(form.is_company),
            Part::Cards => PartValue::Cards(form.cards.len()),
        }
    }

    fn differs(self, a: &CustomerForm, b: &CustomerForm) -> bool {
        match self {
            Part::Text(field) => a.get(field) != b.get(field),
            Part::Active => a.is_active != b.is_active,
            Part::Company => a.is_company != b.is_company,
            Part::Cards => a.cards != b.cards,
        }
    }

    fn copy(self, from: &CustomerForm, to: &mut CustomerForm) {
        match self {
            Part::Text(field) => to.set(field, from.get(field).to_owned()),
            Part::Active => to.is_active = from.is_active,
            Part::Company => to.is_company = from.is_company,
            Part::Cards => to.cards = from.cards.clone(),
        }
    }

    /// An id for the part's controls, unique within the form.
    pub fn key(self) -> String {
        match self {
            Part::Text(field) => field.id().to_owned(),
            Part::Active => "is-active".into(),
            Part::Company => "is-company".into(),
            Part::Cards => "cards".into(),
        }
    }
}

/// The parts that differ, in the form's order.
pub fn changed_parts(before: &CustomerForm, after: &CustomerForm) -> Vec<Part> {
    Field::ALL
        .into_iter()
        .map(Part::Text)
        .chain([Part::Active, Part::Company, Part::Cards])
        .filter(|part| part.differs(before, after))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Theirs,
    Mine,
}

/// Their saved version against the one the user started from, and the choices so far.
#[derive(Clone, Debug, PartialEq)]
pub struct TheirChange {
    pub theirs: CustomerForm,
    pub parts: Vec<(Part, Option<Choice>)>,
}

impl TheirChange {
    /// `as_read` is the form of the version the user started editing.
    pub fn new(as_read: &CustomerForm, theirs: CustomerForm) -> Self {
        let parts = changed_parts(as_read, &theirs).into_iter().map(|part| (part, None)).collect();
        Self { theirs, parts }
    }

    /// Records the choice; "Take theirs" puts their value into `form`, "Keep mine" leaves
    /// it as typed.
    pub fn choose(&mut self, part: Part, choice: Choice, form: &mut CustomerForm) {
        if let Some((_, chosen)) = self.parts.iter_mut().find(|(p, _)| *p == part) {
            *chosen = Some(choice);
            if choice == Choice::Theirs {
                part.copy(&self.theirs, form);
            }
        }
    }

    pub fn choice(&self, part: Part) -> Option<Choice> {
        self.parts.iter().find(|(p, _)| *p == part).and_then(|(_, choice)| *choice)
    }

    /// Every part has a choice (true at once when they changed nothing the form shows).
    pub fn decided(&self) -> bool {
        self.parts.iter().all(|(_, choice)| choice.is_some())
    }

    /// The first part still waiting for a choice.
    pub fn undecided(&self) -> Option<Part> {
        self.parts.iter().find(|(_, choice)| choice.is_none()).map(|(part, _)| *part)
    }

    /// Where the user's form already holds their value, there is nothing to choose.
    pub fn settle_equal(&mut self, form: &CustomerForm) {
        for (part, choice) in &mut self.parts {
            if choice.is_none() && !part.differs(form, &self.theirs) {
                *choice = Some(Choice::Theirs);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::Customer;

    fn form(first: &str, email: &str, active: bool) -> CustomerForm {
        let customer = Customer { first_name: Some(first.into()), email: Some(email.into()), is_active: active, ..Customer::default() };
        CustomerForm::from_customer(&customer, 0)
    }

    #[test]
    fn their_changes_are_offered_part_by_part_and_mine_stay_until_chosen() {
        let as_read = form("Ján", "jan@example.sk", true);
        let theirs = form("Jana", "jana@example.sk", false);
        let mut mine = as_read.clone();
        mine.set(Field::Email, "mine@example.sk".into());
        mine.set(Field::Phone, "0900 123 456".into());

        let mut change = TheirChange::new(&as_read, theirs);
        let parts: Vec<Part> = change.parts.iter().map(|(part, _)| *part).collect();
        assert_eq!(parts, [Part::Text(Field::FirstName), Part::Text(Field::Email), Part::Active]);
        assert!(!change.decided());
        assert_eq!(change.undecided(), Some(Part::Text(Field::FirstName)));

        change.choose(Part::Text(Field::FirstName), Choice::Theirs, &mut mine);
        change.choose(Part::Text(Field::Email), Choice::Mine, &mut mine);
        assert_eq!((mine.get(Field::FirstName), mine.get(Field::Email)), ("Jana", "mine@example.sk"));
        assert!(!change.decided(), "Active is still open");
        change.choose(Part::Active, Choice::Mine, &mut mine);
        assert!(change.decided());
        assert!(mine.is_active, "kept mine");
        assert_eq!(mine.get(Field::Phone), "0900 123 456", "a field they did not change keeps what was typed");
        assert_eq!(Part::Active.value(&change.theirs), PartValue::YesNo(false));
    }

    #[test]
    fn a_part_where_the_user_typed_what_they_saved_needs_no_choice() {
        let as_read = form("Ján", "a@example.sk", true);
        let theirs = form("Jana", "a@example.sk", true);
        let mut mine = as_read.clone();
        mine.set(Field::FirstName, "Jana".into());
        let mut change = TheirChange::new(&as_read, theirs);
        change.settle_equal(&mine);
        assert!(change.decided());
        assert!(TheirChange::new(&as_read, as_read.clone()).decided(), "nothing the form shows changed");
    }
}
