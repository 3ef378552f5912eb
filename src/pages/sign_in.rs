//! `/sign-in`: user name and password (PORTOS `POST /auth`), a client ID and secret
//! (DealPOS client credentials, for trusted kiosks), or an access token issued elsewhere.
//! Afterwards the user returns to `?next=`.

use crate::api::ApiError;
use crate::api::dealpos::auth as dealpos_auth;
use crate::api::portos::auth as portos_auth;
use crate::auth::{Session, use_auth};
use customer_desk_domain::auth::{Device, SignInRequest, UserProfile};
use customer_desk_domain::config::{AppConfig, Backend};
use customer_desk_domain::i18n::{Text, catalog};
use customer_desk_domain::session::Right;
use customer_desk_domain::session::safe_return_path;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Password,
    AccessToken,
}

#[derive(Clone)]
struct Credentials {
    method: Method,
    user_name: String,
    password: String,
    device_name: String,
    access_token: String,
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let config = expect_context::<AppConfig>();
    let auth = use_auth();
    let navigate = use_navigate();
    let next = use_query_map().with_untracked(|query| safe_return_path(query.get("next").as_deref()));

    let method = RwSignal::new(Method::Password);
    let user_name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let device_name = RwSignal::new(config.device_name.clone());
    let access_token = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let may_remember = !config.embed;

    let base_url = config.api_base_url.clone();
    let backend = config.backend;
    let dealpos = backend == Backend::Dealpos;
    let submit = Action::new_local(move |credentials: &Credentials| {
        let credentials = credentials.clone();
        let base_url = base_url.clone();
        // The name a DealPOS access token's session goes by, in the language at sign-in.
        let token_user = catalog(i18n.locale_untracked()).text("sign-in-dealpos-token-user");
        async move { authenticate(backend, &base_url, credentials, &token_user).await }
    });

    Effect::new(move |_| {
        if let Some(Ok(session)) = submit.value().get() {
            auth.start(session, remember.get_untracked());
        }
    });
    // However the session arrived (this form, or a token from an embedding portal), a
    // signed-in user goes on to the page they asked for.
    Effect::new(move |_| {
        if auth.is_signed_in() {
            navigate(&next, Default::default());
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
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

    let error = move || submit.value().get().and_then(Result::err).map(|err| i18n.render(&sign_in_message(&err, dealpos)));

    view! {
        <section class="page page--narrow sign-in">
            <h1>{i18n.text("sign-in")}</h1>
            <form class="form sign-in__form" on:submit=on_submit novalidate>
                <fieldset class="segmented">
                    <legend>{i18n.text("sign-in-with")}</legend>
                    <label>
                        <input type="radio" name="method" checked=move || method.get() == Method::Password
                            on:change=move |_| method.set(Method::Password) />
                        {move || if dealpos { i18n.tr("sign-in-method-client") } else { i18n.tr("sign-in-method-password") }}
                    </label>
                    <label>
                        <input type="radio" name="method" checked=move || method.get() == Method::AccessToken
                            on:change=move |_| method.set(Method::AccessToken) />
                        {i18n.text("sign-in-access-token")}
                    </label>
                </fieldset>

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
                        <label for="user-name">{move || if dealpos { i18n.tr("sign-in-client-id") } else { i18n.tr("sign-in-user-name") }}</label>
                        <input id="user-name" type="text" required autocomplete="username" autocapitalize="none"
                            bind:value=user_name />
                    </div>
                    <div class="field">
                        <label for="password">{move || if dealpos { i18n.tr("sign-in-client-secret") } else { i18n.tr("sign-in-password") }}</label>
                        <input id="password" type="password" required autocomplete="current-password"
                            aria-describedby=dealpos.then_some("client-secret-warning") bind:value=password />
                        {dealpos.then(|| view! {
                            <p class="field__hint" id="client-secret-warning">
                                {i18n.text("sign-in-client-secret-warning")}
                            </p>
                        })}
                    </div>
                    {(!dealpos).then(|| view! {
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

async fn authenticate(backend: Backend, base_url: &str, credentials: Credentials, token_user: &str) -> Result<Session, ApiError> {
    match (backend, credentials.method) {
        (Backend::Dealpos, Method::Password) => {
            let token = dealpos_auth::client_credentials(base_url, &credentials.user_name, &credentials.password).await?;
            Ok(dealpos_session(token.access_token, &credentials.user_name))
        }
        (Backend::Dealpos, Method::AccessToken) => {
            dealpos_auth::check_token(base_url, &credentials.access_token).await?;
            Ok(dealpos_session(credentials.access_token, token_user))
        }
        (Backend::Portos, Method::Password) => {
            let request = SignInRequest {
                user_name: credentials.user_name,
                password: credentials.password,
                device_name: credentials.device_name,
            };
            Ok(Session::from(portos_auth::sign_in(base_url, &request).await?))
        }
        (Backend::Portos, Method::AccessToken) => {
            let user = portos_auth::profile(base_url, &credentials.access_token).await?;
            Ok(Session { token: credentials.access_token, refresh_token: None, user })
        }
    }
}

/// A DealPOS token says nothing about its roles: the app offers every action and DealPOS
/// refuses what the client may not do (a 403 names the missing role).
fn dealpos_session(token: String, name: &str) -> Session {
    let rights = [Right::CustomerCreate, Right::CustomerUpdate, Right::CustomerDelete, Right::CustomerSetDiscount, Right::CustomerSetCredit];
    let user = UserProfile {
        id: name.to_owned(),
        name: name.to_owned(),
        user_name: name.to_owned(),
        rights: rights.iter().map(|right| right.name().to_owned()).collect(),
        device: Device { name: String::new(), env_name: String::new() },
    };
    Session { token, refresh_token: None, user }
}

/// Each failure gets its own message: the user can tell a typo from an outage.
fn sign_in_message(error: &ApiError, dealpos: bool) -> Text {
    match error {
        ApiError::Unauthenticated { .. } if dealpos => Text::new("sign-in-error-client"),
        ApiError::Unauthenticated { .. } => Text::new("sign-in-error-credentials"),
        ApiError::Unreachable => Text::new("sign-in-error-unreachable"),
        ApiError::Forbidden { detail: Some(detail) } => Text::new("sign-in-error-forbidden").with("detail", detail.as_str()),
        ApiError::Forbidden { detail: None } => Text::new("sign-in-error-forbidden-no-detail"),
        other => other.text(),
    }
}
