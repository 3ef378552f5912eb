//! Saved views: a user's named list URLs (search, filters, sort, page size), kept in the
//! browser per user. Names are trimmed, non-empty, at most [`MAX_NAME_CHARS`] characters and
//! unique ignoring case; the list is kept in name order so the menu reads alphabetically.

use crate::i18n::Text;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 60;

/// A name and the list's URL query string (`search=nov&sort=-discountRate`, no `?`, no page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedView {
    pub name: String,
    pub query: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewNameError {
    Empty,
    TooLong,
    Taken,
}

impl ViewNameError {
    /// Why the name is refused, for the user.
    pub fn message(self) -> Text {
        match self {
            Self::Empty => Text::new("list-views-error-empty"),
            Self::TooLong => Text::new("list-views-error-too-long").with("max", MAX_NAME_CHARS),
            Self::Taken => Text::new("list-views-error-taken"),
        }
    }
}

/// The storage key for `user_name`'s views, so users sharing a browser keep their own.
pub fn storage_key(user_name: &str) -> String {
    format!("customer-desk.saved-views.{user_name}")
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedViews(Vec<SavedView>);

impl SavedViews {
    /// Reads stored JSON; anything unreadable, unnamed or duplicated is dropped, since a
    /// damaged entry should not cost the user the others.
    pub fn from_json(text: &str) -> Self {
        let stored: Vec<SavedView> = serde_json::from_str(text).unwrap_or_default();
        let mut views = Self::default();
        for view in stored {
            let _ = views.add(&view.name, &view.query);
        }
        views
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "[]".to_owned())
    }

    pub fn views(&self) -> &[SavedView] {
        &self.0
    }

    pub fn get(&self, name: &str) -> Option<&SavedView> {
        self.0.iter().find(|view| view.name == name)
    }

    /// Checks `name` for a view other than `except`; returns it trimmed.
    pub fn check_name(&self, name: &str, except: Option<&str>) -> Result<String, ViewNameError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ViewNameError::Empty);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(ViewNameError::TooLong);
        }
        let taken = self.0.iter().any(|view| Some(view.name.as_str()) != except && same_name(&view.name, name));
        if taken { Err(ViewNameError::Taken) } else { Ok(name.to_owned()) }
    }

    pub fn add(&mut self, name: &str, query: &str) -> Result<(), ViewNameError> {
        let name = self.check_name(name, None)?;
        self.0.push(SavedView { name, query: query.to_owned() });
        self.sort();
        Ok(())
    }

    /// Renames view `old` (a missing one is left alone); a change of case alone is allowed.
    pub fn rename(&mut self, old: &str, new: &str) -> Result<(), ViewNameError> {
        let new = self.check_name(new, Some(old))?;
        if let Some(view) = self.0.iter_mut().find(|view| view.name == old) {
            view.name = new;
        }
        self.sort();
        Ok(())
    }

    pub fn remove(&mut self, name: &str) {
        self.0.retain(|view| view.name != name);
    }

    fn sort(&mut self) {
        self.0.sort_by_cached_key(|view| view.name.to_lowercase());
    }
}

fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(views: &SavedViews) -> Vec<&str> {
        views.views().iter().map(|v| v.name.as_str()).collect()
    }

    #[test]
    fn names_are_trimmed_required_short_and_unique_ignoring_case() {
        let mut views = SavedViews::default();
        assert_eq!(views.add("  Big discounts ", "discount=gt%3A20"), Ok(()));
        assert_eq!(views.views()[0], SavedView { name: "Big discounts".into(), query: "discount=gt%3A20".into() });
        assert_eq!(views.add("   ", ""), Err(ViewNameError::Empty));
        assert_eq!(views.add("big DISCOUNTS", ""), Err(ViewNameError::Taken));
        assert_eq!(views.add(&"x".repeat(61), ""), Err(ViewNameError::TooLong));
        assert_eq!(views.add(&"š".repeat(60), ""), Ok(()), "characters, not bytes");
    }

    #[test]
    fn views_are_kept_in_name_order() {
        let mut views = SavedViews::default();
        for name in ["inactive", "Expired", "active"] {
            views.add(name, "").unwrap();
        }
        assert_eq!(names(&views), ["active", "Expired", "inactive"]);
        views.rename("active", "Zeta").unwrap();
        assert_eq!(names(&views), ["Expired", "inactive", "Zeta"]);
    }

    #[test]
    fn renaming_checks_the_new_name_against_the_others_only() {
        let mut views = SavedViews::default();
        views.add("One", "search=a").unwrap();
        views.add("Two", "search=b").unwrap();
        assert_eq!(views.rename("One", "two"), Err(ViewNameError::Taken));
        assert_eq!(views.rename("One", " "), Err(ViewNameError::Empty));
        assert_eq!(views.rename("One", "ONE"), Ok(()));
        assert_eq!(views.get("ONE").map(|v| v.query.as_str()), Some("search=a"));
        views.remove("ONE");
        assert_eq!(names(&views), ["Two"]);
    }

    #[test]
    fn stored_json_round_trips_and_damage_is_dropped() {
        let mut views = SavedViews::default();
        views.add("Mine", "search=n%C3%B3vak&size=50").unwrap();
        let json = views.to_json();
        assert_eq!(json, r#"[{"name":"Mine","query":"search=n%C3%B3vak&size=50"}]"#);
        assert_eq!(SavedViews::from_json(&json), views);
        assert_eq!(SavedViews::from_json("not json"), SavedViews::default());
        let damaged = SavedViews::from_json(r#"[{"name":"","query":""},{"name":"a","query":"x"},{"name":"A","query":"y"}]"#);
        assert_eq!(damaged.views(), [SavedView { name: "a".into(), query: "x".into() }]);
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(ViewNameError::Empty.message().english(), "Enter a name for the view.");
        assert_eq!(ViewNameError::TooLong.message().english(), "Use at most 60 characters.");
        assert_eq!(ViewNameError::Taken.message().english(), "A view with this name already exists.");
        let slovak = crate::i18n::catalog(crate::i18n::Locale::Sk).render(&ViewNameError::TooLong.message());
        assert_eq!(slovak, "Použite najviac 60 znakov.");
    }

    #[test]
    fn each_user_has_a_key_of_their_own() {
        assert_eq!(storage_key("admin"), "customer-desk.saved-views.admin");
        assert_ne!(storage_key("admin"), storage_key("clerk"));
    }
}
