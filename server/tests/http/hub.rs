//! The notification hub over a real WebSocket: negotiate, handshake, Subscribe, events
//! after another session's writes (PORTOS and DealPOS), refusals, pings and closing.

use crate::dealpos_support::{self, V3};
use crate::support::ApiServer;
use customer_desk_server::ServerOptions;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

const HUB: &str = "/signalr/v1/mainHub";
const RS: char = '\u{1e}';

struct HubClient {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    connection_id: String,
    /// Records read but not yet taken (a frame may hold several).
    queued: std::collections::VecDeque<Value>,
}

async fn negotiate(api: &ApiServer, token: &str) -> Value {
    let reply = api.send("POST", &format!("{HUB}/negotiate?negotiateVersion=1"), Some(token), None).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.body
}

fn socket_url(api: &ApiServer, query: &str) -> String {
    format!("{}{HUB}?{query}", api.server.base.replacen("http://", "ws://", 1))
}

impl HubClient {
    /// Negotiates, opens the socket with the token in its URL (as browsers must) and
    /// completes the handshake.
    async fn connect(api: &ApiServer, token: &str) -> Self {
        let negotiated = negotiate(api, token).await;
        let url = socket_url(api, &format!("id={}&access_token={token}", negotiated["connectionToken"].as_str().unwrap()));
        let (socket, _) = connect_async(url).await.expect("the hub accepts the socket");
        let mut client =
            Self { socket, connection_id: negotiated["connectionId"].as_str().unwrap().to_owned(), queued: Default::default() };
        client.send(json!({"protocol": "json", "version": 1})).await;
        assert_eq!(client.next().await, json!({}), "the handshake is answered with {{}}");
        client
    }

    async fn send(&mut self, message: Value) {
        self.socket.send(Message::text(format!("{message}{RS}"))).await.unwrap();
    }

    async fn subscribe_to_customers(&mut self) {
        self.send(json!({"type": 1, "invocationId": "1", "target": "Subscribe",
                         "arguments": [{"events": ["portos.resources.changed"], "resources": ["Customer"]}]}))
            .await;
        assert_eq!(self.next().await, json!({"type": 3, "invocationId": "1", "result": null}));
    }

    /// The next hub message within 5 s (pings included).
    async fn next(&mut self) -> Value {
        self.next_within(Duration::from_secs(5)).await.expect("a message within 5 s")
    }

    async fn next_within(&mut self, wait: Duration) -> Option<Value> {
        loop {
            if let Some(record) = self.queued.pop_front() {
                return Some(record);
            }
            let message = tokio::time::timeout(wait, self.socket.next()).await.ok()??.ok()?;
            match message {
                Message::Text(text) => {
                    assert!(text.ends_with(RS), "every message ends with the record separator: {text:?}");
                    for record in text.split(RS).filter(|r| !r.is_empty()) {
                        self.queued.push_back(serde_json::from_str(record).unwrap());
                    }
                }
                Message::Close(frame) => {
                    self.queued.push_back(json!({"websocketClose": frame.map(|f| f.reason.to_string())}));
                }
                _ => {}
            }
        }
    }

    /// The next `OnEvent` argument, skipping pings.
    async fn event(&mut self) -> Value {
        loop {
            let message = self.next().await;
            if message["type"] == 6 {
                continue;
            }
            assert_eq!((&message["type"], &message["target"]), (&json!(1), &json!("OnEvent")), "{message}");
            return message["arguments"][0].clone();
        }
    }

    /// Nothing but pings for `wait`.
    async fn assert_quiet(&mut self, wait: Duration) {
        let until = tokio::time::Instant::now() + wait;
        while let Some(message) = self.next_within(until.saturating_duration_since(tokio::time::Instant::now())).await {
            assert_eq!(message["type"], 6, "expected silence, got {message}");
        }
    }
}

fn payload(event: &Value) -> (&str, &str, &str) {
    let p = &event["p"];
    (p["action"].as_str().unwrap(), p["resource"]["name"].as_str().unwrap(), p["resource"]["id"].as_str().unwrap())
}

#[tokio::test]
async fn a_subscriber_hears_of_every_customer_write_by_another_session_with_its_sender() {
    let api = ApiServer::start(0).await;
    let (admin, clerk) = (api.token("admin").await, api.token("clerk").await);
    let mut listener = HubClient::connect(&api, &admin).await;
    listener.subscribe_to_customers().await;
    let writer = HubClient::connect(&api, &clerk).await;
    let sender = [("X-Connection-Id", writer.connection_id.as_str())];

    let created =
        api.send_with("POST", "/api/customers", Some(&clerk), Some(json!({"firstName": "Eva", "lastName": "Nová"})), &sender).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_owned();
    let event = listener.event().await;
    assert_eq!(event["e"], "portos.resources.changed");
    assert_eq!(event["s"]["c"], writer.connection_id.as_str(), "the sender is the writer's hub connection");
    assert_eq!(payload(&event), ("Created", "Customer", id.as_str()));
    assert_eq!(event["p"]["resource"]["version"], 1);
    assert_eq!(event["p"]["user"]["name"], "Pokladník", "who wrote, by name");
    assert!(event["ca"].as_str().is_some_and(|at| chrono::DateTime::parse_from_rfc3339(at).is_ok()), "ca is ISO 8601: {event}");

    let mut body = created.body.clone();
    body["email"] = json!("eva@example.sk");
    let updated = api.send("PUT", &format!("/api/customers/{id}"), Some(&clerk), Some(body)).await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    let event = listener.event().await;
    assert_eq!(payload(&event), ("Updated", "Customer", id.as_str()));
    assert_eq!(event["p"]["resource"]["version"], 2);
    assert!(event["s"].get("c").is_none(), "a write without X-Connection-Id has no sender connection: {event}");

    assert_eq!(api.send("DELETE", &format!("/api/customers/{id}"), Some(&admin), None).await.status, 200);
    assert_eq!(payload(&listener.event().await), ("Deleted", "Customer", id.as_str()));

    // DealPOS writes go through the same storage, so they are heard too.
    let demo = dealpos_support::token(&api, "demo").await;
    let dealpos_id = dealpos_support::create(&api, &demo, json!({"FirstName": "Budi", "Email": "budi@example.id"})).await;
    let event = listener.event().await;
    assert_eq!(payload(&event), ("Created", "Customer", dealpos_id.as_str()));
    assert_eq!(event["p"]["user"]["name"], "demo");
    let reply = dealpos_support::call(
        &api,
        "PUT",
        &format!("/Customer/ByID?ID={dealpos_id}"),
        &demo,
        Some(json!({"FirstName": "Budi", "Email": "budi@example.id", "Mobile": "0896"})),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(payload(&listener.event().await), ("Updated", "Customer", dealpos_id.as_str()));
    let reply = api.send("DELETE", &format!("{V3}/Customer?Email=budi@example.id"), Some(&demo), None).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(payload(&listener.event().await), ("Deleted", "Customer", dealpos_id.as_str()));
}

#[tokio::test]
async fn only_subscribed_connections_get_events_and_unsubscribe_stops_them() {
    let api = ApiServer::start(0).await;
    let token = api.token("admin").await;
    let mut silent = HubClient::connect(&api, &token).await;
    let mut orders = HubClient::connect(&api, &token).await;
    orders.send(json!({"type": 1, "target": "Subscribe", "arguments": [{"resources": ["Order"]}]})).await;
    let mut everything = HubClient::connect(&api, &token).await;
    everything.send(json!({"type": 1, "target": "Subscribe", "arguments": []})).await;
    // Let the invocations without ids land before writing.
    everything.assert_quiet(Duration::from_millis(200)).await;

    let reply = api.send("POST", "/api/customers", Some(&token), Some(json!({"lastName": "Dvořák"}))).await;
    assert_eq!(reply.status, 201);
    assert_eq!(payload(&everything.event().await).0, "Created");
    silent.assert_quiet(Duration::from_millis(300)).await;
    orders.assert_quiet(Duration::from_millis(300)).await;

    everything.send(json!({"type": 1, "invocationId": "u", "target": "Unsubscribe", "arguments": []})).await;
    assert_eq!(everything.next().await, json!({"type": 3, "invocationId": "u", "result": null}));
    api.send("POST", "/api/customers", Some(&token), Some(json!({"lastName": "Horák"}))).await;
    everything.assert_quiet(Duration::from_millis(300)).await;

    everything.send(json!({"type": 1, "invocationId": "x", "target": "Explode", "arguments": []})).await;
    let answer = everything.next().await;
    assert_eq!((&answer["type"], &answer["invocationId"]), (&json!(3), &json!("x")));
    assert!(answer["error"].as_str().is_some_and(|e| e.contains("Explode")), "{answer}");
}

#[tokio::test]
async fn connections_without_a_valid_token_or_negotiation_are_refused() {
    let api = ApiServer::start(0).await;
    let token = api.token("admin").await;
    let status = |result: Result<_, tokio_tungstenite::tungstenite::Error>| match result {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => response.status().as_u16(),
        Err(other) => panic!("expected an HTTP refusal, got {other}"),
        Ok(_) => panic!("the socket was accepted"),
    };
    assert_eq!(api.send("POST", &format!("{HUB}/negotiate?negotiateVersion=1"), None, None).await.status, 401);
    assert_eq!(api.send("POST", &format!("{HUB}/negotiate?negotiateVersion=1"), Some("not-a-token"), None).await.status, 401);
    let negotiated = negotiate(&api, &token).await;
    let id = negotiated["connectionToken"].as_str().unwrap();
    assert_eq!(status(connect_async(socket_url(&api, &format!("id={id}"))).await), 401, "no token");
    assert_eq!(status(connect_async(socket_url(&api, &format!("id={id}&access_token=forged"))).await), 401, "a forged token");
    assert_eq!(status(connect_async(socket_url(&api, &format!("id=unknown&access_token={token}"))).await), 404, "an unknown id");
    // Another session cannot take over a negotiated connection.
    let other = api.token("clerk").await;
    assert_eq!(status(connect_async(socket_url(&api, &format!("id={id}&access_token={other}"))).await), 404);
    // A signed-out session's token is refused at once.
    assert_eq!(api.send("DELETE", "/api/auth", Some(&other), None).await.status, 204);
    assert_eq!(api.send("POST", &format!("{HUB}/negotiate?negotiateVersion=1"), Some(&other), None).await.status, 401);
    // Negotiate version 0 answers one id, which names the socket.
    let old = api.send("POST", &format!("{HUB}/negotiate"), Some(&token), None).await;
    assert!(old.body.get("connectionToken").is_none(), "{}", old.body);
    let url = socket_url(&api, &format!("id={}&access_token={token}", old.body["connectionId"].as_str().unwrap()));
    assert!(connect_async(url).await.is_ok());
}

#[tokio::test]
async fn a_wrong_handshake_is_answered_with_an_error() {
    let api = ApiServer::start(0).await;
    let token = api.token("admin").await;
    let negotiated = negotiate(&api, &token).await;
    let url = socket_url(&api, &format!("id={}&access_token={token}", negotiated["connectionToken"].as_str().unwrap()));
    let (socket, _) = connect_async(url).await.unwrap();
    let mut client = HubClient { socket, connection_id: String::new(), queued: Default::default() };
    client.send(json!({"protocol": "messagepack", "version": 1})).await;
    assert!(client.next().await["error"].as_str().is_some_and(|e| e.contains("json")));
}

#[tokio::test]
async fn the_hub_pings_and_closes_with_a_reason_when_the_token_expires() {
    let api = ApiServer::start_with(ServerOptions {
        token_ttl: Some(Duration::from_secs(3)),
        hub_ping: Some(Duration::from_millis(500)),
        ..Default::default()
    })
    .await;
    let token = api.token("admin").await;
    let mut client = HubClient::connect(&api, &token).await;
    client.send(json!({"type": 6})).await;
    assert_eq!(client.next().await, json!({"type": 6}), "a ping every interval");
    client.send(json!({"type": 6})).await;
    assert_eq!(client.next().await, json!({"type": 6}));
    let close = loop {
        client.send(json!({"type": 6})).await;
        let message = client.next().await;
        if message["type"] != 6 {
            break message;
        }
    };
    assert_eq!(close, json!({"type": 7, "error": "The access token has expired.", "allowReconnect": true}));
    assert_eq!(client.next().await, json!({"websocketClose": "The access token has expired."}));
}

#[tokio::test]
async fn a_silent_client_and_a_signed_out_session_are_closed() {
    let api = ApiServer::start_with(ServerOptions { hub_ping: Some(Duration::from_millis(300)), ..Default::default() }).await;
    let token = api.token("admin").await;
    let mut silent = HubClient::connect(&api, &token).await;
    let close = loop {
        let message = silent.next().await;
        if message["type"] != 6 {
            break message;
        }
    };
    assert_eq!(close["type"], 7);
    assert!(close["error"].as_str().is_some_and(|e| e.contains("timeout")), "{close}");

    let mut talking = HubClient::connect(&api, &token).await;
    talking.send(json!({"type": 6})).await;
    assert_eq!(api.send("DELETE", "/api/auth", Some(&token), None).await.status, 204);
    let close = loop {
        talking.send(json!({"type": 6})).await;
        let message = talking.next().await;
        if message["type"] != 6 {
            break message;
        }
    };
    assert_eq!(close, json!({"type": 7, "error": "The session has ended.", "allowReconnect": false}));
}

#[tokio::test]
async fn without_the_hub_its_paths_are_not_there() {
    let api = ApiServer::start_with(ServerOptions { no_hub: true, ..Default::default() }).await;
    let token = api.token("admin").await;
    assert_eq!(api.send("POST", &format!("{HUB}/negotiate?negotiateVersion=1"), Some(&token), None).await.status, 404);
    // Writes still work; there is simply no one to tell.
    assert_eq!(api.send("POST", "/api/customers", Some(&token), Some(json!({"lastName": "Malá"}))).await.status, 201);
}
