//! Keyboard shortcuts: the "Keyboard shortcuts" dialog that `?` opens, and the keys that
//! work on every page (`?`, `n`, `g` then `c`). The list and the form listen for their own
//! (`pages::customer_list::keys`, the editor). Which key means what, and where, is the
//! domain's `shortcuts`.

use crate::chunk::ChunkNotLoaded;
use customer_desk_domain::shortcuts::{KeyPress, Place, Shortcut, help};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// The id of the list's search box, which `/` focuses and where some keys mean typing.
pub const SEARCH_ID: &str = "list-search";

/// How long after `g` a `c` still counts.
const SEQUENCE_MS: u64 = 1500;

/// The press as the domain's shortcuts read it (`after_g` from the caller).
pub fn key_press<'a>(ev: &KeyboardEvent, key: &'a str, after_g: bool) -> KeyPress<'a> {
    KeyPress {
        key,
        ctrl: ev.ctrl_key(),
        alt: ev.alt_key(),
        meta: ev.meta_key(),
        in_field: in_field(ev),
        on_row: on_row(),
        in_search: target_id(ev).as_deref() == Some(SEARCH_ID),
        after_g,
    }
}

pub fn target_id(ev: &KeyboardEvent) -> Option<String> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|element| element.id())
}

/// A key typed into a text field, a select or an editable element is the field's.
/// Whether the key press is typing into a text field.
pub fn in_field(ev: &KeyboardEvent) -> bool {
    let Some(element) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(element.get_attribute("type").as_deref(), Some("checkbox" | "radio" | "button" | "submit" | "reset")),
        _ => element.dyn_ref::<web_sys::HtmlElement>().is_some_and(|e| e.is_content_editable()),
    }
}

/// The link of the list row that has focus.
pub fn focused_row() -> Option<web_sys::HtmlAnchorElement> {
    let active = document().active_element()?;
    active.closest(".data-table__name").ok().flatten()?;
    active.dyn_into().ok()
}

fn on_row() -> bool {
    focused_row().is_some()
}

/// Whether a modal dialog is open: its own keys are its business.
pub fn dialog_open() -> bool {
    document().query_selector("dialog[open]").ok().flatten().is_some()
}

/// The dialog, and the keys that work everywhere.
#[component]
pub fn KeyboardShortcuts() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let open = RwSignal::new(false);
    let dialog = NodeRef::<Dialog>::new();
    let navigate = use_navigate();
    let location = use_location();
    let after_g = StoredValue::new(false);
    // The table's code, once fetched (or the failure, which the dialog then shows).
    let table = RwSignal::new(None::<Result<fn() -> AnyView, ChunkNotLoaded>>);
    crate::components::modal::show_while_open(dialog, open, || ());
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || (dialog_open() && !open.get_untracked()) {
            return;
        }
        let key = ev.key();
        let press = key_press(&ev, &key, after_g.get_value());
        after_g.set_value(false);
        if press.starts_sequence() {
            after_g.set_value(true);
            set_timeout(move || after_g.set_value(false), Duration::from_millis(SEQUENCE_MS));
            return;
        }
        let place = location.pathname.with_untracked(|path| place_of(path));
        match press.shortcut(place) {
            Some(Shortcut::Help) => {
                ev.prevent_default();
                if open.get_untracked() || matches!(table.get_untracked(), Some(Ok(_))) {
                    open.update(|open| *open = !*open);
                    return;
                }
                leptos::task::spawn_local(async move {
                    let loaded = crate::chunk::split_call!(help_table());
                    table.try_set(Some(loaded));
                    open.try_set(true);
                });
            }
            Some(Shortcut::NewCustomer) if !open.get_untracked() => {
                ev.prevent_default();
                navigate("/customers/new", Default::default());
            }
            Some(Shortcut::GoToCustomers) if !open.get_untracked() => {
                ev.prevent_default();
                navigate("/customers", Default::default());
            }
            Some(Shortcut::EditCustomer) if !open.get_untracked() => {
                ev.prevent_default();
                let path = location.pathname.get_untracked();
                navigate(&format!("{}/edit", path.trim_end_matches('/')), Default::default());
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <dialog node_ref=dialog class="dialog dialog--wide" aria-labelledby="shortcuts-title" on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id="shortcuts-title">{i18n.text("shortcuts-title")}</h2>
            {move || match table.get() {
                Some(Ok(table)) => table(),
                Some(Err(ChunkNotLoaded)) => view! {
                    <p class="notice notice--error" role="alert">{i18n.text("shell-page-not-loaded")}</p>
                }.into_any(),
                None => ().into_any(),
            }}
            <div class="dialog__actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("shortcuts-close")}</button>
            </div>
        </dialog>
    }
}

/// The dialog's table of shortcuts: a wasm chunk of its own, fetched the first time the
/// dialog opens (a failure shows in the dialog; `?` then tries again).
#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(shortcuts_help, wasm_split_path = ::leptos::wasm_split, fallible))]
fn help_table() -> Result<fn() -> AnyView, ChunkNotLoaded> {
    Ok(|| view! { <ShortcutTable /> }.into_any())
}

#[component]
fn ShortcutTable() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <p>{i18n.text("shortcuts-intro")}</p>
        <table class="shortcut-table">
            <thead>
                <tr>
                    <th scope="col">{i18n.text("shortcuts-keys")}</th>
                    <th scope="col">{i18n.text("shortcuts-action")}</th>
                </tr>
            </thead>
            <tbody>
                {help().into_iter().map(|(keys, text)| view! {
                    <tr>
                        <td class="nowrap">{keys_view(keys)}</td>
                        <td>{move || i18n.render(&text)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// `g` then `c`; Ctrl + Enter; j or ↓.
fn keys_view(keys: &'static [&'static str]) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let sequence = keys == ["g", "c"];
    let chord = keys.first() == Some(&"Ctrl");
    keys.iter()
        .enumerate()
        .map(|(index, key)| {
            let separator = match (index, sequence, chord) {
                (0, _, _) => None,
                (_, true, _) => Some(view! { " " {i18n.text("shortcuts-then")} " " }.into_any()),
                (_, false, true) => Some(view! { " + " }.into_any()),
                _ => Some(view! { " / " }.into_any()),
            };
            view! { {separator}<kbd>{*key}</kbd> }
        })
        .collect_view()
}

/// Which page a path is, for the shortcuts.
pub fn place_of(path: &str) -> Place {
    if path == "/customers" || path == "/customers/" {
        Place::List
    } else if path == "/customers/new" || path.ends_with("/edit") {
        Place::Form
    } else if path.starts_with("/customers/") {
        Place::Detail
    } else {
        Place::Elsewhere
    }
}
