//! The list's selection: which customers are selected for bulk work (kept for the whole
//! session's pages, so it survives paging, sorting and Back; emptied at sign-out), and the
//! bar that says how many with "Clear selection" and "Select all N matching".

use crate::auth::Auth;
use crate::customers::Customers;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use customer_desk_domain::list::selection::{self, CAP, Selection, matching_page};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SelectionStore(RwSignal<Selection>);

impl SelectionStore {
    pub fn provide(auth: Auth) {
        let store = SelectionStore(RwSignal::new(Selection::default()));
        provide_context(store);
        Effect::new(move |_| {
            if !auth.is_signed_in() {
                store.0.update(Selection::clear);
            }
        });
    }

    pub fn use_context() -> Self {
        expect_context::<SelectionStore>()
    }

    /// Reads the selection (tracked).
    pub fn with<T>(self, read: impl FnOnce(&Selection) -> T) -> T {
        self.0.with(read)
    }

    pub fn with_untracked<T>(self, read: impl FnOnce(&Selection) -> T) -> T {
        self.0.with_untracked(read)
    }

    pub fn update(self, change: impl FnOnce(&mut Selection)) {
        self.0.update(change);
    }
}

#[component]
pub fn SelectionBar(
    #[prop(into)] query: Signal<ListQuery>,
    #[prop(into)] rows: Signal<Vec<Customer>>,
    /// How many customers match, where the API tells it.
    #[prop(into)]
    total: Signal<Option<u64>>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let customers = Customers::use_context();
    let store = SelectionStore::use_context();
    let selecting = RwSignal::new(false);
    let count = move || store.with(Selection::len);
    // "Select all N matching" once the page is selected and more match than are selected.
    let more = move || {
        let total = total.get()?;
        let page_selected = rows.with(|rows| store.with(|s| s.has_all(rows)));
        (page_selected && total > count() as u64).then_some(total)
    };
    // Stopped by a failure: the selection is partial, and says so until it is whole again.
    let failed = RwSignal::new(None::<crate::api::ApiError>);
    let select_all = move || {
        let query = query.get_untracked();
        let Some(total) = total.get_untracked() else { return };
        selecting.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            let wanted = selection::selectable(total);
            let mut page = 1;
            let mut fetched = 0;
            loop {
                let result = match customers.read_through(&matching_page(&query, page), None).await {
                    Ok(result) => result,
                    Err(error) => {
                        failed.try_set(Some(error));
                        break;
                    }
                };
                let got = result.items.len() as u64;
                fetched += got;
                store.update(|s| {
                    s.select(result.items);
                });
                if got < u64::from(selection::PAGE) || fetched >= wanted || store.with_untracked(|s| s.len() >= CAP) {
                    break;
                }
                page = page.saturating_add(1);
            }
            selecting.try_set(false);
        });
    };
    // A cleared selection is no longer partial.
    Effect::new(move |_| {
        if count() == 0 {
            failed.set(None);
        }
    });
    let format = move |n: u64| crate::format::number(i18n.locale(), n as f64);
    view! {
        <Show when=move || { count() > 0 || more().is_some() }>
            <div class="selection-bar">
                <p role="status" class="selection-bar__count">
                    {move || i18n.tr_with("selection-count", &[("count", format(count() as u64).into())])}
                </p>
                {move || more().map(|total| view! {
                    <button type="button" class="button" disabled=move || selecting.get() on:click=move |_| select_all()>
                        {move || if selecting.get() {
                            i18n.tr("selection-selecting")
                        } else {
                            i18n.tr_with("selection-select-matching", &[("count", format(total).into())])
                        }}
                    </button>
                    {(total > CAP as u64).then(|| view! {
                        <span class="muted">{move || i18n.tr_with("selection-cap", &[("cap", format(CAP as u64).into())])}</span>
                    })}
                })}
                <button type="button" class="button" on:click=move |_| store.update(Selection::clear)>{i18n.text("selection-clear")}</button>
                {move || failed.get().map(|error| view! {
                    <p role="alert" class="notice notice--error selection-bar__failed">
                        {move || i18n.tr_with("selection-failed", &[
                            ("count", format(count() as u64).into()),
                            ("total", format(total.get().unwrap_or_default()).into()),
                            ("reason", i18n.render(&error.text()).into()),
                        ])}
                        " "
                        <button type="button" class="button" disabled=move || selecting.get() on:click=move |_| select_all()>{i18n.text("selection-retry")}</button>
                    </p>
                })}
            </div>
        </Show>
    }
}
