//! One hub connection over a WebSocket: the handshake, then invocations in
//! (`Subscribe`, `Unsubscribe`), events and pings out, until either side closes, the client
//! falls silent, its session ends or its token expires (each closes with a reason).

use super::{Hub, Published};
use crate::db::{Database, users};
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, close_code};
use customer_desk_domain::live::{self, HubMessage, Subscription};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Instant, MissedTickBehavior, interval_at, sleep, timeout};

/// The handshake must come this soon after the socket opens.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(15);

pub struct Connection {
    pub id: String,
    pub session_id: String,
    /// The token's expiry, seconds since the epoch.
    pub expires_at: i64,
}

/// Why the hub ends a connection: the hub protocol's Close carries it, and so does the
/// WebSocket's close frame.
struct Ending {
    reason: &'static str,
    allow_reconnect: bool,
    code: u16,
}

pub async fn serve(mut socket: WebSocket, hub: Arc<Hub>, db: Database, connection: Connection) {
    hub.connections.fetch_add(1, Ordering::Relaxed);
    // Subscribed before the handshake, so nothing published after it can be missed.
    let events = hub.events.subscribe();
    let ending = match handshake(&mut socket).await {
        Ok(rest) => run(&mut socket, &hub, &db, &connection, events, rest).await,
        Err(ending) => ending,
    };
    tracing::debug!(connection = %connection.id, reason = ending.as_ref().map_or("closed by the client", |e| e.reason), "hub connection ended");
    if let Some(ending) = ending {
        let _ = socket.send(text(live::close(Some(ending.reason), ending.allow_reconnect))).await;
        let frame = CloseFrame { code: ending.code, reason: Utf8Bytes::from_static(ending.reason) };
        let _ = socket.send(Message::Close(Some(frame))).await;
    }
    hub.connections.fetch_sub(1, Ordering::Relaxed);
}

/// Reads the handshake (`{"protocol":"json","version":1}`) and answers `{}`; what followed
/// it in the same frame is returned to be handled next.
async fn handshake(socket: &mut WebSocket) -> Result<Vec<String>, Option<Ending>> {
    let refuse = |reason| Some(Ending { reason, allow_reconnect: false, code: close_code::PROTOCOL });
    let first = match timeout(HANDSHAKE_TIMEOUT, socket.recv()).await {
        Err(_) => return Err(refuse("The handshake did not arrive in time.")),
        Ok(Some(Ok(Message::Text(text)))) => text,
        Ok(Some(Ok(_))) => return Err(refuse("The handshake must be a text message.")),
        Ok(_) => return Err(None),
    };
    let mut records = live::records(first.as_str()).map(str::to_owned);
    let request: Value = records.next().and_then(|r| serde_json::from_str(&r).ok()).unwrap_or(Value::Null);
    let error = match (request.get("protocol").and_then(Value::as_str), request.get("version").and_then(Value::as_u64)) {
        (Some("json"), Some(1)) => None,
        (Some("json"), _) => Some("The server speaks version 1 of the 'json' protocol only."),
        (Some(_), _) => Some("The protocol asked for is not supported; use 'json'."),
        (None, _) => Some("The handshake request is not valid."),
    };
    match error {
        None => {
            socket.send(text(live::frame(&json!({})))).await.map_err(|_| None)?;
            Ok(records.collect())
        }
        Some(message) => {
            let _ = socket.send(text(live::frame(&json!({ "error": message })))).await;
            Err(refuse(message))
        }
    }
}

async fn run(
    socket: &mut WebSocket,
    hub: &Hub,
    db: &Database,
    connection: &Connection,
    mut events: tokio::sync::broadcast::Receiver<Arc<Published>>,
    pending: Vec<String>,
) -> Option<Ending> {
    let mut subscription = None::<Subscription>;
    for record in &pending {
        if let Err(ending) = handle(socket, record, &mut subscription).await {
            return ending;
        }
    }
    let period = hub.ping;
    let mut pings = interval_at(Instant::now() + period, period);
    pings.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut heard_at = Instant::now();
    let expiry = sleep(seconds_until(connection.expires_at));
    tokio::pin!(expiry);
    let mut closing = hub.closing.subscribe();
    loop {
        tokio::select! {
            message = socket.recv() => {
                heard_at = Instant::now();
                match message {
                    Some(Ok(Message::Text(text))) => {
                        for record in live::records(text.as_str()) {
                            if let Err(ending) = handle(socket, record, &mut subscription).await {
                                return ending;
                            }
                        }
                    }
                    Some(Ok(Message::Binary(_))) => {
                        return Some(Ending { reason: "This hub speaks the JSON protocol only.", allow_reconnect: false, code: close_code::UNSUPPORTED });
                    }
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                    Some(Ok(_)) => {}
                }
            }
            event = events.recv() => match event {
                Ok(event) => {
                    let wanted = subscription.as_ref().is_some_and(|s| s.wants(event.event, event.resource));
                    if wanted && socket.send(Message::Text(event.frame.clone())).await.is_err() {
                        return None;
                    }
                }
                // Too slow to keep up: the events it missed are gone; it reconnects and reloads.
                Err(RecvError::Lagged(_)) => {
                    return Some(Ending { reason: "The connection fell behind and missed events.", allow_reconnect: true, code: close_code::AGAIN });
                }
                Err(RecvError::Closed) => return None,
            },
            _ = pings.tick() => {
                // Silent for two pings: gone (SignalR's default client timeout is twice its ping).
                if heard_at.elapsed() > 2 * period {
                    return Some(Ending { reason: "Server timeout elapsed without receiving a message from the client.", allow_reconnect: true, code: close_code::AWAY });
                }
                if !session_lives(db, &connection.session_id).await {
                    return Some(Ending { reason: "The session has ended.", allow_reconnect: false, code: close_code::POLICY });
                }
                if socket.send(text(live::ping())).await.is_err() {
                    return None;
                }
            }
            () = &mut expiry => {
                return Some(Ending { reason: "The access token has expired.", allow_reconnect: true, code: close_code::POLICY });
            }
            changed = closing.changed() => {
                let reason = if changed.is_ok() { *closing.borrow() } else { None };
                return Some(Ending { reason: reason.unwrap_or("The server is shutting down."), allow_reconnect: true, code: close_code::AWAY });
            }
        }
    }
}

/// One message from the client. `Err` ends the connection (with a reason, or none when the
/// client closed it).
async fn handle(socket: &mut WebSocket, record: &str, subscription: &mut Option<Subscription>) -> Result<(), Option<Ending>> {
    let Some(message) = HubMessage::parse(record) else {
        return Err(Some(Ending { reason: "A message was not valid JSON.", allow_reconnect: false, code: close_code::INVALID }));
    };
    let (target, arguments, invocation_id) = match message {
        HubMessage::Invocation { target, arguments, invocation_id } => (target, arguments, invocation_id),
        HubMessage::Close { .. } => return Err(None),
        // Pings (and anything else a client may send) need no answer.
        _ => return Ok(()),
    };
    let error = match target.to_ascii_lowercase().as_str() {
        "subscribe" => match arguments.first().map(|argument| serde_json::from_value::<Subscription>(argument.clone())) {
            None => {
                *subscription = Some(Subscription::default());
                None
            }
            Some(Ok(wanted)) => {
                *subscription = Some(wanted);
                None
            }
            Some(Err(_)) => Some("Subscribe takes {events: [...], resources: [...]}, both optional.".to_owned()),
        },
        "unsubscribe" => {
            *subscription = None;
            None
        }
        _ => Some(format!("Unknown hub method '{target}'")),
    };
    // Only an invocation with an id waits for an answer.
    if let Some(invocation_id) = invocation_id {
        let completion = match error {
            Some(error) => json!({ "type": 3, "invocationId": invocation_id, "error": error }),
            None => json!({ "type": 3, "invocationId": invocation_id, "result": null }),
        };
        socket.send(text(live::frame(&completion))).await.map_err(|_| None)?;
    }
    Ok(())
}

async fn session_lives(db: &Database, session_id: &str) -> bool {
    let session_id = session_id.to_owned();
    // A database too busy to answer is not a reason to drop anyone.
    db.read_short(move |c| users::session_user(c, &session_id)).await.map_or(true, |user| user.is_some())
}

fn seconds_until(epoch_seconds: i64) -> Duration {
    let left = epoch_seconds - chrono::Utc::now().timestamp();
    Duration::from_secs(left.max(0) as u64)
}

fn text(frame: String) -> Message {
    Message::Text(frame.into())
}
