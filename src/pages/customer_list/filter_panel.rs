//! The list's "Filters" form: a control for every filter PORTOS documents. Nothing is sent
//! while the user fills it in; "Apply filters" turns it into one new list URL. A value that
//! cannot become a filter is named next to its control, and what was typed stays.

use crate::i18n::{I18n, use_i18n};
use customer_desk_domain::list::filters::{Comparison, FilterDraft, FilterError, FilterField, RangeDraft};
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

/// One signal per control, loaded from the URL's query and read back on submit.
#[derive(Clone, Copy)]
struct Controls {
    active: RwSignal<Option<bool>>,
    expired: RwSignal<Option<bool>>,
    discount: RwSignal<RangeDraft>,
    credit: RwSignal<RangeDraft>,
    expires_after: RwSignal<String>,
    expires_before: RwSignal<String>,
    external_id: RwSignal<String>,
    card: RwSignal<String>,
    kept: RwSignal<Vec<(&'static str, String)>>,
}

impl Controls {
    fn new(draft: FilterDraft) -> Self {
        Self {
            active: RwSignal::new(draft.active),
            expired: RwSignal::new(draft.expired),
            discount: RwSignal::new(draft.discount),
            credit: RwSignal::new(draft.credit),
            expires_after: RwSignal::new(draft.expires_after),
            expires_before: RwSignal::new(draft.expires_before),
            external_id: RwSignal::new(draft.external_id),
            card: RwSignal::new(draft.card),
            kept: RwSignal::new(draft.kept),
        }
    }

    fn load(&self, draft: FilterDraft) {
        self.active.set(draft.active);
        self.expired.set(draft.expired);
        self.discount.set(draft.discount);
        self.credit.set(draft.credit);
        self.expires_after.set(draft.expires_after);
        self.expires_before.set(draft.expires_before);
        self.external_id.set(draft.external_id);
        self.card.set(draft.card);
        self.kept.set(draft.kept);
    }

    fn draft(&self) -> FilterDraft {
        FilterDraft {
            active: self.active.get_untracked(),
            expired: self.expired.get_untracked(),
            discount: self.discount.get_untracked(),
            credit: self.credit.get_untracked(),
            expires_after: self.expires_after.get_untracked(),
            expires_before: self.expires_before.get_untracked(),
            external_id: self.external_id.get_untracked(),
            card: self.card.get_untracked(),
            kept: self.kept.get_untracked(),
        }
    }
}

type Errors = RwSignal<Vec<FilterError>>;

#[component]
pub fn FilterPanel(#[prop(into)] query: Signal<ListQuery>, on_apply: Callback<ListQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let controls = Controls::new(FilterDraft::from_query(&query.get_untracked()));
    let errors: Errors = RwSignal::new(Vec::new());
    // Back, Forward or a removed chip change the URL: the panel shows what it now says.
    Effect::new(move |_| {
        let draft = query.with(FilterDraft::from_query);
        controls.load(draft);
        errors.set(Vec::new());
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match controls.draft().apply(&query.get_untracked()) {
            Ok(next) => {
                errors.set(Vec::new());
                on_apply.run(next);
            }
            Err(found) => errors.set(found),
        }
    };

    view! {
        <form id="filter-panel" class="filter-panel" aria-label=i18n.text("filters-title") novalidate on:submit=submit>
            <div class="filter-panel__grid">
                {yes_no(i18n, FilterField::Active, [i18n.text("filters-active-only"), i18n.text("filters-inactive-only")], controls.active)}
                {yes_no(i18n, FilterField::Expired, [i18n.text("filters-expired-only"), i18n.text("filters-not-expired")], controls.expired)}
                <p class="field__hint filter-panel__wide">{i18n.text("filters-axes-hint")}</p>
                {range(i18n, FilterField::Discount, controls.discount, errors, controls.kept)}
                {range(i18n, FilterField::Credit, controls.credit, errors, controls.kept)}
                {text(i18n, FilterField::ExpiresAfter, "date", controls.expires_after, errors, controls.kept)}
                {text(i18n, FilterField::ExpiresBefore, "date", controls.expires_before, errors, controls.kept)}
                {text(i18n, FilterField::ExternalId, "text", controls.external_id, errors, controls.kept)}
                {text(i18n, FilterField::Card, "text", controls.card, errors, controls.kept)}
            </div>
            <div class="form__actions">
                <button type="submit" class="button button--primary">{i18n.text("filters-apply")}</button>
            </div>
        </form>
    }
}

fn error_of(i18n: I18n, errors: Errors, field: FilterField) -> impl Fn() -> Option<String> + Copy {
    move || errors.with(|errors| errors.iter().find(|e| e.field == field).map(|e| i18n.render(&e.message)))
}

/// The control's label in the user's language.
fn label_of(i18n: I18n, field: FilterField) -> impl Fn() -> String + Copy {
    move || i18n.render(&field.label())
}

/// The error under a control, and a note when the link holds a filter the panel cannot show.
fn messages(i18n: I18n, field: FilterField, errors: Errors, kept: RwSignal<Vec<(&'static str, String)>>) -> impl IntoView {
    let error = error_of(i18n, errors, field);
    // Both expiry dates set one filter: its note appears once, under the first.
    let kept_value = move || {
        if field == FilterField::ExpiresBefore {
            return None;
        }
        kept.with(|kept| kept.iter().find(|(p, _)| *p == field.parameter()).map(|(_, v)| v.clone()))
    };
    view! {
        {move || error().map(|message| view! {
            <p class="field__error" id=format!("{}-error", field.id())>{message}</p>
        })}
        {move || kept_value().map(|value| {
            // The value is shown as code wherever the language puts it in the sentence.
            let sentence = i18n.tr_with("filters-from-link", &[("value", VALUE_MARK.into())]);
            let (before, after) = match sentence.split_once(VALUE_MARK) {
                Some((before, after)) => (before.to_owned(), after.to_owned()),
                None => (sentence, String::new()),
            };
            view! { <p class="field__hint">{before}<code>{value}</code>{after}</p> }
        })}
    }
}

/// Stands for a value inside a sentence while it is translated, to be replaced by markup.
const VALUE_MARK: &str = "\u{1}";

fn described_by(i18n: I18n, errors: Errors, field: FilterField) -> impl Fn() -> Option<String> + Copy {
    let error = error_of(i18n, errors, field);
    move || error().map(|_| format!("{}-error", field.id()))
}

fn yes_no(
    i18n: I18n,
    field: FilterField,
    labels: [impl Fn() -> String + Send + Sync + 'static; 2],
    value: RwSignal<Option<bool>>,
) -> impl IntoView {
    let [yes, no] = labels;
    let key = move || match value.get() {
        None => "",
        Some(true) => "true",
        Some(false) => "false",
    };
    view! {
        <div class="field">
            <label for=field.id()>{label_of(i18n, field)}</label>
            <select id=field.id() prop:value=key on:change=move |ev| {
                value.set(match event_target_value(&ev).as_str() {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                });
            }>
                <option value="">{i18n.text("filters-any")}</option>
                <option value="true">{yes}</option>
                <option value="false">{no}</option>
            </select>
        </div>
    }
}

fn range(
    i18n: I18n,
    field: FilterField,
    value: RwSignal<RangeDraft>,
    errors: Errors,
    kept: RwSignal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    let comparison = move || value.with(|v| v.comparison);
    let label = label_of(i18n, field);
    let first_label = move || match comparison() {
        Comparison::Between => i18n.tr_with("filters-range-from", &[("field", label().into())]),
        _ => i18n.tr_with("filters-range-value", &[("field", label().into())]),
    };
    let second_label = move || i18n.tr_with("filters-range-to", &[("field", label().into())]);
    let invalid = move || error_of(i18n, errors, field)().map(|_| "true");
    view! {
        <div class="field field--range">
            <label for=field.id()>{label}</label>
            <div class="field__row">
                <select id=field.id() prop:value=move || comparison().key()
                    on:change=move |ev| value.update(|v| v.comparison = Comparison::from_key(&event_target_value(&ev)))>
                    {Comparison::ALL.map(|c| view! { <option value=c.key()>{move || i18n.render(&c.label())}</option> })}
                </select>
                <Show when=move || comparison() != Comparison::Any>
                    <input type="text" inputmode="decimal" autocomplete="off" aria-label=first_label
                        aria-invalid=invalid aria-describedby=described_by(i18n, errors, field)
                        prop:value=move || value.with(|v| v.from.clone())
                        on:input=move |ev| value.update(|v| v.from = event_target_value(&ev)) />
                </Show>
                <Show when=move || comparison() == Comparison::Between>
                    <input type="text" inputmode="decimal" autocomplete="off" aria-label=second_label
                        aria-invalid=invalid aria-describedby=described_by(i18n, errors, field)
                        prop:value=move || value.with(|v| v.to.clone())
                        on:input=move |ev| value.update(|v| v.to = event_target_value(&ev)) />
                </Show>
            </div>
            {messages(i18n, field, errors, kept)}
        </div>
    }
}

fn text(
    i18n: I18n,
    field: FilterField,
    input_type: &'static str,
    value: RwSignal<String>,
    errors: Errors,
    kept: RwSignal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=field.id()>{label_of(i18n, field)}</label>
            <input id=field.id() type=input_type autocomplete="off"
                aria-invalid=move || error_of(i18n, errors, field)().map(|_| "true")
                aria-describedby=described_by(i18n, errors, field)
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
            {(input_type == "date").then(|| view! {
                <crate::components::date_reading::DateReading value id=crate::components::date_reading::reading_id(field.id()) />
            })}
            {messages(i18n, field, errors, kept)}
        </div>
    }
}
