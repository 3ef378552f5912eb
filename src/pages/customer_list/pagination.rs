//! "Pagination": first, previous, next, last, the range status and the page size.

use crate::i18n::use_i18n;
use customer_desk_domain::config::PAGE_SIZES;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

#[component]
pub fn Pagination(
    #[prop(into)] query: Signal<ListQuery>,
    /// The last page, where the API tells the total ("Last page" is shown only then).
    #[prop(into)]
    last_page: Signal<Option<u64>>,
    /// Whether a page follows the one on screen.
    #[prop(into)]
    has_next: Signal<bool>,
    /// "26–50 of 10,000" for the rows on screen, in the user's language.
    #[prop(into)]
    status: Signal<Option<String>>,
    on_change: Callback<ListQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    let page = move || query.with(|q| q.page);
    let go = move |page: u64| on_change.run(query.get_untracked().with_page(page));

    view! {
        <nav class="pagination" aria-label=i18n.text("list-pagination")>
            <button type="button" class="button" aria-label=i18n.text("list-first-page") title=i18n.text("list-first-page")
                disabled=move || { page() <= 1 } on:click=move |_| go(1)>"«"</button>
            <button type="button" class="button" aria-label=i18n.text("list-previous-page") title=i18n.text("list-previous-page")
                disabled=move || { page() <= 1 } on:click=move |_| go(page() - 1)>"‹"</button>
            <p class="pagination__status" role="status">{status}</p>
            <button type="button" class="button" aria-label=i18n.text("list-next-page") title=i18n.text("list-next-page")
                disabled=move || !has_next.get() on:click=move |_| go(page() + 1)>"›"</button>
            <Show when=move || last_page.get().is_some()>
                <button type="button" class="button" aria-label=i18n.text("list-last-page") title=i18n.text("list-last-page")
                    disabled=move || !has_next.get()
                    on:click=move |_| go(last_page.get_untracked().unwrap_or(1))>"»"</button>
            </Show>
            <label class="pagination__size">
                {i18n.text("list-rows-per-page")}
                <select on:change=move |ev| {
                    if let Ok(size) = event_target_value(&ev).parse::<u32>() {
                        on_change.run(query.get_untracked().with_page_size(size));
                    }
                }>
                    {PAGE_SIZES.map(|size| view! {
                        <option value=size.to_string() selected=move || query.with(|q| q.page_size == size)>
                            {move || crate::format::number(i18n.locale(), f64::from(size))}
                        </option>
                    })}
                </select>
            </label>
        </nav>
    }
}
