//! Whether the API can be reached, as the app learns it: the browser going offline, or a
//! request that could not be sent, says offline; any answer from the server, an error
//! status too, says it is reachable again. While offline, [`probe`] asks the server with
//! backoff, so the app finds the network back by itself.

use super::http::Endpoint;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Online,
    Offline,
    /// Reachable again after being offline (until the notice has been seen).
    BackOnline,
}

thread_local! {
    static REACH: ArcRwSignal<Reach> = ArcRwSignal::new(if browser_says_offline() { Reach::Offline } else { Reach::Online });
}

fn browser_says_offline() -> bool {
    web_sys::window().is_some_and(|window| !window.navigator().on_line())
}

/// Tracked: where the app stands now.
pub fn reach() -> Reach {
    REACH.with(|reach| reach.get())
}

pub fn is_offline() -> bool {
    REACH.with(|reach| reach.get_untracked()) == Reach::Offline
}

/// A request could not be sent (or the browser went offline).
pub fn failed() {
    REACH.with(|reach| {
        if reach.get_untracked() != Reach::Offline {
            reach.set(Reach::Offline);
        }
    });
}

/// The server answered.
pub fn answered() {
    REACH.with(|reach| {
        if reach.get_untracked() == Reach::Offline {
            reach.set(Reach::BackOnline);
        }
    });
}

/// "Back online" has been shown long enough.
pub fn settle() {
    REACH.with(|reach| {
        if reach.get_untracked() == Reach::BackOnline {
            reach.set(Reach::Online);
        }
    });
}

/// Listens for the browser's `offline` and `online` events; `on_online` runs when the
/// browser says the network is back (the caller probes at once).
pub fn watch_browser(on_online: impl Fn() + 'static) {
    let offline = window_event_listener(leptos::ev::offline, |_| failed());
    let online = window_event_listener(leptos::ev::online, move |_| on_online());
    on_cleanup(move || {
        offline.remove();
        online.remove();
    });
}

/// Asks the server for something any caller may ask, without a token (an error status is
/// an answer too); true when it answered. Under a rate limit this counts as one request.
pub async fn probe(endpoint: &Endpoint) -> bool {
    endpoint.probe().await;
    !is_offline()
}

/// The wait before the `attempt`th probe while offline: 2 s, doubling, at most 30 s.
pub fn backoff_ms(attempt: u32) -> u32 {
    2_000u32.saturating_mul(1 << attempt.min(4)).min(30_000)
}
