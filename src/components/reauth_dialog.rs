//! When a session ends mid-task (and cannot be refreshed), sign in again in a dialog over
//! the page, so nothing on the page is lost; `on_signed_in` then retries the task.

use crate::api::portos::auth as portos_auth;
use crate::auth::{Session, use_auth};
use customer_desk_domain::auth::SignInRequest;
use customer_desk_domain::config::AppConfig;
use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ReauthDialog(open: RwSignal<bool>, on_signed_in: Callback<()>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let config = expect_context::<AppConfig>();
    let auth = use_auth();
    let dialog = NodeRef::<Dialog>::new();
    let user_name = RwSignal::new(auth.session().map(|s| s.user.user_name).unwrap_or_default());
    let password = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(element) = dialog.get() {
            match (open.get(), element.open()) {
                (true, false) => drop(element.show_modal()),
                (false, true) => element.close(),
                _ => {}
            }
        }
    });

    let base_url = config.api_base_url.clone();
    let device_name = config.device_name.clone();
    let sign_in = Action::new_local(move |(): &()| {
        let request = SignInRequest {
            user_name: user_name.get_untracked(),
            password: password.get_untracked(),
            device_name: device_name.clone(),
        };
        let base_url = base_url.clone();
        async move { portos_auth::sign_in(&base_url, &request).await.map(Session::from) }
    });
    Effect::new(move |_| {
        if let Some(Ok(session)) = sign_in.value().get() {
            auth.start(session, false);
            password.set(String::new());
            open.set(false);
            on_signed_in.run(());
        }
    });
    let error = move || sign_in.value().get().and_then(Result::err).map(|err| i18n.render(&err.text()));

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="reauth-title" on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id="reauth-title">{i18n.text("reauth-title")}</h2>
            <p>{i18n.text("reauth-intro")}</p>
            <form class="reauth" on:submit=move |ev| { ev.prevent_default(); sign_in.dispatch(()); }>
                <div class="field">
                    <label for="reauth-user">{i18n.text("sign-in-user-name")}</label>
                    <input id="reauth-user" type="text" autocomplete="username" bind:value=user_name />
                </div>
                <div class="field">
                    <label for="reauth-password">{i18n.text("sign-in-password")}</label>
                    <input id="reauth-password" type="password" autocomplete="current-password" bind:value=password />
                </div>
                {move || error().map(|message| view! { <p class="form__error" role="alert">{message}</p> })}
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("reauth-cancel")}</button>
                    <button type="submit" class="button button--primary" disabled=move || sign_in.pending().get()>{i18n.text("sign-in")}</button>
                </div>
            </form>
        </dialog>
    }
}
