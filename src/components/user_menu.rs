//! The signed-in user's name and "Sign out" (which also ends the session on the server).

use crate::auth::use_auth;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn UserMenu() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let auth = use_auth();
    let navigate = use_navigate();
    let sign_out = move |_| {
        auth.sign_out();
        navigate("/sign-in", Default::default());
    };
    view! {
        <Show when=move || auth.is_signed_in()>
            <div class="user-menu">
                <span class="user-menu__name">{move || auth.user_name()}</span>
                <button type="button" class="button" on:click=sign_out.clone()>{i18n.text("sign-out")}</button>
            </div>
        </Show>
    }
}
