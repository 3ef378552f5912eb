//! Keyboard shortcuts: which action a key press means where it happens. Single keys only
//! outside text fields and never with Ctrl, Alt or Meta, so they do not clash with the
//! browser's keys (which all carry a modifier) or with a screen reader's (which read the
//! page in browse mode and pass keys on only in focus mode, i.e. inside fields). The
//! form's own pair works inside its fields: Ctrl+Enter (Cmd+Enter) and Escape.

use crate::i18n::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// `?`: the "Keyboard shortcuts" dialog.
    Help,
    /// `/`: focus the list's search box.
    FocusSearch,
    /// `j` (or ↓ on a row): the next row.
    NextRow,
    /// `k` (or ↑ on a row): the previous row.
    PreviousRow,
    /// `e`: edit the customer of the focused row.
    EditRow,
    /// `x` or Space on a row: select or unselect it.
    ToggleRow,
    /// `n`: a new customer.
    NewCustomer,
    /// `[`: the previous page.
    PreviousPage,
    /// `]`: the next page.
    NextPage,
    /// `g` then `c`: the customer list.
    GoToCustomers,
    /// Ctrl+Enter or Cmd+Enter on a form.
    Save,
    /// Escape on a form.
    Cancel,
    /// `e` on a customer's page: edit them.
    EditCustomer,
    /// Escape in the list's search box: leave it, so the list's keys work again.
    LeaveSearch,
}

/// What the app knows of a key press.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    pub ctrl: bool,
    pub alt: bool,
    pub meta: bool,
    /// The press happened in a text field, a select or an editable element.
    pub in_field: bool,
    /// A list row (its link) has focus.
    pub on_row: bool,
    /// The press happened in the list's search box (↓ goes from there to the rows).
    pub in_search: bool,
    /// The previous press was a lone `g`.
    pub after_g: bool,
}

/// Where the press happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    List,
    Form,
    /// A customer's page.
    Detail,
    /// Any other page (sign-in, not found).
    Elsewhere,
}

impl KeyPress<'_> {
    /// The shortcut this press means at `place`, if any.
    pub fn shortcut(&self, place: Place) -> Option<Shortcut> {
        if place == Place::Form {
            if self.key == "Enter" && (self.ctrl || self.meta) && !self.alt {
                return Some(Shortcut::Save);
            }
            if self.key == "Escape" && !(self.ctrl || self.meta || self.alt) {
                return Some(Shortcut::Cancel);
            }
        }
        if self.ctrl || self.alt || self.meta {
            return None;
        }
        if self.on_row && place == Place::List {
            match self.key {
                "ArrowDown" => return Some(Shortcut::NextRow),
                "ArrowUp" => return Some(Shortcut::PreviousRow),
                _ => {}
            }
        }
        if self.in_search && place == Place::List {
            match self.key {
                "ArrowDown" => return Some(Shortcut::NextRow),
                "Escape" => return Some(Shortcut::LeaveSearch),
                _ => {}
            }
        }
        if self.in_field {
            return None;
        }
        if self.after_g && self.key == "c" {
            return Some(Shortcut::GoToCustomers);
        }
        let anywhere = match self.key {
            "?" => Some(Shortcut::Help),
            "n" if place != Place::Form => Some(Shortcut::NewCustomer),
            _ => None,
        };
        let on_list = match (place, self.key) {
            (Place::List, "/") => Some(Shortcut::FocusSearch),
            (Place::List, "j") => Some(Shortcut::NextRow),
            (Place::List, "k") => Some(Shortcut::PreviousRow),
            (Place::List, "e") if self.on_row => Some(Shortcut::EditRow),
            (Place::List, "x" | " ") if self.on_row => Some(Shortcut::ToggleRow),
            (Place::List, "[") => Some(Shortcut::PreviousPage),
            (Place::List, "]") => Some(Shortcut::NextPage),
            (Place::Detail, "e") => Some(Shortcut::EditCustomer),
            _ => None,
        };
        anywhere.or(on_list)
    }

    /// A lone `g`, which starts a two-key shortcut.
    pub fn starts_sequence(&self) -> bool {
        self.key == "g" && !(self.ctrl || self.alt || self.meta || self.in_field)
    }
}

/// The shortcuts as the "Keyboard shortcuts" dialog lists them: keys and what they do.
pub fn help() -> Vec<(&'static [&'static str], Text)> {
    vec![
        (&["?"], Text::new("shortcut-help")),
        (&["/"], Text::new("shortcut-search")),
        (&["j", "↓"], Text::new("shortcut-next-row")),
        (&["k", "↑"], Text::new("shortcut-previous-row")),
        (&["Enter"], Text::new("shortcut-open-row")),
        (&["e"], Text::new("shortcut-edit-row")),
        (&["Esc"], Text::new("shortcut-leave-search")),
        (&["x", "Space"], Text::new("shortcut-toggle-row")),
        (&["n"], Text::new("shortcut-new")),
        (&["["], Text::new("shortcut-previous-page")),
        (&["]"], Text::new("shortcut-next-page")),
        (&["g", "c"], Text::new("shortcut-go-customers")),
        (&["Ctrl", "Enter"], Text::new("shortcut-save")),
        (&["Esc"], Text::new("shortcut-cancel")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress { key, ..KeyPress::default() }
    }

    #[test]
    fn list_keys_work_outside_fields_only() {
        for (key, shortcut) in [
            ("/", Shortcut::FocusSearch),
            ("j", Shortcut::NextRow),
            ("k", Shortcut::PreviousRow),
            ("[", Shortcut::PreviousPage),
            ("]", Shortcut::NextPage),
            ("n", Shortcut::NewCustomer),
            ("?", Shortcut::Help),
        ] {
            assert_eq!(press(key).shortcut(Place::List), Some(shortcut), "{key}");
            assert_eq!(KeyPress { in_field: true, ..press(key) }.shortcut(Place::List), None, "{key} in a field");
        }
        assert_eq!(press("j").shortcut(Place::Elsewhere), None);
        assert_eq!(press("?").shortcut(Place::Elsewhere), Some(Shortcut::Help));
    }

    #[test]
    fn row_keys_need_a_focused_row_and_arrows_work_only_there() {
        assert_eq!(press("e").shortcut(Place::List), None);
        assert_eq!(KeyPress { on_row: true, ..press("e") }.shortcut(Place::List), Some(Shortcut::EditRow));
        assert_eq!(KeyPress { on_row: true, ..press("x") }.shortcut(Place::List), Some(Shortcut::ToggleRow));
        assert_eq!(KeyPress { on_row: true, ..press(" ") }.shortcut(Place::List), Some(Shortcut::ToggleRow));
        assert_eq!(press(" ").shortcut(Place::List), None, "Space scrolls the page as usual off a row");
        assert_eq!(press("ArrowDown").shortcut(Place::List), None, "the page scrolls as usual");
        assert_eq!(KeyPress { on_row: true, ..press("ArrowDown") }.shortcut(Place::List), Some(Shortcut::NextRow));
        assert_eq!(KeyPress { on_row: true, ..press("ArrowUp") }.shortcut(Place::List), Some(Shortcut::PreviousRow));
        let from_search = KeyPress { in_field: true, in_search: true, ..press("ArrowDown") };
        assert_eq!(from_search.shortcut(Place::List), Some(Shortcut::NextRow), "from Search down into the rows");
        assert_eq!(KeyPress { key: "j", ..from_search }.shortcut(Place::List), None, "j is typed into Search");
    }

    #[test]
    fn no_shortcut_takes_a_modified_key_but_the_forms_own() {
        for key in ["j", "/", "n", "?", "["] {
            for modified in
                [KeyPress { ctrl: true, ..press(key) }, KeyPress { alt: true, ..press(key) }, KeyPress { meta: true, ..press(key) }]
            {
                assert_eq!(modified.shortcut(Place::List), None, "{key}");
            }
        }
        let save = KeyPress { ctrl: true, in_field: true, ..press("Enter") };
        assert_eq!(save.shortcut(Place::Form), Some(Shortcut::Save));
        assert_eq!(KeyPress { meta: true, ..save }.shortcut(Place::Form), Some(Shortcut::Save));
        assert_eq!(save.shortcut(Place::List), None);
        assert_eq!(KeyPress { in_field: true, ..press("Escape") }.shortcut(Place::Form), Some(Shortcut::Cancel));
        assert_eq!(press("Enter").shortcut(Place::Form), None, "a plain Enter submits as forms do");
        assert_eq!(press("n").shortcut(Place::Form), None);
        assert_eq!(press("e").shortcut(Place::Detail), Some(Shortcut::EditCustomer));
        assert_eq!(KeyPress { in_field: true, ..press("e") }.shortcut(Place::Detail), None);
        let escape_in_search = KeyPress { in_field: true, in_search: true, ..press("Escape") };
        assert_eq!(escape_in_search.shortcut(Place::List), Some(Shortcut::LeaveSearch));
        assert_eq!(KeyPress { in_field: true, ..press("Escape") }.shortcut(Place::List), None);
    }

    #[test]
    fn g_then_c_goes_to_the_customers() {
        assert!(press("g").starts_sequence());
        assert!(!KeyPress { in_field: true, ..press("g") }.starts_sequence());
        assert_eq!(KeyPress { after_g: true, ..press("c") }.shortcut(Place::Elsewhere), Some(Shortcut::GoToCustomers));
        assert_eq!(press("c").shortcut(Place::Elsewhere), None);
    }

    #[test]
    fn the_help_names_every_key_in_english() {
        let help: Vec<String> = help().into_iter().map(|(_, text)| text.english()).collect();
        assert_eq!(help.len(), 14);
        assert!(help.iter().all(|line| !line.starts_with("shortcut-")), "{help:?}");
    }
}
