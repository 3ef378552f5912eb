//! Signing out, and keeping the token alive: a refresh shortly before it expires, and on a 401 — once,
//! with every concurrent caller waiting for the same refresh rather than starting its own.
//!
//! A renewal belongs to the session that started it: if the user signs out (or someone else
//! signs in) while it is under way, its answer is dropped, so a till never signs the last
//! clerk back in. A renewal that cannot reach the server leaves the session as it is.

use super::{Auth, Session};
use crate::api::ApiError;
use crate::api::dealpos::auth as dealpos_auth;
use crate::api::http::Endpoint;
use crate::api::portos::auth as portos_auth;
use customer_desk_domain::auth::RefreshRequest;
use customer_desk_domain::config::Backend;
use customer_desk_domain::session::{jwt_expiry_ms, refresh_delay_ms};
use futures::FutureExt;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

/// How long an embedded app waits for the portal's next token.
const HAND_OVER_WAIT_MS: u32 = 5_000;
/// How long a renewal the server refused waits for another tab's new token.
const ANOTHER_TAB_WAIT_MS: u32 = 2_000;
/// While the server cannot be reached, a planned renewal is tried again this often.
const RETRY_UNREACHABLE_MS: u32 = 5_000;

/// How a renewal ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Renewal {
    /// The new token.
    Renewed(String),
    /// The session is over: the server refused to renew it, or it ended meanwhile.
    Over,
    /// The server could not be reached: the session stays, the request fails as offline.
    Unreachable,
}

impl Renewal {
    /// As the request that needed it sees it: a token to retry with, or why not.
    pub fn into_token(self) -> Result<String, ApiError> {
        match self {
            Self::Renewed(token) => Ok(token),
            Self::Over => Err(ApiError::Unauthenticated { title: None }),
            Self::Unreachable => Err(ApiError::Unreachable),
        }
    }
}

/// Renews a session: `Auth::renew`, in its chunk.
type Renew = fn(Auth) -> LocalBoxFuture<'static, Renewal>;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(session_renewal, wasm_split_path = ::leptos::wasm_split, fallible))]
fn renewal() -> Result<Renew, crate::chunk::ChunkNotLoaded> {
    Ok(|auth| auth.renew().boxed_local())
}

impl Auth {
    /// An API endpoint carrying the current token that renews it after a 401. It belongs to
    /// this session: once another has begun, a 401 is final (a request of the last user's
    /// is never sent again with the next user's token).
    pub fn endpoint(&self) -> Endpoint {
        let auth = *self;
        let generation = self.generation();
        Endpoint::new(self.backend, &self.base_url.get_value(), self.token()).with_renewal(Rc::new(move |refused: &str| {
            let refused = refused.to_owned();
            async move {
                if auth.generation() != generation {
                    return Renewal::Over.into_token();
                }
                auth.refresh(Some(&refused)).await.into_token()
            }
            .boxed_local()
        }))
    }

    /// Ends the session here at once and on the server in the background (a failure
    /// there only means the token expires on its own).
    pub fn sign_out(&self) {
        // What must still go out under this session (held deletes) goes first; then the
        // session is revoked. DealPOS tokens cannot be revoked; they simply expire.
        let leaving = self.leave();
        let token = self.token();
        if let (Some(tabs), Some(token)) = (self.tabs.get_value(), &token) {
            tabs.ended(token);
        }
        let revoke = token.filter(|_| self.backend.revokes_tokens());
        let base_url = self.base_url.get_value();
        self.forget();
        leptos::task::spawn_local(async move {
            leaving.await;
            if let Some(token) = revoke {
                // Requests already sent with it are answered first (not 401 for a token
                // revoked while they were on their way).
                crate::api::http::requests_with_token_settled(2000).await;
                let _ = portos_auth::sign_out(&base_url, &token).await;
            }
        });
    }

    /// Renews the session. `refused` is the token a 401 came back for: when the session
    /// has moved on to another token since, that one is simply used (a second renewal would
    /// end a handed-over session that is still good).
    pub fn refresh(&self, refused: Option<&str>) -> LocalBoxFuture<'static, Renewal> {
        let current = self.token();
        match (current, refused) {
            (None, _) => return futures::future::ready(Renewal::Over).boxed_local(),
            (Some(current), Some(refused)) if current != refused => return futures::future::ready(Renewal::Renewed(current)).boxed_local(),
            _ => {}
        }
        let generation = self.generation();
        if let Some((of, under_way)) = self.refreshing.get_value()
            && of == generation
        {
            return under_way.boxed_local();
        }
        let auth = *self;
        let refresh = async move {
            let renewed = auth.renew_once().await;
            if auth.generation() == generation {
                auth.refreshing.set_value(None);
            }
            renewed
        }
        .boxed_local()
        .shared();
        self.refreshing.set_value(Some((generation, refresh.clone())));
        refresh.boxed_local()
    }

    /// Renews the session with the code of [`renewal`], a wasm chunk of its own: most
    /// page loads never renew. A chunk that does not come could not be fetched.
    async fn renew_once(&self) -> Renewal {
        match crate::chunk::split_call!(renewal()) {
            Ok(renew) => renew(*self).await,
            Err(_) => Renewal::Unreachable,
        }
    }

    /// PORTOS: the refresh token; DealPOS: the client credentials held in memory; embedded:
    /// the portal's next token. Anything else cannot renew itself.
    async fn renew(self) -> Renewal {
        let Some(session) = self.session.get_untracked() else { return Renewal::Over };
        let generation = self.generation();
        let base_url = self.base_url.get_value();
        let renewed: Result<Session, ApiError> = match (self.backend, session.refresh_token.clone(), self.client.get_value()) {
            (Backend::Portos, Some(refresh_token), _) => {
                let request = RefreshRequest { token_id: session.token.clone(), refresh_token };
                portos_auth::refresh(&base_url, &request).await.map(Session::from)
            }
            (Backend::Dealpos, _, Some(client)) => dealpos_auth::client_credentials(&base_url, &client.id, &client.secret)
                .await
                .map(|token| Session { token: token.access_token, ..session.clone() }),
            _ => return self.ask_portal(&session.token).await,
        };
        // Signed out (or someone else signed in) meanwhile: this answer is not theirs.
        if self.generation() != generation {
            return Renewal::Over;
        }
        match renewed {
            Ok(renewed) => {
                let token = renewed.token.clone();
                let remember = self.remember.get_value();
                if let Some(tabs) = self.tabs.get_value().filter(|_| remember) {
                    tabs.renewed(&session.token, &renewed);
                }
                self.start(renewed, remember);
                Renewal::Renewed(token)
            }
            Err(ApiError::Unreachable | ApiError::Server { .. } | ApiError::RateLimited { .. }) => Renewal::Unreachable,
            // Another tab sharing this session may have spent the refresh token a moment
            // earlier: its new token arrives here too.
            Err(_) if self.remember.get_value() => self.token_from_elsewhere(&session.token, ANOTHER_TAB_WAIT_MS).await,
            Err(_) => Renewal::Over,
        }
    }

    /// Waits up to `wait_ms` for a token other than `old_token` to arrive from elsewhere
    /// (a portal's hand-over, another tab's renewal).
    async fn token_from_elsewhere(self, old_token: &str, wait_ms: u32) -> Renewal {
        let arrived = || self.token().filter(|token| token != old_token);
        if let Some(token) = arrived() {
            return Renewal::Renewed(token);
        }
        let (sender, handed_over) = futures::channel::oneshot::channel();
        self.awaiting_hand_over.update_value(|waiting| waiting.push(sender));
        let timeout = crate::timing::sleep(wait_ms).fuse();
        let handed_over = handed_over.fuse();
        futures::pin_mut!(timeout, handed_over);
        futures::select! {
            _ = handed_over => {}
            _ = timeout => {}
        }
        arrived().map_or(Renewal::Over, Renewal::Renewed)
    }

    /// Embedded: asks the portal for a new token and waits a few seconds for it.
    async fn ask_portal(self, old_token: &str) -> Renewal {
        let Some(ask) = self.ask_parent.get_value() else { return Renewal::Over };
        ask();
        self.token_from_elsewhere(old_token, HAND_OVER_WAIT_MS).await
    }

    /// Whenever the session changes, plans the next refresh a little before the token
    /// expires (tokens without an expiry, or that cannot be renewed, are left alone). A
    /// planned refresh that cannot reach the server is tried again until it can, or until
    /// the session ends.
    pub(super) fn schedule_refreshes(&self) {
        let auth = *self;
        let planned = StoredValue::new_local(None::<TimeoutHandle>);
        Effect::new(move |_| {
            if let Some(handle) = planned.get_value() {
                handle.clear();
            }
            let renewable = |session: &Session| {
                session.refresh_token.is_some() || auth.client.with_value(Option::is_some) || auth.ask_parent.with_value(Option::is_some)
            };
            let expiry = auth.session.with(|session| session.as_ref().filter(|s| renewable(s)).and_then(|s| jwt_expiry_ms(&s.token)));
            let handle = expiry.and_then(|expires_at| {
                let delay = refresh_delay_ms(expires_at, js_sys::Date::now() as i64);
                let generation = auth.generation();
                set_timeout_with_handle(
                    move || {
                        leptos::task::spawn_local(async move {
                            while auth.refresh(None).await == Renewal::Unreachable && auth.generation() == generation {
                                crate::timing::sleep(RETRY_UNREACHABLE_MS).await;
                            }
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
