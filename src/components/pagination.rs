//! "Pagination": first, previous, next, last, the range status and the page size.

use customer_desk_domain::config::PAGE_SIZES;
use customer_desk_domain::list_query::{ListQuery, range_status};
use leptos::prelude::*;

#[component]
pub fn Pagination(
    #[prop(into)] query: Signal<ListQuery>,
    /// Rows on the page shown and the total, once known.
    #[prop(into)]
    shown: Signal<Option<(usize, u64)>>,
    on_change: Callback<ListQuery>,
) -> impl IntoView {
    let page = move || query.with(|q| q.page);
    let last_page = move || shown.get().map_or(1, |(_, total)| query.with(|q| q.last_page(total)));
    let go = move |page: u64| on_change.run(query.get_untracked().with_page(page));
    let status = move || shown.get().map(|(rows, total)| query.with(|q| range_status(q, rows, total)));

    view! {
        <nav class="pagination" aria-label="Pagination">
            <button type="button" class="button" aria-label="First page" title="First page"
                disabled=move || { page() <= 1 } on:click=move |_| go(1)>"«"</button>
            <button type="button" class="button" aria-label="Previous page" title="Previous page"
                disabled=move || { page() <= 1 } on:click=move |_| go(page() - 1)>"‹"</button>
            <p class="pagination__status" role="status">{status}</p>
            <button type="button" class="button" aria-label="Next page" title="Next page"
                disabled=move || { page() >= last_page() } on:click=move |_| go(page() + 1)>"›"</button>
            <button type="button" class="button" aria-label="Last page" title="Last page"
                disabled=move || { page() >= last_page() } on:click=move |_| go(last_page())>"»"</button>
            <label class="pagination__size">
                "Rows per page"
                <select on:change=move |ev| {
                    if let Ok(size) = event_target_value(&ev).parse::<u32>() {
                        on_change.run(query.get_untracked().with_page_size(size));
                    }
                }>
                    {PAGE_SIZES.map(|size| view! {
                        <option value=size.to_string() selected=move || query.with(|q| q.page_size == size)>
                            {size.to_string()}
                        </option>
                    })}
                </select>
            </label>
        </nav>
    }
}
