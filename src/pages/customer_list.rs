use crate::pages::not_built::NotBuilt;
use leptos::prelude::*;

#[component]
pub fn CustomerListPage() -> impl IntoView {
    view! { <NotBuilt title="Customers" what="The customer list" /> }
}
