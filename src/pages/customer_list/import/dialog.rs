//! The dialog "Import customers": reads a picked or dropped file (a chunk at a time, so a
//! 10,000-row file never freezes the tab), guesses the column mapping from the header,
//! previews the rows with each cell's problems before anything is sent, then imports (a
//! row whose External ID matches a customer updates it, the others create) with "Import
//! progress" and Cancel, and ends with the counts and "Download failed rows".

use super::{existing, mapping, run};
use crate::i18n::use_i18n;
use customer_desk_domain::csv::import::{
    CellError, CsvReader, DuplicateRule, Plan, RowMatch, SharedKey, Target, apply_row, guess_mapping, has_duplicates, plan, row_match,
};
use customer_desk_domain::customer::Customer;
use leptos::html::Dialog;
use leptos::prelude::*;
use run::{Finished, ImportJob, import_rows};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Records read per turn before the browser gets the tab back.
const CHUNK: usize = 500;
/// Rows the preview shows.
const PREVIEW: usize = 20;

/// A file read: its header and its rows.
#[derive(Clone)]
struct Loaded {
    header: Vec<String>,
    rows: Rc<Vec<Vec<String>>>,
}

#[derive(Clone, PartialEq)]
enum Stage {
    Choosing,
    Reading(String),
    Ready,
    Importing { done: usize, total: usize },
    Finished(Finished),
}

#[component]
pub fn ImportDialog(
    /// Called after an import changed customers, so the list shows them.
    on_done: Callback<()>,
    /// Shown while true (the "Import CSV" button sets it; closing the dialog clears it).
    open: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let customers = crate::customers::Customers::use_context();
    let features = expect_context::<crate::api::customers::Features>();
    let dialog = NodeRef::<Dialog>::new();
    let stage = RwSignal::new(Stage::Choosing);
    let loaded = StoredValue::new_local(None::<Loaded>);
    let mapping = RwSignal::new(Vec::<Option<Target>>::new());
    let rule = RwSignal::new(DuplicateRule::LastWins);
    // DealPOS finds a customer by email too, so one email is one customer there.
    let email_is_key = features.membership;
    // Which customer each row is for, from the whole file, before anything is sent.
    let plans = Memo::new(move |_| {
        let mapping = mapping.get();
        let rule = rule.get();
        loaded.with_value(|file| file.as_ref().map(|file| plan(&file.rows, &mapping, rule, email_is_key)).unwrap_or_default())
    });
    let problem = RwSignal::new(None::<String>);
    let checked = RwSignal::new(None::<(usize, usize)>);
    let stop = StoredValue::new_local(run::Stop::default());
    // Each check of the rows belongs to one mapping; a newer mapping ends the older check.
    let check_generation = StoredValue::new(0_u32);
    let existing = existing::ExistingCheck::new();
    crate::components::modal::show_while_open(dialog, open, || ());

    // Every row is checked against the rules (a chunk per turn) whenever the mapping changes.
    Effect::new(move |_| {
        let mapping = mapping.get();
        checked.set(None);
        check_generation.update_value(|g| *g += 1);
        let generation = check_generation.get_value();
        let Some(file) = loaded.get_value() else { return };
        if mapping.is_empty() {
            existing.reset();
            return;
        }
        existing.start(customers, file.rows.clone(), mapping.clone());
        leptos::task::spawn_local(async move {
            let mut problems = 0;
            for chunk in file.rows.chunks(CHUNK) {
                problems += chunk.iter().filter(|row| !row_problems(row, &mapping).is_empty()).count();
                crate::timing::sleep(0).await;
                if check_generation.try_get_value() != Some(generation) {
                    return;
                }
            }
            checked.try_set(Some((file.rows.len(), problems)));
        });
    });

    let read_file = move |file: web_sys::File| {
        let name = file.name();
        problem.set(None);
        stage.set(Stage::Reading(name.clone()));
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    problem.set(Some(i18n.tr_with("import-unreadable", &[("reason", name.clone().into())])));
                    stage.set(Stage::Choosing);
                    return;
                }
            };
            let mut reader = CsvReader::new(&bytes);
            let mut records = Vec::new();
            while !reader.done() {
                records.extend(reader.read(CHUNK));
                crate::timing::sleep(0).await;
            }
            let mut records = records.into_iter();
            let header = records.next().unwrap_or_default();
            let rows: Vec<Vec<String>> = records.collect();
            if rows.is_empty() {
                problem.set(Some(i18n.tr("import-empty")));
                stage.set(Stage::Choosing);
                return;
            }
            let guessed = guess_mapping(&header);
            loaded.set_value(Some(Loaded { header, rows: Rc::new(rows) }));
            mapping.set(guessed);
            stage.set(Stage::Ready);
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|input| input.files()).and_then(|files| files.get(0)) {
            read_file(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            read_file(file);
        }
    };

    let start = move |_| {
        let Some(file) = loaded.get_value() else { return };
        if crate::api::connectivity::is_offline() {
            problem.set(Some(i18n.tr("offline-refused-import")));
            return;
        }
        let run_stop = run::Stop::default();
        stop.set_value(run_stop.clone());
        let total = file.rows.len();
        stage.set(Stage::Importing { done: 0, total });
        let mapping = mapping.get_untracked();
        let plans = plans.get_untracked();
        existing.stop();
        let existing = existing.snapshot();
        leptos::task::spawn_local(async move {
            let progress = move |done| {
                stage.try_update(|s| {
                    if let Stage::Importing { done: d, .. } = s {
                        *d = done;
                    }
                });
            };
            let finished = import_rows(
                customers,
                features,
                ImportJob { header: file.header.clone(), rows: file.rows, mapping, plans, existing },
                run_stop,
                progress,
            )
            .await;
            stage.try_set(Stage::Finished(finished));
            on_done.try_run(());
        });
    };
    let close = move || {
        stop.with_value(run::Stop::stop);
        open.set(false);
        stage.set(Stage::Choosing);
        loaded.set_value(None);
        mapping.set(Vec::new());
        rule.set(DuplicateRule::LastWins);
        existing.reset();
        problem.set(None);
    };

    view! {
        <dialog node_ref=dialog class="dialog dialog--import" aria-labelledby="import-title" on:close=move |_| close()
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }
            on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="import-title">{i18n.text("import-title")}</h2>
            <p>{i18n.text("import-intro")}</p>
            <div class="field import__file">
                <label for="import-file">{i18n.text("import-file")}</label>
                <input id="import-file" type="file" accept=".csv,text/csv,text/plain" on:change=on_file
                    disabled=move || matches!(stage.get(), Stage::Importing { .. }) />
                <p class="field__hint">{i18n.text("import-drop")}</p>
            </div>
            {move || problem.get().map(|text| view! { <p class="notice notice--error" role="alert">{text}</p> })}
            {move || match stage.get() {
                Stage::Reading(name) => Some(view! { <p role="status">{i18n.tr_with("import-reading", &[("name", name.into())])}</p> }.into_any()),
                Stage::Ready => loaded.get_value().map(|file| view! {
                    <mapping::MappingTable header=file.header.clone() mapping />
                    <p role="status">{move || checked.get().map(|(rows, problems)| i18n.tr_with("import-rows-checked", &[("rows", rows.into()), ("problems", problems.into())]))}</p>
                    <Show when=move || plans.with(|p| has_duplicates(p))>
                        <DuplicateChoice rule />
                    </Show>
                    <existing::ExistingMatches check=existing rows=file.rows.len() />
                    <Preview file mapping plans existing />
                }.into_any()),
                Stage::Importing { done, total } => Some(view! {
                    <div class="bulk__progress">
                        <progress aria-label=i18n.text("import-progress") value=done.to_string() max=total.max(1).to_string()></progress>
                        <span>{i18n.tr_with("import-progress-text", &[("done", done.into()), ("total", total.into())])}</span>
                    </div>
                }.into_any()),
                Stage::Finished(finished) => Some(view! { <run::Outcome finished /> }.into_any()),
                Stage::Choosing => None,
            }}
            <div class="dialog__actions">
                <button type="button" class="button" on:click=move |_| match stage.get_untracked() {
                    Stage::Importing { .. } => stop.with_value(run::Stop::stop),
                    _ => close(),
                }>{move || if matches!(stage.get(), Stage::Finished(_)) { i18n.tr("import-close") } else { i18n.tr("import-cancel") }}</button>
                <Show when=move || stage.get() == Stage::Ready>
                    <button type="button" class="button button--primary" on:click=start>{i18n.text("import-start")}</button>
                </Show>
            </div>
        </dialog>
    }
}

/// What is wrong with a row, as the preview shows it (a row naming an External ID may
/// update a customer that has the name it lacks, so that rule waits for the import).
fn row_problems(row: &[String], mapping: &[Option<Target>]) -> Vec<CellError> {
    match apply_row(row, mapping, &Customer::default()) {
        Ok(_) => Vec::new(),
        Err(errors) if row_match(row, mapping) != RowMatch::New => errors.into_iter().filter(|e| e.column.is_some()).collect(),
        Err(errors) => errors,
    }
}

/// Rows for the same customer: the last one wins, or none of them is sent.
#[component]
fn DuplicateChoice(rule: RwSignal<DuplicateRule>) -> impl IntoView {
    let i18n = use_i18n();
    let option = move |value: DuplicateRule, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="import-duplicates" prop:checked=move || rule.get() == value
                    on:change=move |_| rule.set(value) />
                {i18n.text(label)}
            </label>
        }
    };
    view! {
        <fieldset class="import__duplicates">
            <legend>{i18n.text("import-duplicates")}</legend>
            {option(DuplicateRule::LastWins, "import-duplicates-last-wins")}
            {option(DuplicateRule::SkipAll, "import-duplicates-skip")}
        </fieldset>
    }
}

/// How a row finds its customer, as the preview says it.
fn describe_plan(i18n: crate::i18n::I18n, plan: &Plan) -> String {
    let key = |key: &SharedKey| match key {
        SharedKey::Id => "import-key-id",
        SharedKey::ExternalId => "import-key-external-id",
        SharedKey::Email => "import-key-email",
    };
    match plan {
        Plan::Send(RowMatch::Id(_)) => i18n.tr("import-match-id"),
        Plan::Send(RowMatch::ExternalId(_)) => i18n.tr("import-match-external-id"),
        Plan::Send(RowMatch::New) => i18n.tr("import-match-new"),
        Plan::Replaced { by, key: shared } => {
            i18n.tr_with("import-match-replaced", &[("row", (by + 2).into()), ("key", i18n.tr(key(shared)).into())])
        }
        Plan::Skipped { with, key: shared } => {
            i18n.tr_with("import-match-skipped", &[("row", (with + 2).into()), ("key", i18n.tr(key(shared)).into())])
        }
    }
}

/// The first rows as they would be imported, each cell's problem under it.
#[component]
fn Preview(
    file: Loaded,
    mapping: RwSignal<Vec<Option<Target>>>,
    plans: Memo<Vec<Plan>>,
    existing: existing::ExistingCheck,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows: Vec<Vec<String>> = file.rows.iter().take(PREVIEW).cloned().collect();
    let (shown, total) = (rows.len(), file.rows.len());
    let header = file.header.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.text("import-preview")>
            <table class="data-table import__preview" aria-label=i18n.text("import-preview")>
                <caption>{move || i18n.tr_with("import-preview-caption", &[("shown", shown.into()), ("rows", total.into())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.text("import-row")}</th>
                        <th scope="col">{i18n.text("import-match")}</th>
                        {header.iter().map(|title| view! { <th scope="col">{title.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let mapping = mapping.get();
                        let plans = plans.get();
                        let matches = existing.matches.get();
                        rows.iter().enumerate().map(|(index, row)| {
                            let matched = match (plans.get(index), matches.get(&index)) {
                                (Some(Plan::Send(_)), Some(found)) => existing::describe(i18n, found),
                                (Some(plan), _) => describe_plan(i18n, plan),
                                (None, _) => String::new(),
                            };
                            let problems = row_problems(row, &mapping);
                            let whole_row: Vec<String> = problems.iter().filter(|p| p.column.is_none()).map(|p| i18n.render(&p.text)).collect();
                            view! {
                                <tr class:import__bad-row={!problems.is_empty()}>
                                    <th scope="row">{index + 2}{(!whole_row.is_empty()).then(|| view! { <span class="field__error">{whole_row.join(" ")}</span> })}</th>
                                    <td>{matched}</td>
                                    {row.iter().enumerate().map(|(column, cell)| {
                                        let error = problems.iter().find(|p| p.column == Some(column)).map(|p| i18n.render(&p.text));
                                        let bad = error.is_some();
                                        view! {
                                            <td class:import__bad-cell=bad>
                                                {cell.clone()}
                                                {error.map(|text| view! { <span class="field__error">{text}</span> })}
                                            </td>
                                        }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
