//! What no client should be able to break: random query strings, unknown routes; and the
//! cross-cutting options: CORS and fault injection.

use crate::support::{ApiServer, TestServer, assert_problem};
use customer_desk_server::ServerOptions;
use proptest::prelude::*;
use std::time::{Duration, Instant};

#[tokio::test]
async fn health_and_unknown_api_paths() {
    let api = ApiServer::start(0).await;
    let health = api.send("GET", "/api/health", None, None).await;
    assert_eq!((health.status, health.body["status"].as_str()), (200, Some("ok")));
    for path in ["/api/nothing", "/api/customers/a/b", "/api"] {
        assert_problem(&api.send("GET", path, None, None).await, 404, None);
    }
}

fn query_string() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        Just("DiscountRate".to_string()),
        Just("CreditRate".to_string()),
        Just("ExternalId".to_string()),
        Just("IsActive".to_string()),
        Just("ExpirationTime".to_string()),
        Just("IsExpired".to_string()),
        Just("CardSerialNumber".to_string()),
        Just("Search".to_string()),
        Just("$skip".to_string()),
        Just("$take".to_string()),
        Just("$sort".to_string()),
        Just("$count".to_string()),
        "[ -~]{0,8}",
    ];
    let value = prop_oneof!["[ -~]{0,16}", "(gt|lt|in|like|null|eq|ne):[-0-9a-z:;\\\\%.]{0,10}", "\\PC{0,8}"];
    prop::collection::vec((name, value), 0..4).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(n, v)| {
                let encode = |s: &str| s.bytes().map(|b| format!("%{b:02X}")).collect::<String>();
                format!("{}={}", encode(&n), encode(&v))
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

#[test]
fn no_query_string_makes_the_server_fail() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (api, token) = runtime.block_on(async {
        let api = ApiServer::start(50).await;
        let token = api.token("viewer").await;
        (api, token)
    });
    let config = ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(query in query_string())| {
        let reply = runtime.block_on(api.get(&format!("/api/customers?{query}"), &token));
        prop_assert!(reply.status == 200 || reply.status == 400, "{query} -> {} {}", reply.status, reply.body);
        if reply.status == 400 {
            prop_assert_eq!(reply.body["errorCode"].as_i64(), Some(3));
        }
    });
    // Raw, unencoded oddities too.
    for raw in ["%", "%zz", "&&", "=", "==", "DiscountRate", "$sort=-", "Search=%FF%FE", "a=b=c", "DiscountRate=%5C"] {
        let reply = runtime.block_on(api.get(&format!("/api/customers?{raw}"), &token));
        assert!(reply.status == 200 || reply.status == 400, "{raw} -> {}", reply.status);
    }
}

#[tokio::test]
async fn cors_allows_only_configured_origins() {
    let options = ServerOptions { cors_origins: vec!["http://app.localhost:8080".into()], ..Default::default() };
    let api = ApiServer::start_with(options).await;
    let preflight = |origin: &'static str| {
        api.server
            .client
            .request(reqwest::Method::OPTIONS, api.server.url("/api/customers"))
            .header("origin", origin)
            .header("access-control-request-method", "GET")
            .header("access-control-request-headers", "authorization")
            .send()
    };
    let allowed = preflight("http://app.localhost:8080").await.unwrap();
    assert_eq!(allowed.headers().get("access-control-allow-origin").unwrap(), "http://app.localhost:8080");
    let refused = preflight("http://evil.localhost").await.unwrap();
    assert!(refused.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn faults_slow_fail_or_drop_only_their_routes() {
    let faults = vec![
        "/api/customers:latency=300".parse().unwrap(),
        "/api/health:error-rate=1".parse().unwrap(),
        "/api/auth/refresh:drop-rate=1".parse().unwrap(),
    ];
    let api = ApiServer::start_with(ServerOptions { faults, ..Default::default() }).await;
    let token = api.token("viewer").await;
    let started = Instant::now();
    assert_eq!(api.get("/api/customers", &token).await.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_problem(&api.send("GET", "/api/health", None, None).await, 500, None);
    let dropped = api.server.client.post(api.server.url("/api/auth/refresh")).body("{}").send().await;
    let failed = match dropped {
        Err(_) => true,
        Ok(response) => response.bytes().await.is_err(),
    };
    assert!(failed, "the connection should be cut");
    // Routes without a fault are untouched.
    assert_eq!(api.get("/api/auth", &token).await.status, 200);
}

#[tokio::test]
async fn static_site_still_served_next_to_the_api() {
    let server = TestServer::start(ServerOptions::default()).await;
    assert_eq!(server.get("/api/health").await.status(), 200);
    assert_eq!(server.get("/customers").await.status(), 404);
}
