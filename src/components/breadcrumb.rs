//! "Customers" above a customer's page and form: back to the list as the user left it
//! (its search, filters, sort and page), not to its first page.

use crate::routes::LastListView;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Breadcrumb() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let last = LastListView::use_context();
    view! {
        <nav class="breadcrumb" aria-label=i18n.text("shell-breadcrumb")>
            <A href=move || last.href()>{i18n.text("shell-nav-customers")}</A>
        </nav>
    }
}
