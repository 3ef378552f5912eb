//! PORTOS's notification hub: SignalR's negotiate over HTTP, then a WebSocket speaking the
//! JSON hub protocol (messages in `customer_desk_domain::live`). The one URL that carries a
//! token is the socket's (`access_token`, as every SignalR browser client sends it, since
//! a WebSocket cannot have headers); it is never logged.

use super::error::ApiError;
use super::http::{Endpoint, encode_query};
use customer_desk_domain::live::{self, CustomerChange, HubMessage, Negotiated};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{CloseEvent, MessageEvent, WebSocket};

/// Why there is no connection to be had.
#[derive(Clone, Debug, PartialEq)]
pub enum Unavailable {
    /// The server has no hub (404, an HTML page from an SPA fallback, a method it refuses).
    NoHub,
    /// The session cannot be renewed.
    SignedOut,
    /// No answer, or a server error: worth trying again later.
    Failed,
}

/// `POST {hub}/negotiate?negotiateVersion=1` with the bearer token.
pub async fn negotiate(endpoint: &Endpoint, hub_url: &str) -> Result<Negotiated, Unavailable> {
    match endpoint.for_hub(hub_url).post_empty::<Negotiated>("/negotiate?negotiateVersion=1").await {
        Ok(negotiated) if negotiated.offers_websockets() => Ok(negotiated),
        Ok(_) => Err(Unavailable::NoHub),
        Err(ApiError::Unauthenticated { .. }) => Err(Unavailable::SignedOut),
        Err(ApiError::Unreachable | ApiError::Server { status: 500.., .. } | ApiError::RateLimited { .. } | ApiError::Aborted) => {
            Err(Unavailable::Failed)
        }
        // A 404, 405, an HTML page or anything else that is not a negotiate answer.
        Err(_) => Err(Unavailable::NoHub),
    }
}

/// What the socket reports.
pub enum SocketEvent {
    Message(HubMessage),
    Closed,
}

/// An open hub socket; dropping it closes it.
pub struct HubSocket {
    socket: WebSocket,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut(CloseEvent)>,
    _on_open: Closure<dyn FnMut()>,
}

impl HubSocket {
    /// Opens `{hub}?id=…&access_token=…` (as an absolute ws:/wss: URL), sends the handshake
    /// when it opens, and reports every message and the close to `on_event`.
    pub fn open(hub_url: &str, negotiated: &Negotiated, token: &str, on_event: impl FnMut(SocketEvent) + 'static) -> Option<Self> {
        let url = socket_url(hub_url, negotiated.token(), token)?;
        let socket = WebSocket::new(&url).ok()?;
        let on_event = Rc::new(RefCell::new(on_event));
        let on_open = Closure::<dyn FnMut()>::new({
            let socket = socket.clone();
            move || {
                let _ = socket.send_with_str(&live::handshake());
            }
        });
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new({
            let on_event = Rc::clone(&on_event);
            move |event: MessageEvent| {
                let Some(text) = event.data().as_string() else { return };
                for message in live::records(&text).filter_map(HubMessage::parse) {
                    (on_event.borrow_mut())(SocketEvent::Message(message));
                }
            }
        });
        let on_close = Closure::<dyn FnMut(CloseEvent)>::new(move |_: CloseEvent| (on_event.borrow_mut())(SocketEvent::Closed));
        socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        Some(Self { socket, _on_message: on_message, _on_close: on_close, _on_open: on_open })
    }

    pub fn send(&self, text: &str) {
        if self.socket.ready_state() == WebSocket::OPEN {
            let _ = self.socket.send_with_str(text);
        }
    }
}

impl Drop for HubSocket {
    fn drop(&mut self) {
        // Silenced first: a socket given up on reports nothing more.
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        let _ = self.socket.close();
    }
}

/// `ws(s)://host/…/mainHub?id=…&access_token=…` for a hub address that may be relative.
fn socket_url(hub_url: &str, connection_token: &str, access_token: &str) -> Option<String> {
    let page = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new_with_base(hub_url, &page).ok()?;
    url.set_protocol(if url.protocol() == "https:" { "wss:" } else { "ws:" });
    url.set_search(&encode_query(&[("id", connection_token.to_owned()), ("access_token", access_token.to_owned())]));
    Some(url.href())
}

thread_local! {
    /// This tab's recent writes (id, version): their events are its own echoes even where
    /// a hub does not say who sent them.
    static OWN_WRITES: RefCell<VecDeque<(String, Option<i64>)>> = const { RefCell::new(VecDeque::new()) };
}

const OWN_WRITES_KEPT: usize = 200;

/// Remembers a write this tab made (a deletion without a version).
pub fn remember_own_write(id: &str, version: Option<i64>) {
    OWN_WRITES.with_borrow_mut(|writes| {
        if writes.len() >= OWN_WRITES_KEPT {
            writes.pop_front();
        }
        writes.push_back((id.to_owned(), version));
    });
}

thread_local! {
    /// This tab's writes still waiting for their answer: the customer's id, or `None` for a
    /// creation (whose id the server gives). Their events may arrive before the answer.
    static IN_FLIGHT: RefCell<Vec<Option<String>>> = const { RefCell::new(Vec::new()) };
}

/// A write of this tab's on its way; dropped when its answer (or failure) is in.
pub struct WriteInFlight(Option<String>);

/// Marks a write to `id` (`None`: a creation) as this tab's until the guard drops, so an
/// event that overtakes the answer is still known as an echo.
pub fn write_in_flight(id: Option<&str>) -> WriteInFlight {
    let id = id.map(str::to_owned);
    IN_FLIGHT.with_borrow_mut(|writes| writes.push(id.clone()));
    WriteInFlight(id)
}

impl Drop for WriteInFlight {
    fn drop(&mut self) {
        IN_FLIGHT.with_borrow_mut(|writes| {
            if let Some(index) = writes.iter().position(|id| *id == self.0) {
                writes.remove(index);
            }
        });
    }
}

/// Whether `change` is the echo of a write this tab made: by its sender, by a write still
/// waiting for its answer, or by the version it wrote.
pub fn is_own_echo(change: &CustomerChange, own_connection: Option<&str>) -> bool {
    if change.sender.is_some() && change.sender.as_deref() == own_connection {
        return true;
    }
    let in_flight = IN_FLIGHT.with_borrow(|writes| {
        writes.iter().any(|id| match id {
            Some(id) => *id == change.id,
            None => change.action == live::Action::Created,
        })
    });
    if in_flight {
        return true;
    }
    OWN_WRITES.with_borrow(|writes| {
        writes.iter().any(|(id, version)| {
            id == &change.id
                && match (version, change.version, change.action) {
                    (None, _, live::Action::Deleted) => true,
                    // A deletion carries the version it deleted, which may be one this tab
                    // wrote: only a deletion of its own is its echo.
                    (_, _, live::Action::Deleted) => false,
                    (Some(mine), Some(theirs), _) => *mine == theirs,
                    _ => false,
                }
        })
    })
}
