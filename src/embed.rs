//! Running inside an admin portal's iframe (`?embed=1`).
//!
//! The portal hands over a token with `postMessage({type: "customer-desk:token", token})`.
//! A message counts only when its origin is in the config's `allowedOrigins` and it comes
//! from the parent window; everything else is ignored. On start the app asks the parent
//! for a token (`customer-desk:ready`, sent to the parent's origin, never `*`); before that
//! token expires, and after a 401, it asks for the next (`customer-desk:token-request`). It
//! reports navigation, saves and deletes so the portal can react.

use crate::auth::Auth;
use crate::message::text_field;
use customer_desk_domain::config::AppConfig;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const TOKEN: &str = "customer-desk:token";
pub const READY: &str = "customer-desk:ready";
/// Asks the portal for a fresh token before the current one expires, and after a 401.
pub const TOKEN_REQUEST: &str = "customer-desk:token-request";
pub const NAVIGATED: &str = "customer-desk:navigated";
pub const SAVED: &str = "customer-desk:saved";
pub const DELETED: &str = "customer-desk:deleted";

/// The way to the parent window, when embedded by an allowed origin.
#[derive(Clone)]
pub struct ParentChannel {
    parent: send_wrapper::SendWrapper<web_sys::Window>,
    origin: String,
}

impl ParentChannel {
    /// Tells the portal what happened, with the customer's id (for work that outlives the
    /// page that began it, which holds the channel itself).
    pub fn notify(&self, kind: &str, customer_id: Option<&str>) {
        match customer_id {
            Some(id) => self.post(kind, &[("id", id)]),
            None => self.post(kind, &[]),
        }
    }

    fn post(&self, kind: &str, fields: &[(&str, &str)]) {
        let _ = self.parent.post_message(&crate::message::message(kind, fields), &self.origin);
    }
}

/// Sets up the hand-off when the app runs in a frame; does nothing otherwise.
pub fn connect(config: &AppConfig, auth: Auth) {
    if !config.embed {
        return;
    }
    let window = window();
    let Some(parent) = window.parent().ok().flatten().filter(|parent| !js_sys::Object::is(parent, &window)) else {
        return;
    };
    let allowed = config.allowed_origins.clone();
    let base_url = config.api_base_url.clone();
    let backend = config.backend;
    let i18n = crate::i18n::use_i18n();
    let expected_source = send_wrapper::SendWrapper::new(parent.clone());
    let listener = window_event_listener(leptos::ev::message, move |event| {
        let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &expected_source));
        if !from_parent || !allowed.contains(&event.origin()) {
            return;
        }
        let data = event.data();
        if text_field(&data, "type").as_deref() != Some(TOKEN) {
            return;
        }
        let Some(token) = text_field(&data, "token").filter(|t| !t.is_empty()) else { return };
        let base_url = base_url.clone();
        // The name a handed-over DealPOS session goes by (its token names nobody).
        let token_user = untrack(|| i18n.tr("sign-in-dealpos-token-user"));
        leptos::task::spawn_local(async move {
            // A handed-over token is checked before use; a bad one is simply not adopted.
            if let Ok(session) = crate::auth::credentials::token_session(backend, &base_url, token, &token_user).await {
                auth.hand_over(session);
            }
        });
    });
    on_cleanup(move || listener.remove());

    if let Some(origin) = parent_origin(&window, &config.allowed_origins) {
        let channel = ParentChannel { parent: send_wrapper::SendWrapper::new(parent), origin };
        channel.post(READY, &[]);
        let asking = channel.clone();
        auth.renew_by_asking(move || asking.post(TOKEN_REQUEST, &[]));
        provide_context(channel);
    }
}

/// Tells the portal (if any) what happened, with the customer's id.
pub fn notify(kind: &str, customer_id: Option<&str>) {
    if let Some(channel) = use_context::<ParentChannel>() {
        channel.notify(kind, customer_id);
    }
}

/// Reports every route change to the portal; render it inside the router.
#[component]
pub fn NavigationReporter() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    if let Some(channel) = use_context::<ParentChannel>() {
        Effect::new(move |_| {
            let path = location.pathname.get();
            let id = path.strip_prefix("/customers/").map(|rest| rest.trim_end_matches("/edit").to_owned());
            let id = id.filter(|id| !id.is_empty() && id != "new");
            let mut fields = vec![("path", path.as_str())];
            if let Some(id) = id.as_deref() {
                fields.push(("id", id));
            }
            channel.post(NAVIGATED, &fields);
        });
    }
}

/// The embedding page's origin, if it is an allowed one. Chromium and Safari list it in
/// `location.ancestorOrigins`; elsewhere the referrer's origin is used.
fn parent_origin(window: &web_sys::Window, allowed: &[String]) -> Option<String> {
    // Not in web-sys's stable API, hence the reflection.
    let from_ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0));
    let from_referrer = window
        .document()
        .map(|document| document.referrer())
        .and_then(|referrer| web_sys::Url::new(&referrer).ok())
        .map(|url| url.origin());
    [from_ancestors, from_referrer].into_iter().flatten().find(|origin| allowed.contains(origin))
}
