//! Tabs that share a remembered session (a duplicated tab copies sessionStorage, and with
//! it the session): a renewal in one is adopted by the others, which would otherwise spend
//! the same refresh token again (the server rotates it, so the second use fails and that
//! tab would be signed out); signing out in one signs out the others. Messages go through a
//! same-origin `BroadcastChannel`, in memory, never storage.

use super::{Auth, Session};
use crate::message::{message, text_field};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

const CHANNEL: &str = "customer-desk.session";
const RENEWED: &str = "renewed";
const ENDED: &str = "ended";

/// The channel to the other tabs; `None` where the browser has none.
#[derive(Clone)]
pub(super) struct Tabs(Option<send_wrapper::SendWrapper<web_sys::BroadcastChannel>>);

impl Tabs {
    /// Opens the channel and lets `auth` hear the other tabs.
    pub(super) fn connect(auth: Auth) -> Self {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return Self(None) };
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let field = |name: &str| text_field(&data, name);
            match field("type").as_deref() {
                Some(RENEWED) => {
                    let session = field("session").and_then(|json| serde_json::from_str::<Session>(&json).ok());
                    if let (Some(from), Some(session)) = (field("from"), session) {
                        auth.renewed_elsewhere(&from, session);
                    }
                }
                Some(ENDED) => {
                    if let Some(token) = field("token") {
                        auth.ended_elsewhere(&token);
                    }
                }
                _ => {}
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        Self(Some(send_wrapper::SendWrapper::new(channel)))
    }

    /// Tells the other tabs that the session of token `from` goes on as `session`.
    pub(super) fn renewed(&self, from: &str, session: &Session) {
        let Ok(json) = serde_json::to_string(session) else { return };
        self.post(RENEWED, &[("from", from), ("session", &json)]);
    }

    /// Tells the other tabs that the session of `token` has ended.
    pub(super) fn ended(&self, token: &str) {
        self.post(ENDED, &[("token", token)]);
    }

    fn post(&self, kind: &str, fields: &[(&str, &str)]) {
        if let Some(channel) = &self.0 {
            let _ = channel.post_message(&message(kind, fields));
        }
    }
}

impl Auth {
    /// Another tab renewed the session this one holds: take its token rather than spend the
    /// same refresh token again.
    fn renewed_elsewhere(&self, from: &str, session: Session) {
        if self.token().as_deref() == Some(from) {
            self.start(session, self.remember.get_value());
            self.wake_renewals();
        }
    }

    /// Another tab signed out of the session this one holds.
    fn ended_elsewhere(&self, token: &str) {
        if self.token().as_deref() == Some(token) {
            self.end();
        }
    }
}
