//! The header's language and colour-scheme choices. On wide screens they stand in the
//! header as labelled selects; where the header would not fit on one row (tablets, kiosks)
//! they sit behind one "Settings" button, still with their labels.

use leptos::prelude::*;

#[component]
pub fn HeaderSettings() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let open = RwSignal::new(false);
    // Escape closes the panel and gives focus back to its button.
    let toggle = NodeRef::<leptos::html::Button>::new();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <div class="header-settings" class:is-open=move || open.get() on:keydown=on_keydown>
            <button type="button" class="button header-settings__toggle" node_ref=toggle
                aria-expanded=move || open.get().to_string() aria-controls="header-settings-panel"
                on:click=move |_| open.update(|open| *open = !*open)>
                {i18n.text("settings-label")}
            </button>
            <div id="header-settings-panel" class="header-settings__panel">
                <crate::components::language_select::LanguageSelect />
                <crate::components::colour_scheme::ColourSchemeSelect />
            </div>
        </div>
    }
}
