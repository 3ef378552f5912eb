//! `/sign-in`: user name and password (PORTOS `POST /auth`), a client ID and secret
//! (DealPOS client credentials, for trusted kiosks), or an access token issued elsewhere.
//! Afterwards the user returns to `?next=`.

use crate::auth::credentials::{Credentials, Method, authenticate, sign_in_message};
use crate::auth::use_auth;
use crate::components::sign_in_method::MethodChoice;
use customer_desk_domain::config::{AppConfig, SignInKind};
use customer_desk_domain::i18n::catalog;
use customer_desk_domain::session::safe_return_path;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let config = expect_context::<AppConfig>();
    let auth = use_auth();
    let navigate = use_navigate();
    let next = use_query_map().with_untracked(|query| safe_return_path(query.get("next").as_deref()));

    // What the user typed into index.html's form while the app loaded carries over.
    let boot = crate::boot::take_sign_in();
    let typed = boot.clone().unwrap_or_default();
    let method = RwSignal::new(if typed.access_token_chosen { Method::AccessToken } else { Method::Password });
    let user_name = RwSignal::new(typed.user_name);
    let password = RwSignal::new(typed.password);
    let device_name = RwSignal::new(typed.device_name.unwrap_or_else(|| config.device_name.clone()));
    let access_token = RwSignal::new(typed.access_token);
    let remember = RwSignal::new(typed.remember);
    let may_remember = !config.embed;

    let base_url = config.api_base_url.clone();
    let backend = config.backend;
    let client_credentials = backend.sign_in_kind() == SignInKind::ClientCredentials;
    let submit = Action::new_local(move |credentials: &Credentials| {
        let credentials = credentials.clone();
        let base_url = base_url.clone();
        // The name a DealPOS access token's session goes by, in the language at sign-in.
        let token_user = catalog(i18n.locale_untracked()).text("sign-in-dealpos-token-user");
        async move { authenticate(backend, &base_url, credentials, &token_user).await }
    });

    Effect::new(move |_| {
        if let Some(Ok((session, client))) = submit.value().get() {
            auth.start_with(session, client, remember.get_untracked());
        }
    });
    // However the session arrived (this form, or a token from an embedding portal), a
    // signed-in user goes on to the page they asked for.
    Effect::new(move |_| {
        if auth.is_signed_in() {
            navigate(&next, Default::default());
        }
    });

    let send = move || {
        if submit.pending().get_untracked() {
            return;
        }
        submit.dispatch(Credentials {
            method: method.get_untracked(),
            user_name: user_name.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            device_name: device_name.get_untracked().trim().to_owned(),
            access_token: access_token.get_untracked().trim().to_owned(),
        });
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        send();
    };
    if let Some(boot) = boot {
        if boot.submitted {
            send();
        }
        if let Some(field) = boot.focused {
            crate::boot::restore_focus(field);
        }
    }

    let error = move || submit.value().get().and_then(Result::err).map(|err| i18n.render(&sign_in_message(&err, backend)));

    view! {
        <section class="page page--narrow sign-in">
            <h1>{i18n.text("sign-in")}</h1>
            <form class="form sign-in__form" on:submit=on_submit novalidate>
                <MethodChoice method client_credentials group="method" />

                <Show
                    when=move || method.get() == Method::Password
                    fallback=move || view! {
                        <div class="field">
                            <label for="access-token">{i18n.text("sign-in-access-token")}</label>
                            <textarea id="access-token" rows="3" required autocomplete="off" spellcheck="false"
                                bind:value=access_token></textarea>
                            <p class="field__hint">{i18n.text("sign-in-access-token-hint")}</p>
                        </div>
                    }
                >
                    // DealPOS signs in a client (ID and secret) where PORTOS signs in a user.
                    <div class="field">
                        <label for="user-name">{move || if client_credentials { i18n.tr("sign-in-client-id") } else { i18n.tr("sign-in-user-name") }}</label>
                        <input id="user-name" type="text" required autocomplete="username" autocapitalize="none"
                            bind:value=user_name />
                    </div>
                    <div class="field">
                        <label for="password">{move || if client_credentials { i18n.tr("sign-in-client-secret") } else { i18n.tr("sign-in-password") }}</label>
                        <input id="password" type="password" required autocomplete="current-password"
                            aria-describedby=client_credentials.then_some("client-secret-warning") bind:value=password />
                        {client_credentials.then(|| view! {
                            <p class="field__hint" id="client-secret-warning">
                                {i18n.text("sign-in-client-secret-warning")}
                            </p>
                        })}
                    </div>
                    {(!client_credentials).then(|| view! {
                        <div class="field">
                            <label for="device-name">{i18n.text("sign-in-device-name")}</label>
                            <input id="device-name" type="text" required autocomplete="off" aria-describedby="device-name-hint"
                                bind:value=device_name />
                            <p class="field__hint" id="device-name-hint">
                                {i18n.text("sign-in-device-name-hint")}
                            </p>
                        </div>
                    })}
                </Show>

                {may_remember.then(|| view! {
                    <label class="checkbox">
                        <input type="checkbox" bind:checked=remember />
                        {i18n.text("sign-in-remember")}
                    </label>
                })}

                {move || error().map(|message| view! { <p class="form__error" role="alert">{message}</p> })}

                <button type="submit" class="button button--primary" disabled=move || submit.pending().get()>
                    {move || if submit.pending().get() { i18n.tr("sign-in-pending") } else { i18n.tr("sign-in") }}
                </button>
            </form>
        </section>
    }
}
