use leptos::prelude::*;

/// An honest placeholder for a route whose page has not been built yet.
#[component]
pub fn NotBuilt(title: &'static str, what: &'static str) -> impl IntoView {
    view! {
        <section class="page page--narrow">
            <h1>{title}</h1>
            <p role="status">{what} " is not built yet."</p>
        </section>
    }
}
