//! The root: load the runtime config, then either the routed shell or the config error page.

use crate::components::shell::Shell;
use crate::pages::config_error::ConfigErrorPage;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let config = LocalResource::new(crate::config::load);
    view! {
        <Suspense fallback=|| view! { <p class="boot-status" role="status">"Starting customer-desk…"</p> }>
            {move || config.get().map(|loaded| match loaded {
                Ok(config) => view! { <Shell config /> }.into_any(),
                Err(error) => view! { <ConfigErrorPage error /> }.into_any(),
            })}
        </Suspense>
    }
}
