//! The signed-in session: who is signed in, with which token, and where it is kept.
//!
//! The token lives in memory (a signal) by default. Only when the user ticks "Keep me
//! signed in" is it also written to sessionStorage (never localStorage, never a cookie,
//! never a URL), and never inside an iframe, where browsers partition storage anyway.

pub mod credentials;
mod refresh;

use credentials::ClientCredentials;
use crate::storage::{self, Area};
use customer_desk_domain::auth::UserProfile;
use customer_desk_domain::config::{AppConfig, Backend};
use customer_desk_domain::session::{Right, has_right};
use futures::future::{LocalBoxFuture, Shared};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const STORAGE_KEY: &str = "customer-desk.session";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    /// Absent for a token handed over from elsewhere, which cannot be refreshed here.
    pub refresh_token: Option<String>,
    pub user: UserProfile,
}

impl From<customer_desk_domain::auth::AuthResponse> for Session {
    fn from(response: customer_desk_domain::auth::AuthResponse) -> Self {
        let refresh_token = Some(response.refresh_token).filter(|token| !token.is_empty());
        Self { token: response.token_id, refresh_token, user: response.user }
    }
}

/// Shared through context; cheap to copy.
#[derive(Clone, Copy)]
pub struct Auth {
    session: RwSignal<Option<Session>>,
    may_persist: bool,
    remember: StoredValue<bool>,
    base_url: StoredValue<String>,
    backend: Backend,
    /// The refresh under way, which every caller that needs one waits for.
    refreshing: StoredValue<Option<Shared<LocalBoxFuture<'static, Option<String>>>>, LocalStorage>,
    /// A DealPOS client-credentials session's ID and secret, in memory only, so it can
    /// fetch its next token itself.
    client: StoredValue<Option<ClientCredentials>>,
}

impl Auth {
    /// Creates the session store, restoring a remembered session outside iframes.
    pub fn provide(config: &AppConfig) -> Self {
        let may_persist = !config.embed;
        let restored = if may_persist { read_stored() } else { None };
        let auth = Self {
            remember: StoredValue::new(restored.is_some()),
            session: RwSignal::new(restored),
            may_persist,
            base_url: StoredValue::new(config.api_base_url.clone()),
            backend: config.backend,
            refreshing: StoredValue::new_local(None),
            client: StoredValue::new(None),
        };
        auth.schedule_refreshes();
        provide_context(auth);
        auth
    }

    /// Starts a session signed in with `client` (DealPOS client credentials), or without.
    pub fn start_with(&self, session: Session, client: Option<ClientCredentials>, remember: bool) {
        self.client.set_value(client);
        self.start(session, remember);
    }

    /// Starts (or renews) the session; client credentials already held are kept.
    pub fn start(&self, session: Session, remember: bool) {
        self.remember.set_value(remember);
        if remember && self.may_persist {
            write_stored(&session);
        } else {
            clear_stored();
        }
        self.session.set(Some(session));
    }

    pub fn end(&self) {
        clear_stored();
        // Unsaved typing belongs to the session that typed it.
        storage::remove_prefixed(Area::Session, customer_desk_domain::drafts::KEY_PREFIX);
        self.client.set_value(None);
        self.session.set(None);
    }

    /// Ends the session when `error` says it is over (no refresh could renew it); the
    /// sign-in guard then sends the user to sign in and back to the same page.
    pub fn end_if_unauthenticated(&self, error: &crate::api::ApiError) {
        if matches!(error, crate::api::ApiError::Unauthenticated { .. }) {
            self.end();
        }
    }

    /// Whether the session is a DealPOS client's that renews its own tokens.
    pub fn has_client_credentials(&self) -> bool {
        self.client.with_value(Option::is_some)
    }

    /// The current session, tracked.
    pub fn session(&self) -> Option<Session> {
        self.session.get()
    }

    pub fn is_signed_in(&self) -> bool {
        self.session.with(Option::is_some)
    }

    /// The bearer token for a request; not tracked, so requests do not re-run when the
    /// token is refreshed.
    pub fn token(&self) -> Option<String> {
        self.session.with_untracked(|session| session.as_ref().map(|s| s.token.clone()))
    }

    pub fn user_name(&self) -> Option<String> {
        self.session.with(|session| session.as_ref().map(|s| s.user.name.clone()))
    }

    pub fn can(&self, right: Right) -> bool {
        self.session.with(|session| session.as_ref().is_some_and(|s| has_right(&s.user.rights, right)))
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

fn read_stored() -> Option<Session> {
    storage::read_json(Area::Session, STORAGE_KEY)
}

/// Where storage is full or disabled, the session simply lives in memory.
fn write_stored(session: &Session) {
    storage::write_json(Area::Session, STORAGE_KEY, session);
}

fn clear_stored() {
    storage::remove(Area::Session, STORAGE_KEY);
}
