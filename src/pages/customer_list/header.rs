//! The list's heading: the title, how many customers match, and "New customer".

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ListHeader(
    /// How many customers match, where the API tells it.
    #[prop(into)]
    total: Signal<Option<u64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // "New customer" about to be used: the form's code comes now.
    let preload_form = || crate::pages::lazy::preload_on_intent(crate::pages::lazy::LazyPage::Create);
    view! {
        <div class="page-header">
            <h1 id="customers-heading" tabindex="-1">{i18n.text("list-title")}</h1>
            // How many match, beside the heading: the pager's range is at the bottom.
            <span class="page-header__count">{move || total.get().map(|total| {
                i18n.tr_with("list-count", &[("count", total.into()), ("formatted", crate::format::number(i18n.locale(), total as f64).into())])
            })}</span>
            <A href="/customers/new" attr:class="button button--primary" on:pointerenter=move |_| preload_form()
                on:focus=move |_| preload_form() on:touchstart=move |_| preload_form()>
                {i18n.text("list-new-customer")}
            </A>
        </div>
    }
}
