//! The list's keyboard: `/` to Search, `j`/`k` (and ↓/↑ on a row) between rows, `e` to edit
//! the focused customer, `x` or Space to select it, `[` and `]` between pages; Enter on a
//! row is its link's own. The
//! row a user leaves by its link gets focus back after Back ([`ReturnRow`]).

use crate::components::page_focus::focus_by_id;
use crate::components::shortcuts::SEARCH_ID;
use crate::components::shortcuts::{dialog_open, focused_row, key_press};
use customer_desk_domain::shortcuts::{Place, Shortcut};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The customer whose row the user left the list from, so that coming back (Back, or
/// the detail page's links) puts focus on that row again. Lives as long as the session's
/// pages do (provided by the shell).
#[derive(Clone, Copy)]
pub struct ReturnRow(RwSignal<Option<String>>);

impl ReturnRow {
    pub fn provide() {
        provide_context(ReturnRow(RwSignal::new(None)));
    }

    pub fn use_context() -> Self {
        expect_context::<ReturnRow>()
    }

    /// The row of `customer_id` was left (its link followed, or `e`).
    pub fn left(self, customer_id: &str) {
        self.0.set(Some(customer_id.to_owned()));
    }

    /// The row to focus when it is on screen.
    pub fn pending(self) -> Option<String> {
        self.0.get_untracked()
    }

    /// Focus went back to it.
    pub fn done(self) {
        self.0.set(None);
    }
}

/// Listens for the list's keys while the list is on screen. `go_page` moves by the given
/// number of pages when there is such a page.
pub fn listen(go_page: Callback<i64>) {
    let navigate = use_navigate();
    let return_row = ReturnRow::use_context();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || dialog_open() {
            return;
        }
        let key = ev.key();
        let Some(shortcut) = key_press(&ev, &key, false).shortcut(Place::List) else { return };
        let done = match shortcut {
            Shortcut::FocusSearch => focus_by_id(SEARCH_ID),
            Shortcut::NextRow => move_row(1),
            Shortcut::PreviousRow => move_row(-1),
            Shortcut::EditRow => match focused_row() {
                Some(link) => {
                    if let Some(id) = link.get_attribute("data-customer-id") {
                        return_row.left(&id);
                    }
                    navigate(&format!("{}/edit", link.pathname()), Default::default());
                    true
                }
                None => false,
            },
            Shortcut::ToggleRow => toggle_focused_row(),
            // The search keeps its text; focus goes to the list's heading, from where j, k,
            // Enter and ? work again.
            Shortcut::LeaveSearch => focus_by_id("customers-heading"),
            Shortcut::PreviousPage => {
                go_page.run(-1);
                true
            }
            Shortcut::NextPage => {
                go_page.run(1);
                true
            }
            _ => false,
        };
        if done {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

fn row_links() -> Vec<HtmlElement> {
    let Ok(nodes) = document().query_selector_all(".data-table__name a") else { return Vec::new() };
    (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|node| node.dyn_into::<HtmlElement>().ok()).collect()
}

/// Focus moves `step` rows from the focused one (from the top when none has focus).
fn move_row(step: i32) -> bool {
    let links = row_links();
    if links.is_empty() {
        return false;
    }
    let current = focused_row().and_then(|focused| links.iter().position(|link| link.is_same_node(Some(&focused))));
    let next = match current {
        None if step > 0 => 0,
        None => links.len() - 1,
        Some(index) => (index as i32 + step).clamp(0, links.len() as i32 - 1) as usize,
    };
    links[next].focus().is_ok()
}

/// Selects or unselects the focused row, as clicking its checkbox does.
fn toggle_focused_row() -> bool {
    let checkbox = focused_row()
        .and_then(|link| link.closest("tr").ok().flatten())
        .and_then(|row| row.query_selector(".row-select").ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    checkbox.map(|checkbox| checkbox.click()).is_some()
}

/// Focuses the row link of `customer_id`, if it is on screen.
pub fn focus_row(customer_id: &str) -> bool {
    row_links()
        .into_iter()
        .find(|link| link.get_attribute("data-customer-id").as_deref() == Some(customer_id))
        .is_some_and(|link| link.focus().is_ok())
}
