//! Other people's changes while the list is open: a polite status says how many customers
//! of the view changed, with "Show changes". The rows on screen never move by themselves
//! (someone may be reading them or have focus in the table); the page as the server has it
//! now is fetched once per burst of events, to tell which changes are in the view, and
//! kept in the cache so "Show changes" shows it at once.

use super::loader::Shown;
use crate::api::live as hub;
use crate::customers::Customers;
use crate::live::{LiveEvent, use_live};
use customer_desk_domain::list::query::ListQuery;
use customer_desk_domain::live::{CustomerChange, changed_in_view};
use leptos::prelude::*;

/// How long to gather a burst of events before asking the server once.
const GATHER_MS: u32 = 250;
/// How long after connecting the rows shown before it are compared with the server's.
const CATCH_UP_AFTER_MS: u32 = 1_000;

#[component]
pub fn LiveChanges(query: Memo<ListQuery>, shown: ReadSignal<Option<Shown>>, on_show: Callback<()>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let live = use_live();
    let changed = RwSignal::new(Vec::<String>::new());
    let heard = StoredValue::new(Vec::<CustomerChange>::new());
    let checking = StoredValue::new(false);
    let check = Checker { query, shown, changed, heard, checking, customers: Customers::use_context() };

    // Other rows on screen (another view, or the changes shown): counting starts again.
    let shown_count = StoredValue::new(0_u64);
    Effect::new(move |_| {
        shown.track();
        shown_count.update_value(|count| *count += 1);
        changed.set(Vec::new());
    });
    live.on_event(move |event| match event {
        LiveEvent::Changed(change) => {
            // A row on screen counts at once; the rest once the server has said.
            if shown.with_untracked(|s| s.as_ref().is_some_and(|s| s.page.items.iter().any(|c| c.id == change.id))) {
                changed.update(|changed| {
                    if !changed.contains(&change.id) {
                        changed.push(change.id.clone());
                    }
                });
            }
            heard.update_value(|heard| heard.push(change.clone()));
            check.soon();
        }
        // Back after a gap: the page shown is compared with the server's now.
        LiveEvent::Reconnected => check.soon(),
        // Rows shown before the subscription may have missed a change: once things are
        // quiet, the page is compared with the server's, unless other rows came meanwhile
        // (the user searched or paged: those were read after the subscription).
        LiveEvent::Connected => {
            let Some(before) = shown_count.try_get_value() else { return };
            leptos::task::spawn_local(async move {
                crate::timing::sleep(CATCH_UP_AFTER_MS).await;
                if shown_count.try_get_value() == Some(before) {
                    check.soon();
                }
            });
        }
    });

    let show = move |_| {
        changed.set(Vec::new());
        on_show.run(());
        // The button goes; the heading keeps the focus on the list.
        crate::components::page_focus::focus_by_id("customers-heading");
    };
    view! {
        <div class="live-changes" role="status">
            {move || {
                let count = changed.with(Vec::len);
                (count > 0).then(|| view! {
                    <div class="notice notice--info live-changes__notice">
                        <span>{move || i18n.tr_with("live-list-changed", &[("count", (count as u32).into())])}</span>
                        <button type="button" class="button" on:click=show>{i18n.text("live-show-changes")}</button>
                    </div>
                })
            }}
        </div>
    }
}

/// Asks the server for the page shown, once per burst of events.
#[derive(Clone, Copy)]
struct Checker {
    query: Memo<ListQuery>,
    shown: ReadSignal<Option<Shown>>,
    changed: RwSignal<Vec<String>>,
    heard: StoredValue<Vec<CustomerChange>>,
    checking: StoredValue<bool>,
    customers: Customers,
}

impl Checker {
    fn soon(self) {
        if self.checking.get_value() {
            return;
        }
        self.checking.set_value(true);
        let customers = self.customers;
        leptos::task::spawn_local(async move {
            loop {
                crate::timing::sleep(GATHER_MS).await;
                let (Some(query), Some(heard)) = (self.query.try_get_untracked(), self.heard.try_update_value(std::mem::take)) else {
                    return;
                };
                let Some(Some(shown)) = self.shown.try_get_untracked() else { break };
                if shown.query != query {
                    break;
                }
                // A failure here costs nothing: the next event, or "Show changes", asks again.
                let Ok(fresh) = customers.list(&query, None).await else { break };
                // What differs because of this tab's own writes (a bulk run under way) is no news.
                let found = changed_in_view(&shown.page.items, shown.page.total, &fresh.items, fresh.total, &heard, |change| {
                    hub::is_own_echo(change, None)
                });
                let _ = self.changed.try_update(|changed| {
                    for id in found {
                        if !changed.contains(&id) {
                            changed.push(id);
                        }
                    }
                });
                if self.heard.try_with_value(Vec::is_empty) != Some(false) {
                    break;
                }
            }
            let _ = self.checking.try_set_value(false);
        });
    }
}
