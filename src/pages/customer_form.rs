use crate::pages::not_built::NotBuilt;
use leptos::prelude::*;

#[component]
pub fn CustomerCreatePage() -> impl IntoView {
    view! { <NotBuilt title="New customer" what="Creating customers" /> }
}

#[component]
pub fn CustomerEditPage() -> impl IntoView {
    view! { <NotBuilt title="Edit customer" what="Editing customers" /> }
}
