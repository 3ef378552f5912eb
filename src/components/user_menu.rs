//! The signed-in user's name and "Sign out" (which also ends the session on the server);
//! with edits saved offline still waiting to be sent, it asks first, since they go with
//! the session.

use crate::auth::use_auth;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn UserMenu() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let auth = use_auth();
    let navigate = use_navigate();
    let customers = crate::customers::Customers::use_context();
    let sign_out = move |_| {
        let waiting = customers.waiting_count();
        if waiting > 0 {
            let question = untrack(|| i18n.tr_with("waiting-sign-out", &[("count", waiting.into())]));
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return;
            }
        }
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
