//! "Bulk actions" on the selected customers: Activate, Deactivate, Set discount rate, Set
//! expiration, Export selected, Delete selected. Each needs its rights (a missing one is
//! said beside the toolbar); a run shows "Bulk progress" with Cancel, then a summary that
//! lists what failed and why, with "Retry failed"; a bulk delete asks once and then offers
//! one Undo that puts them all back.

use super::{runner, value_dialog};

use crate::api::customers::Features;
use crate::auth::use_auth;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::notices::use_notices;
use crate::pages::customer_list::export::CSV_TYPE;
use crate::pages::customer_list::selection::SelectionStore;
use customer_desk_domain::csv;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::i18n::Text;
use customer_desk_domain::list::bulk::{BulkAction, Tally};
use leptos::prelude::*;
use runner::Stop;
use value_dialog::{ValueDialog, ValueKind};

/// A run under way: what, how many, how far.
#[derive(Clone, PartialEq)]
struct Running {
    text: Text,
    total: usize,
    handled: usize,
}

/// What a run does: an action on each selected customer, or Undo of the last one.
#[derive(Clone, PartialEq)]
enum Run {
    Action(BulkAction),
    Undo,
}

impl Run {
    fn progress_text(&self) -> Text {
        match self {
            Run::Action(action) => action.progress_text(),
            Run::Undo => Text::new("bulk-undoing"),
        }
    }
}

/// The last run's outcome, and what "Retry failed" would run again.
#[derive(Clone, PartialEq)]
struct Summary {
    run: Run,
    tally: Tally,
    /// Each customer's action, by id, for "Retry failed".
    actions: Vec<(String, BulkAction)>,
}

#[component]
pub fn BulkToolbar(
    /// Called after a run changed customers, so the list shows them as stored now.
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let auth = use_auth();
    let features = expect_context::<Features>();
    let selection = SelectionStore::use_context();
    let notices = use_notices();
    let customers = crate::customers::Customers::use_context();
    let running = RwSignal::new(None::<Running>);
    let summary = RwSignal::new(None::<Summary>);
    let stop = StoredValue::new_local(Stop::default());
    let (discount_open, expiration_open, delete_open) = (RwSignal::new(false), RwSignal::new(false), RwSignal::new(false));
    let deactivate_open = RwSignal::new(false);
    let count = move || selection.with(|s| s.len());
    let may = move |action: &BulkAction| action.rights().iter().all(|right| auth.can(*right));
    let busy = move || running.with(Option::is_some);
    // Undo starts a run from a notice, which outlives this closure's first use.
    let start_undo = StartUndo::default();

    let selected = move || selection.with_untracked(|s| s.customers().to_vec());
    let start = move |run: Run, work: Vec<(Customer, BulkAction)>, reread: bool| {
        if busy() || work.is_empty() {
            return;
        }
        // Mass changes are never held to be replayed late.
        if crate::api::connectivity::is_offline() {
            notices.show(untrack(|| i18n.tr("offline-refused-bulk")));
            return;
        }
        let run_stop = Stop::default();
        stop.set_value(run_stop.clone());
        summary.set(None);
        running.set(Some(Running { text: run.progress_text(), total: work.len(), handled: 0 }));
        let actions: Vec<(String, BulkAction)> = work.iter().map(|(c, a)| (c.id.clone(), a.clone())).collect();
        leptos::task::spawn_local(async move {
            let progress = move |handled| {
                running.try_update(|r| {
                    if let Some(r) = r {
                        r.handled = handled;
                    }
                });
            };
            let tally = runner::run(customers, features, work, reread, run_stop, progress).await;
            running.try_set(None);
            selection.update(|s| {
                for customer in &tally.done {
                    s.refresh(customer);
                }
            });
            match &run {
                Run::Action(action) if !tally.undo.is_empty() => {
                    let undo = tally.undo.clone();
                    let message = untrack(|| i18n.render(&action.done_text().with("count", undo.len())));
                    notices.show_with_action(message, untrack(|| i18n.tr("bulk-undo")), move || start_undo.run(undo.clone()));
                }
                Run::Undo => notices.show(untrack(|| i18n.tr_with("bulk-undone", &[("count", tally.done.len().into())]))),
                Run::Action(_) => {}
            }
            summary.try_set(Some(Summary { run, tally, actions }));
            on_done.try_run(());
        });
    };
    start_undo.set(Some(Callback::new(move |work| start(Run::Undo, work, false))));
    let act =
        move |action: BulkAction| start(Run::Action(action.clone()), selected().into_iter().map(|c| (c, action.clone())).collect(), false);
    // A delete is held for Undo and sent when its time is over: the rows go at once.
    let delete = move || {
        let chosen = selected();
        if chosen.is_empty() {
            return;
        }
        if crate::api::connectivity::is_offline() {
            notices.show(untrack(|| i18n.tr("offline-refused-delete")));
            return;
        }
        selection.update(|s| {
            for customer in &chosen {
                s.unselect(&customer.id);
            }
        });
        let count = chosen.len();
        let batch = customers.delete_later(chosen, move |refused| {
            let names = refused
                .iter()
                .map(|(c, e)| format!("{} ({})", c.display_name(), untrack(|| i18n.render(&e.text()))))
                .collect::<Vec<_>>()
                .join(", ");
            notices.show(untrack(|| i18n.tr_with("bulk-delete-refused", &[("count", refused.len().into()), ("names", names.into())])));
        });
        let message = untrack(|| i18n.tr_with("bulk-deleted", &[("count", count.into())]));
        notices.show_lasting_with_action(message, untrack(|| i18n.tr("bulk-undo")), move || {
            let back = customers.undo_delete(batch);
            notices.show(untrack(|| i18n.tr_with("bulk-restored", &[("count", back.into())])));
        });
        on_done.run(());
    };

    let export = move |_| {
        let parts = js_sys::Array::new();
        parts.push(&csv::export::header().into());
        let records: String = selection.with_untracked(|s| s.customers().iter().map(csv::export::customer_record).collect());
        parts.push(&records.into());
        let _ = crate::download::save(&parts, CSV_TYPE, &csv::export::file_name(crate::format::today()));
    };
    let button = move |label: &'static str, action: Option<BulkAction>, on_click: Callback<()>| {
        let allowed = action.is_none_or(|action| may(&action));
        view! {
            <button type="button" class="button" disabled=move || busy() || !allowed on:click=move |_| on_click.run(())>
                {i18n.text(label)}
            </button>
        }
    };
    let reasons = move || {
        [
            (!may(&BulkAction::Activate)).then_some("bulk-needs-update"),
            (!may(&BulkAction::SetDiscountRate(0.0)) && may(&BulkAction::Activate)).then_some("bulk-needs-discount"),
            (!may(&BulkAction::Delete)).then_some("bulk-needs-delete"),
        ]
        .into_iter()
        .flatten()
        .map(|id| view! { <p class="field__hint">{i18n.text(id)}</p> })
        .collect_view()
    };

    view! {
        <Show when=move || { count() > 0 || summary.with(Option::is_some) }>
            <div class="bulk">
                <div role="toolbar" aria-label=i18n.text("bulk-toolbar") class="bulk__toolbar">
                    {button("bulk-activate", Some(BulkAction::Activate), Callback::new(move |()| act(BulkAction::Activate)))}
                    {button("bulk-deactivate", Some(BulkAction::Deactivate), Callback::new(move |()| deactivate_open.set(true)))}
                    {button("bulk-set-discount", Some(BulkAction::SetDiscountRate(0.0)), Callback::new(move |()| discount_open.set(true)))}
                    {button("bulk-set-expiration", Some(BulkAction::SetExpiration(None)), Callback::new(move |()| expiration_open.set(true)))}
                    {button("bulk-export", None, Callback::new(move |()| export(())))}
                    {button("bulk-delete", Some(BulkAction::Delete), Callback::new(move |()| delete_open.set(true)))}
                </div>
                {reasons}
                {move || running.get().map(|run| view! {
                    <div class="bulk__progress">
                        <progress aria-label=i18n.text("bulk-progress") value=run.handled.to_string() max=run.total.max(1).to_string()></progress>
                        <span>{move || i18n.render(&run.text.clone().with("done", run.handled).with("total", run.total))}</span>
                        <button type="button" class="button" on:click=move |_| stop.with_value(Stop::stop)>{i18n.text("bulk-cancel")}</button>
                    </div>
                })}
                {move || summary.get().map(|Summary { run, tally, actions }| {
                    let failed: Vec<(Customer, BulkAction)> = tally.failed.iter()
                        .filter_map(|(customer, _)| actions.iter().find(|(id, _)| *id == customer.id).map(|(_, a)| (customer.clone(), a.clone())))
                        .collect();
                    let retry = Callback::new(move |()| start(run.clone(), failed.clone(), true));
                    view! { <SummaryView tally retry on_close=Callback::new(move |()| summary.set(None)) /> }
                })}
                <ValueDialog open=discount_open kind=ValueKind::DiscountRate count=Signal::derive(count)
                    on_apply=Callback::new(act) />
                <ValueDialog open=expiration_open kind=ValueKind::Expiration count=Signal::derive(count)
                    on_apply=Callback::new(act) />
                <ConfirmDialog open=deactivate_open id="bulk-deactivate-title"
                    title=Signal::derive(move || i18n.tr_with("bulk-deactivate-title", &[("count", count().into())]))
                    message=Signal::derive(move || i18n.tr("bulk-deactivate-message"))
                    confirm_label=i18n.text("bulk-deactivate")
                    busy=Signal::derive(busy)
                    on_confirm=Callback::new(move |()| {
                        deactivate_open.set(false);
                        act(BulkAction::Deactivate);
                    }) />
                <ConfirmDialog open=delete_open id="bulk-delete-title"
                    title=Signal::derive(move || i18n.tr_with("bulk-delete-title", &[("count", count().into())]))
                    message=Signal::derive(move || i18n.tr("bulk-delete-message"))
                    confirm_label=i18n.text("customer-delete")
                    busy=Signal::derive(busy)
                    on_confirm=Callback::new(move |()| {
                        delete_open.set(false);
                        delete();
                    }) />
            </div>
        </Show>
    }
}

/// Offers Undo for the customers a bulk action changed, each with the action undoing it.
type UndoStarter = Callback<Vec<(Customer, BulkAction)>>;

/// Starts the Undo of a run; set once the run's `start` exists.
#[derive(Clone, Copy, Default)]
struct StartUndo(StoredValue<Option<UndoStarter>>);

impl StartUndo {
    fn set(&self, start: Option<Callback<Vec<(Customer, BulkAction)>>>) {
        self.0.set_value(start);
    }

    fn run(&self, work: Vec<(Customer, BulkAction)>) {
        if let Some(start) = self.0.try_get_value().flatten() {
            start.run(work);
        }
    }
}

#[component]
fn SummaryView(tally: Tally, retry: Callback<()>, on_close: Callback<()>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let counts =
        [("done", tally.done.len()), ("unchanged", tally.unchanged), ("failed", tally.failed.len()), ("notReached", tally.not_reached)];
    let failed = tally.failed.clone();
    view! {
        <div class="notice notice--stacked bulk__summary" role="status">
            <p>{move || i18n.tr_with("bulk-summary", &counts.map(|(name, n)| (name, n.into())))}</p>
            {(!failed.is_empty()).then(|| view! {
                <h2 class="bulk__heading">{i18n.text("bulk-failed-heading")}</h2>
                <ul class="bulk__failures">
                    {failed.into_iter().map(|(customer, reason)| view! {
                        <li>{customer.display_name()}": "{move || i18n.render(&reason)}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="notice__actions">
                {(!tally.failed.is_empty()).then(|| view! {
                    <button type="button" class="button button--primary" on:click=move |_| retry.run(())>{i18n.text("bulk-retry")}</button>
                })}
                <button type="button" class="button" on:click=move |_| on_close.run(())>{i18n.text("bulk-close")}</button>
            </div>
        </div>
    }
}
