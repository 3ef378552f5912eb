//! DealPOS v3: the client-credentials token, bearer checks, Contacts roles, the rate limit,
//! CORS and unknown routes.

use crate::dealpos_support::{V3, assert_message, call, header, token, token_request};
use crate::support::ApiServer;
use customer_desk_server::ServerOptions;
use customer_desk_server::dealpos::rate_limit::RateLimit;
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn tokens_come_from_form_or_basic_credentials() {
    let api = ApiServer::start(0).await;
    let reply = token_request(&api, "grant_type=client_credentials&client_id=demo&client_secret=demo", None).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!((&reply.body["token_type"], &reply.body["expires_in"]), (&json!("Bearer"), &json!(900)));
    assert_eq!(header(&reply, "cache-control"), Some("no-store"));
    let basic = token_request(&api, "grant_type=client_credentials", Some(("viewer", "viewer"))).await;
    assert_eq!(basic.status, 200, "{}", basic.body);
    for access in [&reply.body["access_token"], &basic.body["access_token"]] {
        assert_eq!(call(&api, "GET", "/Customer", access.as_str().unwrap(), None).await.status, 200);
    }
}

#[tokio::test]
async fn token_errors_are_oauth2_errors() {
    let api = ApiServer::start(0).await;
    let cases = [
        ("grant_type=client_credentials&client_id=demo&client_secret=wrong", None, 401, "invalid_client"),
        ("grant_type=client_credentials&client_id=nobody&client_secret=nobody", None, 401, "invalid_client"),
        ("grant_type=client_credentials", None, 401, "invalid_client"),
        ("grant_type=password&client_id=demo&client_secret=demo", None, 400, "unsupported_grant_type"),
        ("client_id=demo&client_secret=demo", None, 400, "invalid_request"),
        ("grant_type=client_credentials&client_id=demo&client_secret=demo", Some(("demo", "demo")), 400, "invalid_request"),
    ];
    for (form, basic, status, error) in cases {
        let reply = token_request(&api, form, basic).await;
        assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(error)), "{form}: {}", reply.body);
        assert!(reply.body["access_token"].is_null());
    }
    // Only a client that tried Basic is challenged (a browser would pop up a dialog).
    let form = token_request(&api, "grant_type=client_credentials&client_id=demo&client_secret=x", None).await;
    assert_eq!(header(&form, "www-authenticate"), None);
    let basic = token_request(&api, "grant_type=client_credentials", Some(("demo", "x"))).await;
    assert_eq!((basic.status, header(&basic, "www-authenticate")), (401, Some("Basic realm=\"DealPOS\"")));
}

#[tokio::test]
async fn customer_routes_need_a_dealpos_bearer_token() {
    let api = ApiServer::start(0).await;
    let missing = api.send("GET", &format!("{V3}/Customer"), None, None).await;
    assert_message(&missing, 401, "bearer token");
    assert_eq!(header(&missing, "www-authenticate"), Some("Bearer"));
    assert_eq!(header(&missing, "ratelimit-limit"), None, "unknown clients are not counted");
    assert_message(&call(&api, "GET", "/Customer", "not-a-token", None).await, 401, "invalid");
    // PORTOS and DealPOS tokens are not interchangeable.
    let portos = api.token("admin").await;
    assert_message(&call(&api, "GET", "/Customer", &portos, None).await, 401, "invalid");
    let dealpos = token(&api, "demo").await;
    assert_eq!(api.get("/api/customers", &dealpos).await.status, 401);
}

#[tokio::test]
async fn expired_tokens_are_refused() {
    let api = ApiServer::start_with(ServerOptions { token_ttl: Some(Duration::from_secs(1)), ..Default::default() }).await;
    let access = token(&api, "demo").await;
    assert_eq!(call(&api, "GET", "/Customer", &access, None).await.status, 200);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_message(&call(&api, "GET", "/Customer", &access, None).await, 401, "expired");
}

#[tokio::test]
async fn a_viewer_reads_but_every_write_names_the_missing_role() {
    let api = ApiServer::start(0).await;
    let demo = token(&api, "demo").await;
    crate::dealpos_support::create(&api, &demo, json!({"Name": "Ayu Lestari", "Email": "ayu@example.id"})).await;
    let viewer = token(&api, "viewer").await;
    assert_eq!(crate::dealpos_support::names(&call(&api, "GET", "/Customer", &viewer, None).await), ["Ayu Lestari"]);
    assert_eq!(call(&api, "GET", "/Customer/Detail?Email=ayu@example.id", &viewer, None).await.status, 200);
    assert_eq!(call(&api, "POST", "/Customer/p", &viewer, Some(json!({"PageNumber": 1, "PageSize": 5}))).await.status, 200);
    assert_message(&call(&api, "POST", "/Customer", &viewer, Some(json!({"Name": "X"}))).await, 403, "Contacts - CREATE");
    assert_message(&call(&api, "PUT", "/Customer/ByID", &viewer, Some(json!({"ID": "x", "Name": "X"}))).await, 403, "Contacts - EDIT");
    assert_message(&call(&api, "DELETE", "/Customer?Email=ayu@example.id", &viewer, None).await, 403, "Contacts - DELETE");
    assert_eq!(call(&api, "GET", "/Customer/Detail?Email=ayu@example.id", &viewer, None).await.status, 200, "nothing was deleted");
}

#[tokio::test]
async fn the_rate_limit_counts_per_client_and_answers_429_with_headers() {
    let limit = RateLimit { requests: 3, window: Duration::from_secs(60) };
    let api = ApiServer::start_with(ServerOptions { dealpos_rate_limit: Some(limit), ..Default::default() }).await;
    let demo = token(&api, "demo").await;
    for remaining in ["2", "1", "0"] {
        // Refused requests count too: the last one is a 404.
        let path = if remaining == "0" { "/Customer/Detail?ID=none" } else { "/Customer" };
        let reply = call(&api, "GET", path, &demo, None).await;
        assert_eq!(header(&reply, "ratelimit-limit"), Some("3"));
        assert_eq!(header(&reply, "ratelimit-remaining"), Some(remaining));
        assert_eq!(header(&reply, "ratelimit-policy"), Some("3;w=60"));
        assert_eq!(header(&reply, "retry-after"), None);
    }
    let refused = call(&api, "GET", "/Customer", &demo, None).await;
    assert_message(&refused, 429, "Try again in");
    let retry: u64 = header(&refused, "retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!((header(&refused, "ratelimit-remaining"), header(&refused, "ratelimit-policy")), (Some("0"), Some("3;w=60")));
    // Another client has its own window, and tokens are still issued.
    let viewer = token(&api, "viewer").await;
    assert_eq!(header(&call(&api, "GET", "/Customer", &viewer, None).await, "ratelimit-remaining"), Some("2"));
    // A new token does not reset the client's window.
    let again = token(&api, "demo").await;
    assert_eq!(call(&api, "GET", "/Customer", &again, None).await.status, 429);
}

#[tokio::test]
async fn a_new_window_opens_when_the_old_one_ends() {
    let limit = RateLimit { requests: 1, window: Duration::from_secs(1) };
    let api = ApiServer::start_with(ServerOptions { dealpos_rate_limit: Some(limit), ..Default::default() }).await;
    let demo = token(&api, "demo").await;
    assert_eq!(call(&api, "GET", "/Customer", &demo, None).await.status, 200);
    assert_eq!(call(&api, "GET", "/Customer", &demo, None).await.status, 429);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(call(&api, "GET", "/Customer", &demo, None).await.status, 200);
}

#[tokio::test]
async fn allowed_origins_may_call_and_read_the_rate_limit_headers() {
    let origin = "https://office.example";
    let api = ApiServer::start_with(ServerOptions { cors_origins: vec![origin.into()], ..Default::default() }).await;
    let demo = token(&api, "demo").await;
    let preflight = api
        .send_with(
            "OPTIONS",
            &format!("{V3}/Customer/ByID"),
            None,
            None,
            &[
                ("origin", origin),
                ("access-control-request-method", "PUT"),
                ("access-control-request-headers", "authorization,content-type"),
            ],
        )
        .await;
    assert_eq!(preflight.status, 200);
    assert_eq!(header(&preflight, "access-control-allow-origin"), Some(origin));
    let reply = api.send_with("GET", &format!("{V3}/Customer"), Some(&demo), None, &[("origin", origin)]).await;
    assert_eq!(header(&reply, "access-control-allow-origin"), Some(origin));
    let exposed = header(&reply, "access-control-expose-headers").unwrap().to_ascii_lowercase();
    for name in ["ratelimit-remaining", "ratelimit-reset", "retry-after"] {
        assert!(exposed.contains(name), "{exposed}");
    }
    let stranger = api.send_with("GET", &format!("{V3}/Customer"), Some(&demo), None, &[("origin", "https://evil.example")]).await;
    assert_eq!(header(&stranger, "access-control-allow-origin"), None);
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_with_a_message() {
    let api = ApiServer::start(0).await;
    let demo = token(&api, "demo").await;
    assert_message(&call(&api, "GET", "/Product", &demo, None).await, 404, "No such DealPOS resource");
    assert_message(&call(&api, "PATCH", "/Customer", &demo, None).await, 405, "PATCH");
}

#[tokio::test]
async fn the_command_line_sets_the_rate_limit() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    const BIN: &str = env!("CARGO_BIN_EXE_customer-desk-server");
    for bad in ["0/60", "5", "5/x"] {
        assert!(!Command::new(BIN).args(["--dealpos-rate-limit", bad]).output().unwrap().status.success(), "{bad}");
    }
    let mut server = Command::new(BIN)
        .args(["--addr", "127.0.0.1:0", "--dealpos-rate-limit", "1/60"])
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let address = BufReader::new(server.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.split("listening on ").nth(1).map(|rest| rest.trim().to_string()))
        .expect("the server prints its address");
    let client = reqwest::Client::new();
    let token: serde_json::Value = client
        .post(format!("{address}{V3}/token"))
        .basic_auth("demo", Some("demo"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let access = token["access_token"].as_str().unwrap();
    let mut statuses = Vec::new();
    for _ in 0..2 {
        let reply = client.get(format!("{address}{V3}/Customer")).bearer_auth(access).send().await.unwrap();
        statuses.push((reply.status().as_u16(), reply.headers().get("ratelimit-policy").and_then(|v| v.to_str().ok()).map(str::to_owned)));
    }
    server.kill().unwrap();
    let _ = server.wait();
    assert_eq!(statuses, [(200, Some("1;w=60".to_string())), (429, Some("1;w=60".to_string()))]);
}

#[tokio::test]
async fn injected_faults_answer_with_a_message() {
    let fault = "/dealpos/api/v3/Customer:error-rate=1".parse().unwrap();
    let api = ApiServer::start_with(ServerOptions { faults: vec![fault], ..Default::default() }).await;
    let demo = token(&api, "demo").await;
    assert_message(&call(&api, "GET", "/Customer", &demo, None).await, 500, "Internal server error");
}
