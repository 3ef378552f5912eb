//! When a session ends mid-task (and cannot be renewed), sign in again in a dialog over
//! the page, so nothing on the page is lost; `on_signed_in` then retries the task. PORTOS
//! asks for the password again; DealPOS for a client ID and secret or a new access token.

use crate::auth::credentials::{Credentials, Method, authenticate, sign_in_message};
use crate::auth::use_auth;
use crate::components::sign_in_method::MethodChoice;
use customer_desk_domain::config::{AppConfig, SignInKind};
use customer_desk_domain::i18n::catalog;
use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ReauthDialog(open: RwSignal<bool>, on_signed_in: Callback<()>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let config = expect_context::<AppConfig>();
    let auth = use_auth();
    let dialog = NodeRef::<Dialog>::new();
    let backend = config.backend;
    let client_credentials = backend.sign_in_kind() == SignInKind::ClientCredentials;
    let user_name = RwSignal::new(auth.session().map(|s| s.user.user_name).unwrap_or_default());
    let password = RwSignal::new(String::new());
    let access_token = RwSignal::new(String::new());
    // A DealPOS session started from an access token is renewed with a new one.
    let method = RwSignal::new(if client_credentials && !auth.has_client_credentials() { Method::AccessToken } else { Method::Password });
    crate::components::modal::show_while_open(dialog, open, || ());

    let base_url = config.api_base_url.clone();
    let device_name = config.device_name.clone();
    let sign_in = Action::new_local(move |(): &()| {
        let credentials = Credentials {
            method: method.get_untracked(),
            user_name: user_name.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            device_name: device_name.clone(),
            access_token: access_token.get_untracked().trim().to_owned(),
        };
        let base_url = base_url.clone();
        let token_user = catalog(i18n.locale_untracked()).text("sign-in-dealpos-token-user");
        async move { authenticate(backend, &base_url, credentials, &token_user).await }
    });
    Effect::new(move |_| {
        if let Some(Ok((session, client))) = sign_in.value().get() {
            auth.start_with(session, client, false);
            password.set(String::new());
            access_token.set(String::new());
            open.set(false);
            on_signed_in.run(());
        }
    });
    let error = move || sign_in.value().get().and_then(Result::err).map(|err| i18n.render(&sign_in_message(&err, backend)));

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="reauth-title" on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id="reauth-title">{i18n.text("reauth-title")}</h2>
            <p>{i18n.text("reauth-intro")}</p>
            <form class="reauth" on:submit=move |ev| { ev.prevent_default(); sign_in.dispatch(()); }>
                {client_credentials.then(|| view! { <MethodChoice method client_credentials group="reauth-method" /> })}
                <Show when=move || method.get() == Method::Password fallback=move || view! {
                    <div class="field">
                        <label for="reauth-token">{i18n.text("sign-in-access-token")}</label>
                        <textarea id="reauth-token" rows="3" autocomplete="off" spellcheck="false" bind:value=access_token></textarea>
                    </div>
                }>
                    <div class="field">
                        <label for="reauth-user">{move || if client_credentials { i18n.tr("sign-in-client-id") } else { i18n.tr("sign-in-user-name") }}</label>
                        <input id="reauth-user" type="text" autocomplete="username" bind:value=user_name />
                    </div>
                    <div class="field">
                        <label for="reauth-password">{move || if client_credentials { i18n.tr("sign-in-client-secret") } else { i18n.tr("sign-in-password") }}</label>
                        <input id="reauth-password" type="password" autocomplete="current-password" bind:value=password />
                    </div>
                </Show>
                {move || error().map(|message| view! { <p class="form__error" role="alert">{message}</p> })}
                <div class="dialog__actions">
                    <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("reauth-cancel")}</button>
                    <button type="submit" class="button button--primary" disabled=move || sign_in.pending().get()>{i18n.text("sign-in")}</button>
                </div>
            </form>
        </dialog>
    }
}
