//! The active filters as chips above the table, each with a remove button, and
//! "Clear filters" for all of them at once.

use crate::i18n::use_i18n;
use customer_desk_domain::list::chips::filter_chips;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

#[component]
pub fn FilterChips(#[prop(into)] query: Signal<ListQuery>, on_change: Callback<ListQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let chips = Memo::new(move |_| {
        let locale = i18n.locale();
        query.with(|query| filter_chips(query, locale))
    });
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
                <ul class="filter-chips__list" aria-label=i18n.text("filters-chips")>
                    <For each=move || chips.get() key=|chip| (chip.parameter, chip.label.clone()) children=move |chip| {
                        let label = chip.label.clone();
                        let remove_label = move || i18n.tr_with("filters-chip-remove", &[("filter", label.clone().into())]);
                        view! {
                            <li class="chip">
                                <span>{chip.label}</span>
                                <button type="button" class="chip__remove"
                                    aria-label=remove_label.clone()
                                    title=remove_label
                                    on:click=move |_| remove(chip.parameter)>"×"</button>
                            </li>
                        }
                    } />
                </ul>
                <button type="button" class="button button--quiet" on:click=clear>{i18n.text("filters-clear")}</button>
            </div>
        </Show>
    }
}
