//! The active filters as chips above the table, each with a remove button, and
//! "Clear filters" for all of them at once.

use customer_desk_domain::filter_chips::filter_chips;
use customer_desk_domain::list_query::ListQuery;
use leptos::prelude::*;

#[component]
pub fn FilterChips(#[prop(into)] query: Signal<ListQuery>, on_change: Callback<ListQuery>) -> impl IntoView {
    let chips = Memo::new(move |_| query.with(filter_chips));
    let remove = move |parameter: &'static str| {
        let mut next = query.get_untracked();
        next.set_filter(parameter, None);
        on_change.run(next);
    };
    let clear = move |_| {
        let mut next = query.get_untracked();
        next.filters.clear();
        next.page = 1;
        on_change.run(next);
    };
    view! {
        <Show when=move || chips.with(|chips| !chips.is_empty())>
            <div class="filter-chips">
                <ul class="filter-chips__list" aria-label="Active filters">
                    <For each=move || chips.get() key=|chip| (chip.parameter, chip.label.clone()) let:chip>
                        <li class="chip">
                            <span>{chip.label.clone()}</span>
                            <button type="button" class="chip__remove"
                                aria-label=format!("Remove filter: {}", chip.label)
                                title=format!("Remove filter: {}", chip.label)
                                on:click=move |_| remove(chip.parameter)>"×"</button>
                        </li>
                    </For>
                </ul>
                <button type="button" class="button button--quiet" on:click=clear>"Clear filters"</button>
            </div>
        </Show>
    }
}
