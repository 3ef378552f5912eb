//! Live notifications (PORTOS over SignalR): the JSON hub protocol's messages (each ends
//! with the record separator 0x1E), negotiate's answer, PORTOS's `OnEvent` argument
//! `{e, s, r, ca, ea, p}`, and this project's assumptions for what PORTOS's documentation
//! could not show: the payload of `portos.resources.changed`, `Subscribe`'s argument, the
//! hub's address and the header that names the writer's connection (docs/local-api.md, assumptions).
//! The app and the local server both speak it from here.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// Ends every hub message.
pub const RECORD_SEPARATOR: char = '\u{1e}';
/// The event of a created, updated or deleted resource.
pub const RESOURCES_CHANGED: &str = "portos.resources.changed";
/// The hub's path below the server's address.
pub const HUB_PATH: &str = "/signalr/v1/mainHub";
/// The header a client sends with its writes, naming its hub connection, so the event the
/// write causes says who sent it (`s.c`) and the client can ignore its own echo.
pub const CONNECTION_HEADER: &str = "X-Connection-Id";
/// How often each side pings (`{"type":6}`); twice as long without a word is a lost link.
pub const PING_SECONDS: u64 = 15;

/// The client's handshake: JSON protocol, version 1.
pub fn handshake() -> String {
    frame(&json!({"protocol": "json", "version": 1}))
}

/// A message on the wire: its JSON and the record separator.
pub fn frame(message: &Value) -> String {
    let mut text = message.to_string();
    text.push(RECORD_SEPARATOR);
    text
}

/// The messages in one frame (a frame may hold several, each ended by the separator).
pub fn records(text: &str) -> impl Iterator<Item = &str> {
    text.split(RECORD_SEPARATOR).filter(|record| !record.trim().is_empty())
}

/// `POST {hub}/negotiate?negotiateVersion=1`'s answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Negotiated {
    pub connection_id: String,
    /// The WebSocket's `id`; version 0 servers send only `connectionId`.
    #[serde(default)]
    pub connection_token: Option<String>,
    #[serde(default)]
    pub negotiate_version: u32,
    #[serde(default)]
    pub available_transports: Vec<Transport>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Transport {
    pub transport: String,
    #[serde(default)]
    pub transfer_formats: Vec<String>,
}

impl Negotiated {
    pub fn token(&self) -> &str {
        self.connection_token.as_deref().unwrap_or(&self.connection_id)
    }

    pub fn offers_websockets(&self) -> bool {
        self.available_transports.is_empty() || self.available_transports.iter().any(|t| t.transport == "WebSockets")
    }
}

/// A hub message as read, by `type`.
#[derive(Clone, Debug, PartialEq)]
pub enum HubMessage {
    /// 1: a call of `target` with `arguments`.
    Invocation { target: String, arguments: Vec<Value>, invocation_id: Option<String> },
    /// 3: the answer to an invocation that had an id.
    Completion { invocation_id: String, error: Option<String> },
    /// 6.
    Ping,
    /// 7: the other side closes, perhaps saying why.
    Close { error: Option<String>, allow_reconnect: bool },
    /// The handshake's answer (`{}`, or `{"error": …}`).
    Handshake { error: Option<String> },
    /// A type this side does not use.
    Other,
}

impl HubMessage {
    pub fn parse(record: &str) -> Option<HubMessage> {
        let value: Value = serde_json::from_str(record).ok()?;
        let string_at = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
        Some(match value.get("type").and_then(Value::as_u64) {
            None => HubMessage::Handshake { error: string_at("error") },
            Some(1) => HubMessage::Invocation {
                target: string_at("target")?,
                arguments: value.get("arguments").and_then(Value::as_array).cloned().unwrap_or_default(),
                invocation_id: string_at("invocationId"),
            },
            Some(3) => HubMessage::Completion { invocation_id: string_at("invocationId").unwrap_or_default(), error: string_at("error") },
            Some(6) => HubMessage::Ping,
            Some(7) => HubMessage::Close {
                error: string_at("error"),
                allow_reconnect: value.get("allowReconnect").and_then(Value::as_bool).unwrap_or(false),
            },
            Some(_) => HubMessage::Other,
        })
    }
}

pub fn ping() -> String {
    frame(&json!({"type": 6}))
}

pub fn close(error: Option<&str>, allow_reconnect: bool) -> String {
    frame(&json!({"type": 7, "error": error, "allowReconnect": allow_reconnect}))
}

/// `Subscribe`'s argument (assumed): which events of which resources a connection wants;
/// an empty list means every one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Subscription {
    pub events: Vec<String>,
    pub resources: Vec<String>,
}

/// The invocation id of the app's `Subscribe`.
pub const SUBSCRIBE_INVOCATION_ID: &str = "subscribe";

impl Subscription {
    /// What the app subscribes to: changes of customers.
    pub fn customers() -> Self {
        Self { events: vec![RESOURCES_CHANGED.to_owned()], resources: vec!["Customer".to_owned()] }
    }

    pub fn wants(&self, event: &str, resource: &str) -> bool {
        (self.events.is_empty() || self.events.iter().any(|e| e == event))
            && (self.resources.is_empty() || self.resources.iter().any(|r| r.eq_ignore_ascii_case(resource)))
    }

    /// The invocation that subscribes. Its id asks the hub for a completion, which nothing in
    /// the app waits for (a hub that never answers still delivers events), but which tells a
    /// test or a developer's network panel that the subscription has been taken.
    pub fn invocation(&self) -> String {
        frame(&json!({"type": 1, "invocationId": SUBSCRIBE_INVOCATION_ID, "target": "Subscribe", "arguments": [self]}))
    }
}

/// `OnEvent`'s argument as PORTOS documents it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HubEvent {
    /// The event's name.
    pub e: String,
    /// The sender: `c` is its connection id (absent when no hub connection sent it).
    #[serde(default)]
    pub s: Sender,
    /// An optional reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r: Option<Value>,
    /// Created at.
    #[serde(default, deserialize_with = "crate::lenient::moment")]
    pub ca: Option<DateTime<Utc>>,
    /// Expires at.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::moment")]
    pub ea: Option<DateTime<Utc>>,
    /// The payload (see [`ChangePayload`]).
    #[serde(default)]
    pub p: Value,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sender {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
}

/// `portos.resources.changed`'s payload (assumed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangePayload {
    pub resource: ResourceRef,
    /// `Created`, `Updated` or `Deleted`.
    pub action: String,
    #[serde(default)]
    pub user: Option<UserRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceRef {
    pub name: String,
    pub id: String,
    #[serde(default)]
    pub version: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserRef {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Created,
    Updated,
    Deleted,
}

/// A change of one customer, as the views need it.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerChange {
    pub id: String,
    pub version: Option<i64>,
    pub action: Action,
    /// Who changed it, by name.
    pub by: Option<String>,
    pub at: Option<DateTime<Utc>>,
    /// The hub connection that sent the write, to tell one's own echo.
    pub sender: Option<String>,
}

impl HubEvent {
    pub fn customer_change(&self) -> Option<CustomerChange> {
        if self.e != RESOURCES_CHANGED {
            return None;
        }
        let payload: ChangePayload = serde_json::from_value(self.p.clone()).ok()?;
        if !payload.resource.name.eq_ignore_ascii_case("Customer") {
            return None;
        }
        let action = match payload.action.to_ascii_lowercase().as_str() {
            "created" => Action::Created,
            "deleted" => Action::Deleted,
            _ => Action::Updated,
        };
        Some(CustomerChange {
            id: payload.resource.id,
            version: payload.resource.version,
            action,
            by: payload.user.map(|user| user.name).filter(|name| !name.is_empty()),
            at: self.ca,
            sender: self.s.c.clone(),
        })
    }

    /// The event of a customer write, as the local server sends it.
    pub fn customer(action: Action, id: &str, version: Option<i64>, user: UserRef, sender: Option<String>, at: DateTime<Utc>) -> Self {
        let action = match action {
            Action::Created => "Created",
            Action::Updated => "Updated",
            Action::Deleted => "Deleted",
        };
        let payload = ChangePayload {
            resource: ResourceRef { name: "Customer".into(), id: id.to_owned(), version },
            action: action.into(),
            user: Some(user),
        };
        HubEvent {
            e: RESOURCES_CHANGED.into(),
            s: Sender { c: sender },
            r: None,
            ca: Some(at),
            ea: None,
            p: serde_json::to_value(payload).unwrap_or(Value::Null),
        }
    }

    /// The invocation of `OnEvent` that carries it.
    pub fn invocation(&self) -> String {
        frame(&json!({"type": 1, "target": "OnEvent", "arguments": [self]}))
    }
}

/// The hub's address for an API base URL: `{server}/signalr/v1/mainHub`, the server being
/// the base without a last `/api` segment (`https://pos.example.com/api` →
/// `https://pos.example.com/signalr/v1/mainHub`; `/api` → `/signalr/v1/mainHub`).
pub fn hub_url(api_base_url: &str) -> String {
    let base = api_base_url.trim_end_matches('/');
    let server = base.strip_suffix("/api").unwrap_or(base);
    format!("{server}{HUB_PATH}")
}

/// How long to wait before reconnecting, after `attempt` failed tries: 1, 2, 5, 10, then
/// 30 seconds.
pub fn backoff_ms(attempt: u32) -> u32 {
    [1_000, 2_000, 5_000, 10_000].get(attempt as usize).copied().unwrap_or(30_000)
}

/// Which customers of the list's view changed, for its "N customers changed": those on
/// the page shown or on the page as the server has it now that differ (added, gone or
/// another version), and those heard of that are on the page now. When the view's total
/// moved, the creations and deletions heard of count too (they are in the view, though on
/// another page). A difference is offered to `is_own` as the change it would be (the
/// fresh version; gone: a deletion without one) and left out when it is this tab's own
/// write, such as a bulk run under way.
pub fn changed_in_view(
    shown: &[crate::customer::Customer],
    shown_total: Option<u64>,
    fresh: &[crate::customer::Customer],
    fresh_total: Option<u64>,
    heard: &[CustomerChange],
    is_own: impl Fn(&CustomerChange) -> bool,
) -> Vec<String> {
    let version_in = |page: &[crate::customer::Customer], id: &str| page.iter().find(|c| c.id == id).map(|c| c.version);
    let mut changed: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if !changed.iter().any(|known| known == id) {
            changed.push(id.to_owned());
        }
    };
    let difference = |id: &str, version: Option<i64>, action: Action| {
        let change = CustomerChange { id: id.to_owned(), version, action, by: None, at: None, sender: None };
        !is_own(&change)
    };
    for customer in shown {
        let now = version_in(fresh, &customer.id);
        let action = if now.is_some() { Action::Updated } else { Action::Deleted };
        if now != Some(customer.version) && difference(&customer.id, now, action) {
            add(&customer.id);
        }
    }
    for customer in fresh {
        if version_in(shown, &customer.id).is_none() && difference(&customer.id, Some(customer.version), Action::Created) {
            add(&customer.id);
        }
    }
    let total_moved = shown_total != fresh_total;
    for change in heard {
        let on_page = version_in(fresh, &change.id).is_some() || version_in(shown, &change.id).is_some();
        if on_page || (total_moved && change.action != Action::Updated) {
            add(&change.id);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subscription_asks_for_a_completion_with_its_own_id() {
        let sent = Subscription::customers().invocation();
        let record = records(&sent).next().unwrap();
        let HubMessage::Invocation { target, arguments, invocation_id } = HubMessage::parse(record).unwrap() else {
            panic!("not an invocation: {record}");
        };
        assert_eq!((target.as_str(), invocation_id.as_deref()), ("Subscribe", Some("subscribe")));
        assert_eq!(arguments, vec![json!({"events": ["portos.resources.changed"], "resources": ["Customer"]})]);
    }

    #[test]
    fn hub_messages_in_one_frame_are_read_one_by_one() {
        let frame = "{}\u{1e}{\"type\":6}\u{1e}{\"type\":1,\"target\":\"OnEvent\",\"arguments\":[{\"e\":\"x\"}]}\u{1e}{\"type\":7,\"error\":\"Token expired\",\"allowReconnect\":true}\u{1e}";
        let messages: Vec<HubMessage> = records(frame).filter_map(HubMessage::parse).collect();
        assert_eq!(messages.len(), 4);
        assert_eq!(messages[0], HubMessage::Handshake { error: None });
        assert_eq!(messages[1], HubMessage::Ping);
        assert!(matches!(&messages[2], HubMessage::Invocation { target, .. } if target == "OnEvent"));
        assert_eq!(messages[3], HubMessage::Close { error: Some("Token expired".into()), allow_reconnect: true });
        assert_eq!(handshake(), "{\"protocol\":\"json\",\"version\":1}\u{1e}");
        assert_eq!(ping(), "{\"type\":6}\u{1e}");
    }

    #[test]
    fn an_event_as_portos_documents_it_reads_into_a_customer_change() {
        let raw = r#"{"e":"portos.resources.changed","s":{"c":"conn-7"},"ca":"2026-12-01T10:42:00Z",
            "p":{"resource":{"name":"Customer","id":"c-1","version":4},"action":"Updated","user":{"id":"u-1","name":"Eva"}}}"#;
        let event: HubEvent = serde_json::from_str(raw).unwrap();
        let change = event.customer_change().unwrap();
        assert_eq!((change.id.as_str(), change.version, change.action), ("c-1", Some(4), Action::Updated));
        assert_eq!((change.by.as_deref(), change.sender.as_deref()), (Some("Eva"), Some("conn-7")));
        let licence: HubEvent = serde_json::from_str(r#"{"e":"portos.licence.activated","s":{},"p":{}}"#).unwrap();
        assert_eq!(licence.customer_change(), None);
        let at = "2026-12-01T10:42:00Z".parse().unwrap();
        let sent = HubEvent::customer(Action::Deleted, "c-2", None, UserRef { id: "u".into(), name: "Ján".into() }, None, at);
        let back: HubEvent = serde_json::from_str(
            records(&sent.invocation())
                .next()
                .map(|r| {
                    let v: Value = serde_json::from_str(r).unwrap();
                    v["arguments"][0].to_string()
                })
                .unwrap()
                .as_str(),
        )
        .unwrap();
        assert_eq!(back.customer_change().unwrap().action, Action::Deleted);
    }

    fn customer(id: &str, version: i64) -> crate::customer::Customer {
        crate::customer::Customer { id: id.into(), version, ..Default::default() }
    }

    fn heard(id: &str, action: Action) -> CustomerChange {
        CustomerChange { id: id.into(), version: None, action, by: None, at: None, sender: None }
    }

    #[test]
    fn what_changed_in_a_view_counts_each_customer_once() {
        let shown = [customer("a", 1), customer("b", 1), customer("c", 1)];
        // b was updated, c deleted (d moved up into the page), and e was created on a later page.
        let fresh = [customer("a", 1), customer("b", 2), customer("d", 1)];
        let heard_of = [heard("b", Action::Updated), heard("c", Action::Deleted), heard("e", Action::Created), heard("z", Action::Updated)];
        let nobody = |_: &CustomerChange| false;
        assert_eq!(changed_in_view(&shown, Some(10), &fresh, Some(10), &heard_of, nobody), ["b", "c", "d"]);
        // The total grew: the creation is in the view, though not on this page.
        assert_eq!(changed_in_view(&shown, Some(10), &fresh, Some(11), &heard_of, nobody), ["b", "c", "d", "e"]);
        assert!(
            changed_in_view(&shown, Some(3), &shown, Some(3), &[heard("z", Action::Updated)], nobody).is_empty(),
            "a change outside the view"
        );
    }

    #[test]
    fn what_differs_only_by_this_tabs_own_writes_is_no_change() {
        let shown = [customer("a", 1), customer("b", 1), customer("c", 1)];
        // This tab saved a at version 2 and b at 2, but someone else saved b again (3); it
        // deleted c; d is a creation of its own.
        let fresh = [customer("a", 2), customer("b", 3), customer("d", 1)];
        let own = [
            ("a", Some(2), Action::Updated),
            ("b", Some(2), Action::Updated),
            ("c", None, Action::Deleted),
            ("d", Some(1), Action::Created),
        ];
        let is_own = |change: &CustomerChange| {
            own.iter().any(|(id, version, action)| change.id == *id && change.version == *version && change.action == *action)
        };
        assert_eq!(changed_in_view(&shown, Some(3), &fresh, Some(3), &[], is_own), ["b"]);
    }

    #[test]
    fn subscriptions_negotiation_and_the_hubs_address() {
        let subscription = Subscription::customers();
        assert!(subscription.wants(RESOURCES_CHANGED, "customer"));
        assert!(!subscription.wants(RESOURCES_CHANGED, "Order"));
        assert!(Subscription::default().wants("anything", "Order"));
        let negotiated: Negotiated = serde_json::from_str(
            r#"{"connectionId":"abc","connectionToken":"tok","negotiateVersion":1,"availableTransports":[{"transport":"WebSockets","transferFormats":["Text","Binary"]}]}"#,
        )
        .unwrap();
        assert_eq!((negotiated.token(), negotiated.offers_websockets()), ("tok", true));
        assert_eq!(hub_url("/api"), "/signalr/v1/mainHub");
        assert_eq!(hub_url("https://pos.example.com/api/"), "https://pos.example.com/signalr/v1/mainHub");
        assert_eq!(hub_url("https://pos.example.com"), "https://pos.example.com/signalr/v1/mainHub");
        assert_eq!((backoff_ms(0), backoff_ms(3), backoff_ms(9)), (1_000, 10_000, 30_000));
    }
}
