//! Signing out, and keeping the token alive: a refresh shortly before it expires, and on a 401 — once,
//! with every concurrent caller waiting for the same refresh rather than starting its own.

use super::{Auth, Session};
use crate::api::http::Endpoint;
use customer_desk_domain::config::Backend;
use crate::api::dealpos::auth as dealpos_auth;
use crate::api::portos::auth as portos_auth;
use customer_desk_domain::auth::RefreshRequest;
use customer_desk_domain::session::{jwt_expiry_ms, refresh_delay_ms};
use futures::FutureExt;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

/// Renews a session: `Auth::renew`, in its chunk.
type Renew = fn(Auth) -> LocalBoxFuture<'static, Option<String>>;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(session_renewal, wasm_split_path = ::leptos::wasm_split, fallible))]
fn renewal() -> Result<Renew, crate::chunk::ChunkNotLoaded> {
    Ok(|auth| auth.renew().boxed_local())
}

impl Auth {
    /// An API endpoint carrying the current token that renews it after a 401.
    pub fn endpoint(&self) -> Endpoint {
        let auth = *self;
        Endpoint::new(&self.base_url.get_value(), self.token())
            .with_backend(self.backend)
            .with_renewal(Rc::new(move || auth.refresh().boxed_local()))
    }

    /// Ends the session here at once and on the server in the background (a failure
    /// there only means the token expires on its own).
    pub fn sign_out(&self) {
        // DealPOS tokens cannot be revoked; they simply expire.
        if let Some(token) = self.token().filter(|_| self.backend == Backend::Portos) {
            let base_url = self.base_url.get_value();
            leptos::task::spawn_local(async move {
                let _ = portos_auth::sign_out(&base_url, &token).await;
            });
        }
        self.end();
    }

    /// The new token, or `None` when the session cannot be renewed (then the user has to
    /// sign in again).
    pub fn refresh(&self) -> impl Future<Output = Option<String>> + 'static {
        if let Some(under_way) = self.refreshing.get_value() {
            return under_way;
        }
        let auth = *self;
        let refresh = async move {
            let renewed = auth.renew_once().await;
            auth.refreshing.set_value(None);
            renewed
        }
        .boxed_local()
        .shared();
        self.refreshing.set_value(Some(refresh.clone()));
        refresh
    }

    /// Renews the session with the code of [`renewal`], a wasm chunk of its own: most
    /// page loads never renew. A chunk that does not come is a renewal that failed.
    async fn renew_once(&self) -> Option<String> {
        let renew = crate::chunk::split_call!(renewal()).ok()?;
        renew(*self).await
    }

    /// PORTOS: the refresh token; DealPOS: the client credentials held in memory (a session
    /// from an access token cannot renew itself).
    async fn renew(self) -> Option<String> {
        let session = self.session.get_untracked()?;
        let base_url = self.base_url.get_value();
        let renewed = match (self.backend, session.refresh_token.clone(), self.client.get_value()) {
            (Backend::Portos, Some(refresh_token), _) => {
                let request = RefreshRequest { token_id: session.token.clone(), refresh_token };
                Session::from(portos_auth::refresh(&base_url, &request).await.ok()?)
            }
            (Backend::Dealpos, _, Some(client)) => {
                let token = dealpos_auth::client_credentials(&base_url, &client.id, &client.secret).await.ok()?;
                Session { token: token.access_token, ..session }
            }
            _ => return None,
        };
        let token = renewed.token.clone();
        self.start(renewed, self.remember.get_value());
        Some(token)
    }

    /// Whenever the session changes, plans the next refresh a little before the token
    /// expires (tokens without an expiry, or that cannot be renewed, are left alone).
    pub(super) fn schedule_refreshes(&self) {
        let auth = *self;
        let planned = StoredValue::new_local(None::<TimeoutHandle>);
        Effect::new(move |_| {
            if let Some(handle) = planned.get_value() {
                handle.clear();
            }
            let renewable = |session: &Session| session.refresh_token.is_some() || auth.client.with_value(Option::is_some);
            let expiry = auth.session.with(|session| session.as_ref().filter(|s| renewable(s)).and_then(|s| jwt_expiry_ms(&s.token)));
            let handle = expiry.and_then(|expires_at| {
                let delay = refresh_delay_ms(expires_at, js_sys::Date::now() as i64);
                set_timeout_with_handle(
                    move || {
                        leptos::task::spawn_local(async move {
                            auth.refresh().await;
                        })
                    },
                    Duration::from_millis(delay as u64),
                )
                .ok()
            });
            planned.set_value(handle);
        });
    }
}
