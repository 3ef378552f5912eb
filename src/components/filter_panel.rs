//! The list's "Filters" form: a control for every filter PORTOS documents. Nothing is sent
//! while the user fills it in; "Apply filters" turns it into one new list URL. A value that
//! cannot become a filter is named next to its control, and what was typed stays.

use customer_desk_domain::list_filters::{Comparison, FilterDraft, FilterError, FilterField, RangeDraft};
use customer_desk_domain::list_query::ListQuery;
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
        <form id="filter-panel" class="filter-panel" aria-label="Filters" novalidate on:submit=submit>
            <div class="filter-panel__grid">
                {yes_no(FilterField::Active, ["Active only", "Inactive only"], controls.active)}
                {yes_no(FilterField::Expired, ["Expired only", "Not expired"], controls.expired)}
                {range(FilterField::Discount, controls.discount, errors, controls.kept)}
                {range(FilterField::Credit, controls.credit, errors, controls.kept)}
                {text(FilterField::ExpiresAfter, "date", controls.expires_after, errors, controls.kept)}
                {text(FilterField::ExpiresBefore, "date", controls.expires_before, errors, controls.kept)}
                {text(FilterField::ExternalId, "text", controls.external_id, errors, controls.kept)}
                {text(FilterField::Card, "text", controls.card, errors, controls.kept)}
            </div>
            <div class="form__actions">
                <button type="submit" class="button button--primary">"Apply filters"</button>
            </div>
        </form>
    }
}

fn error_of(errors: Errors, field: FilterField) -> impl Fn() -> Option<String> + Copy {
    move || errors.with(|errors| errors.iter().find(|e| e.field == field).map(|e| e.message.clone()))
}

/// The error under a control, and a note when the link holds a filter the panel cannot show.
fn messages(field: FilterField, errors: Errors, kept: RwSignal<Vec<(&'static str, String)>>) -> impl IntoView {
    let error = error_of(errors, field);
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
        {move || kept_value().map(|value| view! {
            <p class="field__hint">"From the link: " <code>{value}</code> ". A value here replaces it."</p>
        })}
    }
}

fn described_by(errors: Errors, field: FilterField) -> impl Fn() -> Option<String> + Copy {
    let error = error_of(errors, field);
    move || error().map(|_| format!("{}-error", field.id()))
}

fn yes_no(field: FilterField, labels: [&'static str; 2], value: RwSignal<Option<bool>>) -> impl IntoView {
    let key = move || match value.get() {
        None => "",
        Some(true) => "true",
        Some(false) => "false",
    };
    view! {
        <div class="field">
            <label for=field.id()>{field.label()}</label>
            <select id=field.id() prop:value=key on:change=move |ev| {
                value.set(match event_target_value(&ev).as_str() {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                });
            }>
                <option value="">"Any"</option>
                <option value="true">{labels[0]}</option>
                <option value="false">{labels[1]}</option>
            </select>
        </div>
    }
}

fn range(field: FilterField, value: RwSignal<RangeDraft>, errors: Errors, kept: RwSignal<Vec<(&'static str, String)>>) -> impl IntoView {
    let comparison = move || value.with(|v| v.comparison);
    let first_label = move || match comparison() {
        Comparison::Between => format!("{} from", field.label()),
        _ => format!("{} value", field.label()),
    };
    let invalid = move || error_of(errors, field)().map(|_| "true");
    view! {
        <div class="field field--range">
            <label for=field.id()>{field.label()}</label>
            <div class="field__row">
                <select id=field.id() prop:value=move || comparison().key()
                    on:change=move |ev| value.update(|v| v.comparison = Comparison::from_key(&event_target_value(&ev)))>
                    {Comparison::ALL.map(|c| view! { <option value=c.key()>{c.label()}</option> })}
                </select>
                <Show when=move || comparison() != Comparison::Any>
                    <input type="text" inputmode="decimal" autocomplete="off" aria-label=first_label
                        aria-invalid=invalid aria-describedby=described_by(errors, field)
                        prop:value=move || value.with(|v| v.from.clone())
                        on:input=move |ev| value.update(|v| v.from = event_target_value(&ev)) />
                </Show>
                <Show when=move || comparison() == Comparison::Between>
                    <input type="text" inputmode="decimal" autocomplete="off" aria-label=format!("{} to", field.label())
                        aria-invalid=invalid aria-describedby=described_by(errors, field)
                        prop:value=move || value.with(|v| v.to.clone())
                        on:input=move |ev| value.update(|v| v.to = event_target_value(&ev)) />
                </Show>
            </div>
            {messages(field, errors, kept)}
        </div>
    }
}

fn text(
    field: FilterField,
    input_type: &'static str,
    value: RwSignal<String>,
    errors: Errors,
    kept: RwSignal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=field.id()>{field.label()}</label>
            <input id=field.id() type=input_type autocomplete="off"
                aria-invalid=move || error_of(errors, field)().map(|_| "true")
                aria-describedby=described_by(errors, field)
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
            {messages(field, errors, kept)}
        </div>
    }
}
