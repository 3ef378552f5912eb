//! The list's search box: debounced so fast typing sends one request, and kept in step
//! with the URL when Back or Forward change it.

use crate::i18n::use_i18n;
use leptos::prelude::*;

const DEBOUNCE_MS: u64 = 300;

#[component]
pub fn SearchBox(
    /// The search currently in the URL.
    #[prop(into)]
    value: Signal<String>,
    /// Called once typing pauses, with the new text.
    on_search: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let backend = expect_context::<customer_desk_domain::config::AppConfig>().backend;
    let text = RwSignal::new(value.get_untracked());
    // What the vendor cannot search, said under the box while it is typed.
    let hint = Memo::new(move |_| text.with(|text| customer_desk_domain::list::search::hint(text, backend)));
    // Back/Forward or a cleared filter change the URL: show what it says.
    Effect::new(move |_| text.set(value.get()));

    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        text.set(event_target_value(&ev));
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle =
            set_timeout_with_handle(move || on_search.run(text.get_untracked()), std::time::Duration::from_millis(DEBOUNCE_MS)).ok();
        pending.set_value(handle);
    };
    // Typing and then leaving at once (clicking a row) must not search after the list is
    // gone: its signals are disposed by then.
    on_cleanup(move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
        }
    });

    view! {
        <div class="search-box">
            <input
                id=crate::components::shortcuts::SEARCH_ID
                type="search"
                aria-label=i18n.text("search-label")
                placeholder=i18n.text("list-search-placeholder")
                autocomplete="off"
                prop:value=move || text.get()
                on:input=on_input
                aria-describedby=move || hint.get().map(|_| "search-hint")
            />
            {move || hint.get().map(|hint| {
                let id = match hint {
                    customer_desk_domain::list::search::SearchHint::Email => "search-hint-email",
                    customer_desk_domain::list::search::SearchHint::Phone => "search-hint-phone",
                };
                view! { <p class="field__hint search-box__hint" id="search-hint">{i18n.text(id)}</p> }
            })}
        </div>
    }
}
