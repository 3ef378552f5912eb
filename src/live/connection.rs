//! The hub connection itself: negotiate, the socket, the handshake and subscription, the
//! pings, the events and reconnection with backoff. It is a wasm chunk of its own
//! (`crate::chunk`), fetched as a session starts, so the first list view does not carry it.

use super::{Live, LiveEvent};
use crate::api::http::set_hub_connection;
use crate::api::live::{self as hub, HubSocket, SocketEvent, Unavailable};
use crate::auth::Auth;
use crate::chunk::ChunkNotLoaded;
use crate::customers::Customers;
use customer_desk_domain::live::{HubEvent, HubMessage, Negotiated, PING_SECONDS, Subscription, backoff_ms, ping};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

/// The connection loop of one session: runs until the session ends (its generation passes).
pub(super) type Run = fn(Live, Auth, String, Customers, u64) -> Pin<Box<dyn Future<Output = ()>>>;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(live_connection, wasm_split_path = ::leptos::wasm_split, fallible))]
pub(super) fn loaded() -> Result<Run, ChunkNotLoaded> {
    Ok(|live, auth, hub, customers, generation| Box::pin(live.run(auth, hub, customers, generation)))
}

impl Live {
    /// Connects, and reconnects after a loss, for as long as the session lasts.
    async fn run(self, auth: Auth, hub: String, customers: Customers, generation: u64) {
        let mut failures = 0;
        let mut ever_connected = false;
        while self.current(generation) {
            let negotiated = hub::negotiate(&auth.endpoint(), &hub).await;
            if self.current(generation) && negotiated.is_err() {
                self.settled.set(true);
            }
            match negotiated {
                // No hub, or no session: nothing to retry.
                Err(Unavailable::NoHub | Unavailable::SignedOut) => return,
                // Never reached (a CORS refusal looks the same as no answer): off, quietly,
                // rather than a stream of failed requests.
                Err(Unavailable::Failed) if !ever_connected => return,
                Err(Unavailable::Failed) => {}
                Ok(negotiated) => {
                    let Some(token) = auth.token() else { return };
                    if !self.current(generation) {
                        return;
                    }
                    let opened = self.connect(&hub, &negotiated, &token, ever_connected, customers).await;
                    if opened {
                        ever_connected = true;
                        failures = 0;
                    }
                }
            }
            if !self.current(generation) {
                return;
            }
            set_hub_connection(None);
            self.connected.set(false);
            crate::timing::sleep(backoff_ms(failures)).await;
            failures += 1;
        }
    }

    /// Runs one socket until it closes; whether its handshake completed.
    async fn connect(&self, hub: &str, negotiated: &Negotiated, token: &str, reconnecting: bool, customers: Customers) -> bool {
        let live = *self;
        let (closed, on_closed) = futures::channel::oneshot::channel::<()>();
        let closed = Rc::new(RefCell::new(Some(closed)));
        let close = move || {
            if let Some(closed) = closed.borrow_mut().take() {
                let _ = closed.send(());
            }
        };
        self.wake.set_value(Some(Rc::new(close.clone()) as Rc<dyn Fn()>));
        let handshaken = Rc::new(Cell::new(false));
        let heard_at = Rc::new(Cell::new(js_sys::Date::now()));
        let connection_id = negotiated.connection_id.clone();
        let socket = HubSocket::open(hub, negotiated, token, {
            let (handshaken, heard_at, close) = (Rc::clone(&handshaken), Rc::clone(&heard_at), close.clone());
            move |event| {
                heard_at.set(js_sys::Date::now());
                match event {
                    SocketEvent::Closed => {
                        live.settled.set(true);
                        close()
                    }
                    SocketEvent::Message(HubMessage::Handshake { error: None }) => {
                        handshaken.set(true);
                        live.socket.with_value(|socket| {
                            if let Some(socket) = socket {
                                socket.send(&Subscription::customers().invocation());
                            }
                        });
                        set_hub_connection(Some(connection_id.clone()));
                        live.connected.set(true);
                        live.settled.set(true);
                        if reconnecting {
                            customers.changed_elsewhere();
                            live.publish(LiveEvent::Reconnected);
                        } else {
                            live.publish(LiveEvent::Connected);
                        }
                    }
                    SocketEvent::Message(HubMessage::Handshake { error: Some(_) } | HubMessage::Close { .. }) => close(),
                    SocketEvent::Message(HubMessage::Invocation { target, arguments, .. }) if target.eq_ignore_ascii_case("OnEvent") => {
                        let change = arguments
                            .into_iter()
                            .next()
                            .and_then(|argument| serde_json::from_value::<HubEvent>(argument).ok())
                            .and_then(|event| event.customer_change());
                        if let Some(change) = change.filter(|change| !hub::is_own_echo(change, Some(&connection_id))) {
                            customers.changed_elsewhere();
                            live.publish(LiveEvent::Changed(change));
                        }
                    }
                    SocketEvent::Message(_) => {}
                }
            }
        });
        let Some(socket) = socket else { return false };
        self.socket.set_value(Some(socket));
        // Our pings keep the server from timing us out; a server silent for two of its
        // ping intervals is gone.
        let keep_alive = set_interval_with_handle(
            {
                let close = close.clone();
                move || {
                    if js_sys::Date::now() - heard_at.get() > (2 * PING_SECONDS * 1000) as f64 {
                        close();
                    } else {
                        live.socket.with_value(|socket| socket.as_ref().map(|socket| socket.send(&ping())));
                    }
                }
            },
            Duration::from_secs(PING_SECONDS),
        )
        .ok();
        let _ = on_closed.await;
        if let Some(handle) = keep_alive {
            handle.clear();
        }
        // Dropping the socket closes it (if it is not closed already) and silences it.
        let _ = self.socket.try_set_value(None);
        let _ = self.wake.try_set_value(None);
        handshaken.get()
    }
}
