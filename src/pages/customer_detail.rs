use crate::pages::not_built::NotBuilt;
use leptos::prelude::*;

#[component]
pub fn CustomerDetailPage() -> impl IntoView {
    view! { <NotBuilt title="Customer" what="The customer detail page" /> }
}
