//! "Sign in with": a password (PORTOS) or a client ID and secret (DealPOS), or an access
//! token issued elsewhere; on the sign-in page and in the sign-in-again dialog.

use crate::auth::credentials::Method;
use leptos::prelude::*;

#[component]
pub fn MethodChoice(method: RwSignal<Method>, client_credentials: bool, group: &'static str) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let choice = move |value: Method, label: Signal<String>| {
        view! {
            <label>
                <input type="radio" name=group checked=move || method.get() == value on:change=move |_| method.set(value) />
                {label}
            </label>
        }
    };
    view! {
        <fieldset class="segmented">
            <legend>{i18n.text("sign-in-with")}</legend>
            {choice(Method::Password, Signal::derive(move || if client_credentials { i18n.tr("sign-in-method-client") } else { i18n.tr("sign-in-method-password") }))}
            {choice(Method::AccessToken, Signal::derive(move || i18n.tr("sign-in-access-token")))}
        </fieldset>
    }
}
