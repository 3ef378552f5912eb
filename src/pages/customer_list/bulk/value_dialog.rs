//! The value a bulk "Set discount rate" or "Set expiration" sets, asked in a dialog and
//! checked before anything is sent (a bad value is said under its field).

use customer_desk_domain::customer::validation::parse_decimal;
use customer_desk_domain::i18n::Text;
use customer_desk_domain::list::bulk::BulkAction;
use leptos::html::Dialog;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    DiscountRate,
    Expiration,
}

impl ValueKind {
    fn ids(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            ValueKind::DiscountRate => ("bulk-discount", "bulk-discount-title", "bulk-discount-field", "text"),
            ValueKind::Expiration => ("bulk-expiration", "bulk-expiration-title", "bulk-expiration-field", "datetime-local"),
        }
    }

    /// The action the typed value means, or what is wrong with it.
    fn action(self, typed: &str) -> Result<BulkAction, Text> {
        let typed = typed.trim();
        match self {
            ValueKind::DiscountRate => match parse_decimal(typed.trim_end_matches('%').trim()) {
                Some(rate) if (0.0..=100.0).contains(&rate) => Ok(BulkAction::SetDiscountRate(rate)),
                Some(_) => Err(Text::new("form-error-discount-range")),
                None => Err(Text::new("form-error-invalid-discount-rate").with("value", typed)),
            },
            ValueKind::Expiration if typed.is_empty() => Ok(BulkAction::SetExpiration(None)),
            ValueKind::Expiration => {
                // As the form reads its expiration field: in the user's time zone.
                customer_desk_domain::form::utc_time(typed, crate::format::browser_zone())
                    .map(|moment| BulkAction::SetExpiration(Some(moment)))
                    .ok_or_else(|| Text::new("form-error-invalid-expiration-time").with("value", typed))
            }
        }
    }
}

#[component]
pub fn ValueDialog(
    open: RwSignal<bool>,
    kind: ValueKind,
    #[prop(into)] count: Signal<usize>,
    on_apply: Callback<BulkAction>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let (id, title, label, input_type) = kind.ids();
    let (title_id, field_id, error_id, hint_id) =
        (format!("{id}-title"), format!("{id}-value"), format!("{id}-error"), format!("{id}-hint"));
    crate::components::modal::show_while_open(dialog, open, move || {
        typed.set(String::new());
        error.set(None);
    });
    let apply = move || match kind.action(&typed.get_untracked()) {
        Ok(action) => {
            open.set(false);
            on_apply.run(action);
        }
        Err(problem) => error.set(Some(problem)),
    };
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let error = error.with(Option::is_some).then_some(error_id.as_str());
            let hint = (kind == ValueKind::Expiration).then_some(hint_id.as_str());
            let ids: Vec<&str> = [hint, error].into_iter().flatten().collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby=title_id.clone() on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id=title_id.clone()>{move || i18n.tr_with(title, &[("count", count.get().into())])}</h2>
            <form on:submit=move |ev| { ev.prevent_default(); apply(); } novalidate>
                <div class="field" class:field--invalid=move || error.with(Option::is_some)>
                    <label for=field_id.clone()>{i18n.text(label)}</label>
                    <input id=field_id type=input_type inputmode=(kind == ValueKind::DiscountRate).then_some("decimal")
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))
                        aria-invalid=move || error.with(Option::is_some).then_some("true") aria-describedby=described_by />
                    {(kind == ValueKind::Expiration).then(|| view! {
                        <crate::components::date_reading::DateReading value=typed id=format!("{id}-reading") />
                        <p class="field__hint" id=hint_id.clone()>{i18n.text("bulk-expiration-hint")}</p>
                    })}
                    {move || error.get().map(|problem| view! { <p class="field__error" id=error_id.clone()>{move || i18n.render(&problem)}</p> })}
                </div>
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("bulk-cancel")}</button>
                    <button type="submit" class="button button--primary">{i18n.text("bulk-apply")}</button>
                </div>
            </form>
        </dialog>
    }
}
