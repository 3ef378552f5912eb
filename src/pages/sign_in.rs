use crate::pages::not_built::NotBuilt;
use leptos::prelude::*;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! { <NotBuilt title="Sign in" what="Signing in" /> }
}
