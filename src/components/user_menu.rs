//! The signed-in user's name and "Sign out" (which also ends the session on the server).

use crate::api::portos::auth as portos_auth;
use crate::auth::use_auth;
use customer_desk_domain::config::AppConfig;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

#[component]
pub fn UserMenu() -> impl IntoView {
    let auth = use_auth();
    let base_url = expect_context::<AppConfig>().api_base_url;
    let navigate = use_navigate();
    let sign_out = move |_| {
        if let Some(token) = auth.token() {
            let base_url = base_url.clone();
            // The local session ends at once; the server is told in the background, and a
            // failure there only means the token expires on its own.
            spawn_local(async move {
                let _ = portos_auth::sign_out(&base_url, &token).await;
            });
        }
        auth.end();
        navigate("/sign-in", Default::default());
    };
    view! {
        <Show when=move || auth.is_signed_in()>
            <div class="user-menu">
                <span class="user-menu__name">{move || auth.user_name()}</span>
                <button type="button" class="button" on:click=sign_out.clone()>"Sign out"</button>
            </div>
        </Show>
    }
}
