//! The signed-in session: who is signed in, with which token, and where it is kept.
//!
//! The token lives in memory (a signal) by default. Only when the user ticks "Keep me
//! signed in" is it also written to sessionStorage (never localStorage, never a cookie,
//! never a URL), and never inside an iframe, where browsers partition storage anyway.

pub mod credentials;
mod refresh;
mod tabs;

pub use refresh::Renewal;

use crate::storage::{self, Area};
use credentials::ClientCredentials;
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
    refreshing: StoredValue<Option<RenewalUnderWay>, LocalStorage>,
    /// A DealPOS client-credentials session's ID and secret, in memory only, so it can
    /// fetch its next token itself.
    client: StoredValue<Option<ClientCredentials>>,
    /// Work that must reach the server with this session's token before it ends.
    leaving: StoredValue<Vec<Leaving>, LocalStorage>,
    /// Which session this is: moves at every sign-in, sign-out, idle sign-out and hand-over
    /// of another user's token (never at a renewal), so work begun under one session never
    /// writes into the next.
    generation: StoredValue<u64>,
    /// Embedded: asks the portal for a fresh token (see `embed`).
    ask_parent: StoredValue<Option<std::rc::Rc<dyn Fn()>>, LocalStorage>,
    /// Renewals waiting for a token from elsewhere (the portal, another tab).
    awaiting_hand_over: StoredValue<Vec<futures::channel::oneshot::Sender<()>>, LocalStorage>,
    /// The other tabs of this browser that may share a remembered session.
    tabs: StoredValue<Option<tabs::Tabs>, LocalStorage>,
}

/// A renewal every caller waits for, and the session generation it belongs to.
type RenewalUnderWay = (u64, Shared<LocalBoxFuture<'static, refresh::Renewal>>);

/// Called with the session's last endpoint (keepalive) as it ends; the session is revoked
/// on the server only once these are done.
pub type Leaving = std::rc::Rc<dyn Fn(crate::api::http::Endpoint) -> LocalBoxFuture<'static, ()>>;

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
            leaving: StoredValue::new_local(Vec::new()),
            generation: StoredValue::new(0),
            ask_parent: StoredValue::new_local(None),
            awaiting_hand_over: StoredValue::new_local(Vec::new()),
            tabs: StoredValue::new_local(None),
        };
        if may_persist {
            auth.tabs.set_value(Some(tabs::Tabs::connect(auth)));
        }
        auth.schedule_refreshes();
        provide_context(auth);
        auth
    }

    /// Starts a session signed in with `client` (DealPOS client credentials), or without.
    pub fn start_with(&self, session: Session, client: Option<ClientCredentials>, remember: bool) {
        self.next_generation();
        self.client.set_value(client);
        self.start(session, remember);
    }

    /// Adopts a token the embedding portal handed over: a renewal when it is the same
    /// user's, a new session otherwise. Renewals waiting for it go on.
    pub fn hand_over(&self, session: Session) {
        let same_user = self.session.with_untracked(|current| current.as_ref().is_some_and(|c| c.user.id == session.user.id));
        if !same_user {
            self.next_generation();
        }
        self.start(session, false);
        self.wake_renewals();
    }

    /// Renewals waiting for a token from elsewhere look again.
    fn wake_renewals(&self) {
        for waiting in self.awaiting_hand_over.try_update_value(std::mem::take).unwrap_or_default() {
            let _ = waiting.send(());
        }
    }

    /// Embedded: how to ask the portal for a fresh token, so the session renews itself.
    pub fn renew_by_asking(&self, ask: impl Fn() + 'static) {
        self.ask_parent.set_value(Some(std::rc::Rc::new(ask)));
    }

    /// The session's generation, for work that must not outlive it.
    pub fn generation(&self) -> u64 {
        self.generation.get_value()
    }

    fn next_generation(&self) {
        self.generation.update_value(|generation| *generation += 1);
    }

    /// Renews (never starts) the session; client credentials already held are kept.
    fn start(&self, session: Session, remember: bool) {
        self.remember.set_value(remember);
        if remember && self.may_persist {
            write_stored(&session);
        } else {
            clear_stored();
        }
        self.session.set(Some(session));
    }

    /// Runs `hook` whenever the session ends, with its last endpoint.
    pub fn on_leaving(&self, hook: impl Fn(crate::api::http::Endpoint) -> LocalBoxFuture<'static, ()> + 'static) {
        self.leaving.update_value(|hooks| hooks.push(std::rc::Rc::new(hook)));
    }

    /// What must still go out under this session, started now with its token.
    pub(crate) fn leave(&self) -> LocalBoxFuture<'static, ()> {
        let endpoint = self.endpoint().with_keepalive();
        let work: Vec<_> = self.leaving.with_value(|hooks| hooks.iter().map(|hook| hook(endpoint.clone())).collect());
        Box::pin(async move {
            futures::future::join_all(work).await;
        })
    }

    /// Ends the session here; what must still go out under it goes out first.
    pub fn end(&self) {
        if self.session.with_untracked(Option::is_some) {
            leptos::task::spawn_local(self.leave());
        }
        self.forget();
    }

    /// Forgets the session at once: its token, its stored copy, its drafts.
    fn forget(&self) {
        self.next_generation();
        clear_stored();
        // Unsaved typing, and what was read for offline use, belong to the session.
        storage::remove_prefixed(Area::Session, customer_desk_domain::form::drafts::KEY_PREFIX);
        storage::remove(Area::Session, crate::customers::HELD_KEY);
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

    /// Whether the session is kept in this tab's storage ("Keep me signed in").
    pub fn is_kept(&self) -> bool {
        self.may_persist && self.remember.get_value() && self.session.with_untracked(Option::is_some)
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
