//! Live updates: while someone is signed in to PORTOS, one hub connection per tab hears of
//! every customer created, updated or deleted by anyone else, and pages react (the list's
//! status, the detail page in place, the edit page's choices). The connection negotiates
//! first (a server without a hub means live updates are off, quietly), reconnects with
//! backoff and a fresh token, and stops at sign-out.

mod connection;

use crate::api::http::set_hub_connection;
use crate::api::live::HubSocket;
use crate::auth::Auth;
use crate::customers::Customers;
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::live::{CustomerChange, hub_url};
use leptos::prelude::*;
use std::rc::Rc;

/// What pages hear.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveEvent {
    /// Someone else changed a customer.
    Changed(CustomerChange),
    /// The first connection: what the list read before the subscription may have missed a
    /// change (it checks, once things are quiet).
    Connected,
    /// The connection came back after a gap: anything may have changed meanwhile.
    Reconnected,
}

/// Events kept for pages that read them a little later (each remembers what it has seen).
const KEPT: usize = 100;

#[derive(Clone, Copy)]
pub struct Live {
    connected: RwSignal<bool>,
    /// The first try since sign-in has had its answer (until then the header says nothing).
    settled: RwSignal<bool>,
    /// Whether the app tries at all (PORTOS, not switched off).
    enabled: bool,
    /// PORTOS, whose header tells when live updates are off (DealPOS has none to tell of).
    portos: bool,
    log: RwSignal<Vec<(u64, LiveEvent)>>,
    next_seq: StoredValue<u64>,
    /// Bumped at every start and stop, so a loop from an older session ends.
    generation: StoredValue<u64>,
    socket: StoredValue<Option<HubSocket>, LocalStorage>,
    /// Ends the wait for the open socket to close (at sign-out).
    wake: StoredValue<Option<Rc<dyn Fn()>>, LocalStorage>,
    /// The page's first content is on screen (or it has had its time): the connection, its
    /// chunk and its negotiate no longer compete with the first rows.
    content_shown: RwSignal<bool>,
}

/// The longest the connection waits for a page to say its first content is shown.
const WAIT_FOR_CONTENT_MS: u64 = 2_000;

impl Live {
    pub fn provide(config: &AppConfig, auth: Auth, customers: Customers) -> Self {
        let live = Self {
            connected: RwSignal::new(false),
            settled: RwSignal::new(false),
            enabled: config.live_updates,
            portos: config.backend.has_live_updates(),
            log: RwSignal::new(Vec::new()),
            next_seq: StoredValue::new(0),
            generation: StoredValue::new(0),
            socket: StoredValue::new_local(None),
            wake: StoredValue::new_local(None),
            content_shown: RwSignal::new(false),
        };
        provide_context(live);
        if live.enabled {
            let hub = hub_url(&config.api_base_url);
            // A refreshed token is the same session: only signing in or out restarts.
            let signed_in = Memo::new(move |_| auth.is_signed_in());
            let content_shown = live.content_shown;
            set_timeout(move || live.content_shown(), std::time::Duration::from_millis(WAIT_FOR_CONTENT_MS));
            Effect::new(move |_| {
                live.stop();
                if signed_in.get() && content_shown.get() {
                    live.start(auth, hub.clone(), customers);
                }
            });
        }
        live
    }

    /// The page's first content is on screen: the connection may start.
    pub fn content_shown(&self) {
        if !self.content_shown.get_untracked() {
            let _ = self.content_shown.try_set(true);
        }
    }

    /// Whether the header should say "Live updates off": PORTOS, signed in, and not
    /// connected (once the first try has had its answer, so a normal start shows nothing).
    pub fn shows_off(&self) -> bool {
        self.portos && !self.connected.get() && (self.settled.get() || !self.enabled)
    }

    /// Calls `react` for every event from now on, for as long as the calling component lives.
    pub fn on_event(&self, react: impl Fn(&LiveEvent) + 'static) {
        let log = self.log;
        let seen = StoredValue::new(log.with_untracked(|log| log.last().map_or(0, |(seq, _)| *seq)));
        Effect::new(move |_| {
            log.with(|log| {
                let after = seen.get_value();
                for (seq, event) in log.iter().filter(|(seq, _)| *seq > after) {
                    seen.set_value(*seq);
                    react(event);
                }
            })
        });
    }

    fn publish(&self, event: LiveEvent) {
        let seq = self.next_seq.get_value() + 1;
        self.next_seq.set_value(seq);
        self.log.update(|log| {
            if log.len() >= KEPT {
                log.remove(0);
            }
            log.push((seq, event));
        });
    }

    fn stop(&self) {
        self.generation.update_value(|generation| *generation += 1);
        if let Some(wake) = self.wake.get_value() {
            wake();
        }
        self.socket.set_value(None);
        self.settled.set(false);
        set_hub_connection(None);
        self.connected.set(false);
    }

    fn current(&self, generation: u64) -> bool {
        self.generation.try_get_value() == Some(generation)
    }

    /// Runs the connection loop, whose code is a chunk of its own (`connection`), fetched
    /// as the session starts; the list's rows never wait for it. A chunk that does not come
    /// is retried as a lost connection is, with backoff, and the header says live updates
    /// are off meanwhile.
    fn start(self, auth: Auth, hub: String, customers: Customers) {
        let generation = self.generation.get_value();
        leptos::task::spawn_local(async move {
            let load = || async { crate::chunk::split_call!(connection::loaded()) };
            let run = crate::chunk::load_retrying(load, move || self.current(generation), move || self.settled.set(true)).await;
            if let Some(run) = run {
                run(self, auth, hub, customers, generation).await;
            }
        });
    }
}

pub fn use_live() -> Live {
    expect_context::<Live>()
}

/// "Live updates off", quietly, in the header: when the app would listen but is not connected.
#[component]
pub fn LiveStatus() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let live = use_live();
    let auth = crate::auth::use_auth();
    move || {
        (auth.is_signed_in() && live.shows_off()).then(|| {
            view! {
                <span class="live-off">{i18n.text("shell-live-off")}</span>
            }
        })
    }
}
