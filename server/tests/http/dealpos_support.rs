//! Helpers for the DealPOS v3 tests: tokens by client credentials and requests under
//! `/dealpos/api/v3`.

use crate::support::{ApiServer, Reply};
use serde_json::Value;

pub const V3: &str = "/dealpos/api/v3";

/// POSTs a form to the token endpoint, optionally with HTTP Basic client authentication.
pub async fn token_request(api: &ApiServer, form: &str, basic: Option<(&str, &str)>) -> Reply {
    let mut request = api
        .server
        .client
        .post(api.server.url(&format!("{V3}/token")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form.to_string());
    if let Some((id, secret)) = basic {
        request = request.basic_auth(id, Some(secret));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap_or(Value::Null);
    Reply { status, headers, body }
}

/// A bearer token for a demo client (secret = client id).
pub async fn token(api: &ApiServer, client: &str) -> String {
    let reply = token_request(api, &format!("grant_type=client_credentials&client_id={client}&client_secret={client}"), None).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.body["access_token"].as_str().unwrap().to_string()
}

/// A request to `V3` + `path`.
pub async fn call(api: &ApiServer, method: &str, path: &str, token: &str, body: Option<Value>) -> Reply {
    api.send(method, &format!("{V3}{path}"), Some(token), body).await
}

pub fn header<'a>(reply: &'a Reply, name: &str) -> Option<&'a str> {
    reply.headers.get(name).and_then(|v| v.to_str().ok())
}

/// Asserts a DealPOS error: status and a `Message` containing `part`.
pub fn assert_message(reply: &Reply, status: u16, part: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    let message = reply.body["Message"].as_str().unwrap_or_else(|| panic!("no Message in {}", reply.body));
    assert!(message.contains(part), "'{message}' should contain '{part}'");
}

/// Creates a customer through DealPOS and returns its ID.
pub async fn create(api: &ApiServer, token: &str, body: Value) -> String {
    let reply = call(api, "POST", "/Customer", token, Some(body)).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(reply.body.as_object().unwrap().len(), 1, "only the ID, as documented: {}", reply.body);
    reply.body["ID"].as_str().unwrap().to_string()
}

/// The `Name`s of a list answer, in order.
pub fn names(reply: &Reply) -> Vec<String> {
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.body.as_array().unwrap().iter().map(|c| c["Name"].as_str().unwrap().to_string()).collect()
}
