//! The colour scheme: the system's by default, or light or dark as chosen in the header's
//! "Colour scheme" select. The choice is kept in localStorage (a preference, not a secret)
//! and applied as `data-theme` on `<html>`, which style/main.css reads; with no attribute
//! the stylesheet follows `prefers-color-scheme`.

use crate::i18n::{I18n, use_i18n};
use crate::storage::{self, Area};
use leptos::prelude::*;

const STORAGE_KEY: &str = "customer-desk.colour-scheme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scheme {
    System,
    Light,
    Dark,
}

impl Scheme {
    const ALL: [Scheme; 3] = [Self::System, Self::Light, Self::Dark];

    /// The stored value and the `data-theme` value.
    fn key(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    fn from_key(key: &str) -> Self {
        Self::ALL.into_iter().find(|s| s.key() == key).unwrap_or(Self::System)
    }

    fn label(self, i18n: I18n) -> String {
        match self {
            Self::System => i18n.tr("colour-scheme-system"),
            Self::Light => i18n.tr("colour-scheme-light"),
            Self::Dark => i18n.tr("colour-scheme-dark"),
        }
    }
}

/// Applies the remembered choice; called at start-up, before the app is drawn, so a dark
/// choice does not flash light first (the CSP allows no inline script in index.html).
pub fn apply_stored() {
    apply(stored());
}

#[component]
pub fn ColourSchemeSelect() -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(stored());
    let on_change = move |ev| {
        let scheme = Scheme::from_key(&event_target_value(&ev));
        current.set(scheme);
        apply(scheme);
        storage::write(Area::Local, STORAGE_KEY, scheme.key());
    };
    view! {
        <label class="header-select">
            <span class="header-select__label">{i18n.text("colour-scheme-label")}</span>
            <select on:change=on_change>
                {Scheme::ALL.map(|scheme| view! {
                    <option value=scheme.key() prop:selected=move || current.get() == scheme>{move || scheme.label(i18n)}</option>
                })}
            </select>
        </label>
    }
}

fn stored() -> Scheme {
    storage::read(Area::Local, STORAGE_KEY).map_or(Scheme::System, |key| Scheme::from_key(&key))
}

fn apply(scheme: Scheme) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let _ = match scheme {
        Scheme::System => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.key()),
    };
}
