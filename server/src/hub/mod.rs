//! The PORTOS notification hub at `/signalr/v1/mainHub`: SignalR's negotiate, then a
//! WebSocket speaking the JSON hub protocol (`connection`). Every customer write, through
//! either vendor's endpoints, is published here and fanned out to the subscribed
//! connections as `OnEvent` (the payload is this project's assumption: docs/local-api.md).
//!
//! Tokens reach the hub in the `Authorization` header (negotiate) or, because browsers
//! cannot set headers on a WebSocket, in the socket URL's `access_token`: nothing here
//! logs a URL or a token.

mod connection;

use crate::http::problem::ApiError;
use crate::http::{CorsRules, with_cors};
use crate::portos::auth::{Authenticated, authenticate, bearer_token};
use crate::state::AppState;
use axum::Router;
use axum::extract::ws::{Utf8Bytes, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use customer_desk_domain::live::{Action, HUB_PATH, HubEvent, PING_SECONDS, RESOURCES_CHANGED, UserRef};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{broadcast, watch};

/// Events waiting for a slow connection before it starts skipping (it is told it lagged).
const BACKLOG: usize = 1024;
/// A negotiated connection token not used by a WebSocket within this long is forgotten.
const NEGOTIATION_LIFETIME: Duration = Duration::from_secs(60);

/// One published event: what it is about (to match subscriptions) and its ready frame,
/// serialised once for every connection.
#[derive(Debug)]
pub struct Published {
    pub event: &'static str,
    pub resource: &'static str,
    pub frame: Utf8Bytes,
}

/// A negotiate's answer waiting for its WebSocket.
struct Negotiation {
    connection_id: String,
    session_id: String,
    at: Instant,
}

pub struct Hub {
    events: broadcast::Sender<Arc<Published>>,
    negotiations: Mutex<HashMap<String, Negotiation>>,
    closing: watch::Sender<Option<&'static str>>,
    connections: AtomicUsize,
    /// How often the hub pings each connection; twice this without a word from the client
    /// and it is gone.
    ping: Duration,
}

impl Hub {
    pub fn new(ping: Option<Duration>) -> Self {
        Self {
            events: broadcast::channel(BACKLOG).0,
            negotiations: Mutex::default(),
            closing: watch::channel(None).0,
            connections: AtomicUsize::new(0),
            ping: ping.unwrap_or(Duration::from_secs(PING_SECONDS)),
        }
    }
}

/// Who wrote: the user (or DealPOS client) and the hub connection named by the write's
/// `X-Connection-Id` header, if any.
pub struct Writer {
    pub user: UserRef,
    pub connection: Option<String>,
}

impl Hub {
    /// A customer was created, updated or deleted: every subscribed connection hears of it.
    pub fn customer_changed(&self, action: Action, id: &str, version: Option<i64>, writer: Writer) {
        let event = HubEvent::customer(action, id, version, writer.user, writer.connection, Utc::now());
        // No receivers is not an error: nobody is listening.
        let _ = self.events.send(Arc::new(Published { event: RESOURCES_CHANGED, resource: "Customer", frame: event.invocation().into() }));
    }

    /// Connections open now.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::Relaxed)
    }

    /// Tells every connection why it closes (they may reconnect) and closes it; for a
    /// graceful shutdown, which otherwise waits for the sockets forever.
    pub fn close_all(&self, reason: &'static str) {
        self.closing.send_replace(Some(reason));
    }

    fn negotiated(&self, session_id: &str) -> (String, String) {
        let (connection_id, token) = (random_id(), random_id());
        let mut negotiations = self.negotiations.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        negotiations.retain(|_, waiting| waiting.at.elapsed() < NEGOTIATION_LIFETIME);
        negotiations.insert(
            token.clone(),
            Negotiation { connection_id: connection_id.clone(), session_id: session_id.to_owned(), at: Instant::now() },
        );
        (connection_id, token)
    }

    /// The connection id negotiated under `token` by the same session, used once.
    fn claim(&self, token: &str, session_id: &str) -> Option<String> {
        let mut negotiations = self.negotiations.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let found = negotiations.get(token).filter(|n| n.session_id == session_id && n.at.elapsed() < NEGOTIATION_LIFETIME)?;
        let id = found.connection_id.clone();
        negotiations.remove(token);
        Some(id)
    }
}

fn random_id() -> String {
    crate::db::users::random_token()
}

#[derive(Deserialize)]
struct NegotiateQuery {
    #[serde(rename = "negotiateVersion", default)]
    negotiate_version: u32,
}

/// `POST {hub}/negotiate?negotiateVersion=1`: a connection for the bearer's session.
async fn negotiate(State(state): State<AppState>, auth: Authenticated, Query(query): Query<NegotiateQuery>) -> Response {
    let Some(hub) = &state.hub else { return ApiError::NotFound.into_response() };
    let (connection_id, token) = hub.negotiated(&auth.session_id);
    let transports = json!([{ "transport": "WebSockets", "transferFormats": ["Text"] }]);
    let body = if query.negotiate_version >= 1 {
        json!({ "negotiateVersion": 1, "connectionId": connection_id, "connectionToken": token, "availableTransports": transports })
    } else {
        // Version 0 has one id for both; the token is then what the socket names.
        json!({ "negotiateVersion": 0, "connectionId": token, "availableTransports": transports })
    };
    axum::Json(body).into_response()
}

#[derive(Deserialize)]
struct SocketQuery {
    id: Option<String>,
    access_token: Option<String>,
}

/// `GET {hub}?id=…&access_token=…`, upgraded to a WebSocket. Refused (401) without a valid
/// token; an unknown `id` is 404, as SignalR servers answer; without `id` (negotiate
/// skipped, as WebSockets-only clients may) the connection gets a fresh one.
async fn socket(
    State(state): State<AppState>,
    Query(query): Query<SocketQuery>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Result<Response, ApiError> {
    let Some(hub) = state.hub.clone() else { return Err(ApiError::NotFound) };
    let token = match query.access_token.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(token) => token,
        None => bearer_token(&headers)?,
    };
    let (auth, expires_at) = authenticate(&state, token).await?;
    let connection_id = match query.id.as_deref() {
        Some(id) => hub.claim(id, &auth.session_id).ok_or(ApiError::NotFound)?,
        None => random_id(),
    };
    let Ok(upgrade) = upgrade else {
        return Ok((StatusCode::BAD_REQUEST, "Expected a WebSocket request.").into_response());
    };
    let connection = connection::Connection { id: connection_id, session_id: auth.session_id, expires_at };
    Ok(upgrade.on_upgrade(move |socket| connection::serve(socket, hub, state.db.clone(), connection)))
}

/// The hub's routes (with CORS for negotiate when the app is served from elsewhere).
pub fn router(state: AppState, cors_origins: &[String]) -> anyhow::Result<Router> {
    let hub = Router::new().route(HUB_PATH, get(socket)).route(&format!("{HUB_PATH}/negotiate"), post(negotiate)).with_state(state);
    let rules = CorsRules { methods: &[Method::GET, Method::POST], headers: &[header::AUTHORIZATION, header::CONTENT_TYPE], exposed: &[] };
    with_cors(hub, cors_origins, rules)
}
