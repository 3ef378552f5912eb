//! Rows that match existing customers: while the user looks at the preview, the file's rows
//! that may create a customer are checked against the server a batch at a time (the vendor
//! asked once per batch for its cards and External IDs, once per distinct name); rows that
//! share a strong key with an existing customer are listed under "Possible duplicates",
//! with a choice for all of them and one per row. The import checks any rows not reached
//! yet itself, so a large file never creates a customer who already exists.

use crate::api::ApiError;
use crate::customers::Customers;
use crate::i18n::use_i18n;
use customer_desk_domain::csv::import::{ExistingRule, LOOKUP_BATCH, RowChoice, Target, apply_row, may_create, row_match};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::duplicates::StrongKey;
use leptos::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Rows listed with a choice of their own; the others follow the choice for all.
const LISTED: usize = 50;

/// A row that matches existing customers: its name, and each customer with the keys shared.
#[derive(Clone, Debug, PartialEq)]
pub struct RowMatches {
    pub name: String,
    pub found: Vec<(Customer, Vec<StrongKey>)>,
}

impl RowMatches {
    pub fn ids(&self) -> Vec<String> {
        self.found.iter().map(|(customer, _)| customer.id.clone()).collect()
    }
}

/// The check's state in the dialog, and what the user chose.
#[derive(Clone, Copy)]
pub struct ExistingCheck {
    /// The rows (by index) that match existing customers.
    pub matches: RwSignal<BTreeMap<usize, RowMatches>>,
    /// How many rows, from the top, have been checked.
    pub checked: RwSignal<usize>,
    pub failure: RwSignal<Option<String>>,
    pub rule: RwSignal<ExistingRule>,
    pub choices: RwSignal<HashMap<usize, RowChoice>>,
    /// Each check belongs to one mapping; a newer one (or the import) ends the older.
    generation: StoredValue<u32>,
}

/// What the import takes from the check.
pub struct Existing {
    pub matches: HashMap<usize, Vec<String>>,
    pub checked: usize,
    pub rule: ExistingRule,
    pub choices: HashMap<usize, RowChoice>,
}

impl ExistingCheck {
    pub fn new() -> Self {
        Self {
            matches: RwSignal::new(BTreeMap::new()),
            checked: RwSignal::new(0),
            failure: RwSignal::new(None),
            rule: RwSignal::new(ExistingRule::default()),
            choices: RwSignal::new(HashMap::new()),
            generation: StoredValue::new(0),
        }
    }

    /// Forgets the rows checked and what was chosen, and ends a check under way.
    pub fn reset(&self) {
        self.stop();
        self.matches.set(BTreeMap::new());
        self.checked.set(0);
        self.failure.set(None);
        self.rule.set(ExistingRule::default());
        self.choices.set(HashMap::new());
    }

    /// Ends a check under way (what it found so far stays).
    pub fn stop(&self) {
        self.generation.update_value(|g| *g += 1);
    }

    /// Checks every row of the file, a batch at a time, from the top.
    pub fn start(&self, customers: Customers, rows: Rc<Vec<Vec<String>>>, mapping: Vec<Option<Target>>) {
        self.reset();
        let this = *self;
        let generation = self.generation.get_value();
        let i18n = use_i18n();
        leptos::task::spawn_local(async move {
            for start in (0..rows.len()).step_by(LOOKUP_BATCH) {
                let end = (start + LOOKUP_BATCH).min(rows.len());
                let found = check(customers, &rows, &mapping, start..end).await;
                if this.generation.try_get_value() != Some(generation) {
                    return;
                }
                match found {
                    Ok(found) => {
                        this.matches.update(|matches| matches.extend(found));
                        this.checked.set(end);
                    }
                    Err(err) => {
                        this.failure.set(Some(i18n.render(&err.text())));
                        return;
                    }
                }
            }
        });
    }

    pub fn snapshot(&self) -> Existing {
        Existing {
            matches: self.matches.with_untracked(|m| m.iter().map(|(index, row)| (*index, row.ids())).collect()),
            checked: self.checked.get_untracked(),
            rule: self.rule.get_untracked(),
            choices: self.choices.get_untracked(),
        }
    }
}

/// The rows among `indices` that may create a customer and match existing ones.
pub async fn check(
    customers: Customers,
    rows: &[Vec<String>],
    mapping: &[Option<Target>],
    indices: impl Iterator<Item = usize>,
) -> Result<BTreeMap<usize, RowMatches>, ApiError> {
    let candidates: Vec<(usize, Customer)> = indices
        .filter(|&index| may_create(&row_match(&rows[index], mapping)))
        .filter_map(|index| apply_row(&rows[index], mapping, &Customer::default()).ok().map(|prepared| (index, prepared.customer)))
        .collect();
    if candidates.is_empty() {
        return Ok(BTreeMap::new());
    }
    let as_created: Vec<Customer> = candidates.iter().map(|(_, customer)| customer.clone()).collect();
    let found = customers.existing_matches(&as_created).await?;
    Ok(candidates
        .into_iter()
        .zip(found)
        .filter(|(_, found)| !found.is_empty())
        .map(|((index, customer), found)| (index, RowMatches { name: customer.display_name(), found }))
        .collect())
}

/// The keys shared, as the form labels them.
fn keys_text(i18n: crate::i18n::I18n, keys: &[StrongKey]) -> String {
    keys.iter().map(|key| i18n.render(&key.label())).collect::<Vec<_>>().join(", ")
}

/// What the preview says of a row that matches existing customers.
pub fn describe(i18n: crate::i18n::I18n, row: &RowMatches) -> String {
    let names = row.found.iter().map(|(customer, _)| customer.display_name()).collect::<Vec<_>>().join(", ");
    let mut keys: Vec<StrongKey> = Vec::new();
    for key in row.found.iter().flat_map(|(_, keys)| keys) {
        if !keys.contains(key) {
            keys.push(*key);
        }
    }
    i18n.tr_with("import-match-existing", &[("names", names.into()), ("keys", keys_text(i18n, &keys).into())])
}

/// How far the check is, and once rows match: the choice for all and one per row.
#[component]
pub fn ExistingMatches(check: ExistingCheck, rows: usize) -> impl IntoView {
    let i18n = use_i18n();
    let status = move || {
        let found = check.matches.with(BTreeMap::len);
        match (check.failure.get(), check.checked.get()) {
            (Some(reason), _) => i18n.tr_with("import-existing-failed", &[("reason", reason.into())]),
            (None, done) if done < rows => i18n.tr_with("import-existing-checking", &[("done", done.into()), ("rows", rows.into())]),
            _ if found == 0 => i18n.tr("import-existing-none"),
            _ => i18n.tr_with("import-existing-found", &[("count", found.into())]),
        }
    };
    let option = move |value: ExistingRule, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="import-existing" prop:checked=move || check.rule.get() == value
                    on:change=move |_| check.rule.set(value) />
                {i18n.text(label)}
            </label>
        }
    };
    view! {
        <p role="status">{status}</p>
        <Show when=move || check.matches.with(|m| !m.is_empty())>
            <fieldset class="import__duplicates import__existing">
                <legend>{i18n.text("import-existing")}</legend>
                {option(ExistingRule::Skip, "import-existing-skip")}
                {option(ExistingRule::CreateAnyway, "import-existing-create")}
                {option(ExistingRule::UpdateMatch, "import-existing-update")}
                <MatchedRows check />
            </fieldset>
        </Show>
    }
}

/// The rows that match, each with its existing customers and a choice of its own.
#[component]
fn MatchedRows(check: ExistingCheck) -> impl IntoView {
    let i18n = use_i18n();
    let more = move || check.matches.with(|m| m.len().saturating_sub(LISTED));
    view! {
        <div class="table-wrap">
            <table class="data-table import__existing-rows" aria-label=i18n.text("import-existing-table")>
                <thead>
                    <tr>
                        <th scope="col">{i18n.text("import-row")}</th>
                        <th scope="col">{i18n.text("import-full-name")}</th>
                        <th scope="col">{i18n.text("import-existing-customer")}</th>
                        <th scope="col">{i18n.text("import-existing-action")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || check.matches.with(|m| m.iter().take(LISTED).map(|(i, row)| (*i, row.clone())).collect::<Vec<_>>())
                        key=|(index, row)| (*index, row.ids())
                        children=move |(index, row)| view! { <MatchedRow check index row /> }
                    />
                </tbody>
            </table>
        </div>
        <Show when=move || { more() > 0 }>
            <p>{move || i18n.tr_with("import-existing-more", &[("count", more().into())])}</p>
        </Show>
    }
}

#[component]
fn MatchedRow(check: ExistingCheck, index: usize, row: RowMatches) -> impl IntoView {
    let i18n = use_i18n();
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let choice = match value.as_str() {
            "skip" => RowChoice::Skip,
            "create" => RowChoice::CreateAnyway,
            "" => RowChoice::AsForAll,
            other => other.strip_prefix("update:").map_or(RowChoice::AsForAll, |id| RowChoice::Update(id.to_owned())),
        };
        check.choices.update(|choices| {
            choices.insert(index, choice);
        });
    };
    let chosen = move |choice: RowChoice| move || check.choices.with(|c| c.get(&index).cloned().unwrap_or_default() == choice);
    let label = i18n.tr_with("import-existing-choice", &[("row", (index + 2).into())]);
    view! {
        <tr>
            <th scope="row">{index + 2}</th>
            <td>{row.name.clone()}</td>
            <td>
                <ul class="import__existing-list">
                    {row.found.iter().map(|(customer, keys)| {
                        let keys = keys.clone();
                        view! {
                            <li>
                                <a href=crate::routes::customer_href(&customer.id) target="_blank" rel="noopener">{customer.display_name()}</a>
                                " "
                                <span class="muted">{move || i18n.tr_with("duplicates-matched", &[("keys", keys_text(i18n, &keys).into())])}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </td>
            <td>
                <select aria-label=label on:change=choose>
                    <option value="" prop:selected=chosen(RowChoice::AsForAll)>{i18n.text("import-existing-as-for-all")}</option>
                    <option value="skip" prop:selected=chosen(RowChoice::Skip)>{i18n.text("import-existing-row-skip")}</option>
                    <option value="create" prop:selected=chosen(RowChoice::CreateAnyway)>{i18n.text("import-existing-row-create")}</option>
                    {row.found.iter().map(|(customer, _)| {
                        let name = customer.display_name();
                        let id = customer.id.clone();
                        view! {
                            <option value=format!("update:{id}") prop:selected=chosen(RowChoice::Update(id))>
                                {move || i18n.tr_with("import-existing-row-update", &[("name", name.clone().into())])}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </td>
        </tr>
    }
}
