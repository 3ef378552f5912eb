//! `/api/auth`: sign-in, profile, refresh rotation, sign-out, expiry, and the 401s.

use crate::support::{ApiServer, assert_problem};
use customer_desk_server::ServerOptions;
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn sign_in_returns_the_documented_shape_and_profile() {
    let api = ApiServer::start(0).await;
    let reply = api.send("POST", "/api/auth", None, Some(json!({"userName": "clerk", "password": "clerk", "deviceName": "till-1"}))).await;
    assert_eq!(reply.status, 200);
    let body = &reply.body;
    assert!(body["tokenId"].as_str().unwrap().split('.').count() == 3, "a JWT");
    assert!(body["refreshToken"].as_str().unwrap().len() > 20);
    assert_eq!(body["user"]["userName"], "clerk");
    assert_eq!(body["user"]["rights"], json!(["customerCreate", "customerUpdate"]));
    assert_eq!(body["user"]["device"], json!({"name": "till-1", "envName": "BackOffice"}));

    let token = body["tokenId"].as_str().unwrap();
    let profile = api.get("/api/auth", token).await;
    assert_eq!(profile.status, 200);
    assert_eq!(profile.body["userName"], "clerk");
    assert_eq!(profile.body["device"]["name"], "till-1");
}

#[tokio::test]
async fn demo_users_have_their_rights() {
    let api = ApiServer::start(0).await;
    let admin = api.get("/api/auth", &api.token("admin").await).await;
    assert_eq!(admin.body["rights"].as_array().unwrap().len(), 5);
    let viewer = api.get("/api/auth", &api.token("viewer").await).await;
    assert_eq!(viewer.body["rights"], json!([]));
}

#[tokio::test]
async fn wrong_password_unknown_user_and_bad_bodies_are_refused() {
    let api = ApiServer::start(0).await;
    let wrong = api.send("POST", "/api/auth", None, Some(json!({"userName": "admin", "password": "x", "deviceName": "d"}))).await;
    assert_problem(&wrong, 401, Some(1));
    let unknown = api.send("POST", "/api/auth", None, Some(json!({"userName": "nobody", "password": "x", "deviceName": "d"}))).await;
    assert_problem(&unknown, 401, Some(1));
    let slovak = api
        .send_with(
            "POST",
            "/api/auth",
            None,
            Some(json!({"userName": "admin", "password": "x", "deviceName": "d"})),
            &[("accept-language", "sk")],
        )
        .await;
    assert_eq!(slovak.body["detail"], "Nesprávne používateľské meno alebo heslo.");
    let missing = api.send("POST", "/api/auth", None, Some(json!({"userName": "admin"}))).await;
    assert_problem(&missing, 400, Some(3));
}

#[tokio::test]
async fn missing_malformed_and_forged_tokens_get_401() {
    let api = ApiServer::start(0).await;
    assert_problem(&api.send("GET", "/api/customers", None, None).await, 401, Some(1));
    assert_problem(&api.get("/api/customers", "not-a-jwt").await, 401, Some(1));
    let token = api.token("admin").await;
    let mut forged = token.clone();
    forged.pop();
    forged.push(if token.ends_with('A') { 'B' } else { 'A' });
    let reply = api.get("/api/customers", &forged).await;
    assert_problem(&reply, 401, Some(1));
    assert_eq!(reply.headers.get("www-authenticate").unwrap(), "Bearer");
    let basic = api.send_with("GET", "/api/customers", None, None, &[("authorization", "Basic YTpi")]).await;
    assert_problem(&basic, 401, Some(1));
}

#[tokio::test]
async fn refresh_rotates_and_an_old_refresh_token_is_refused() {
    let api = ApiServer::start(0).await;
    let first = api.send("POST", "/api/auth", None, Some(json!({"userName": "admin", "password": "admin", "deviceName": "d"}))).await.body;
    let refresh = |body: &serde_json::Value| json!({"tokenId": body["tokenId"], "refreshToken": body["refreshToken"]});
    let second = api.send("POST", "/api/auth/refresh", None, Some(refresh(&first))).await;
    assert_eq!(second.status, 200, "{}", second.body);
    assert_ne!(second.body["refreshToken"], first["refreshToken"]);
    assert_eq!(api.get("/api/customers", second.body["tokenId"].as_str().unwrap()).await.status, 200);
    // The first refresh token was used up by the rotation.
    assert_problem(&api.send("POST", "/api/auth/refresh", None, Some(refresh(&first))).await, 401, Some(1));
    let third = api.send("POST", "/api/auth/refresh", None, Some(refresh(&second.body))).await;
    assert_eq!(third.status, 200);
}

#[tokio::test]
async fn sign_out_revokes_the_token() {
    let api = ApiServer::start(0).await;
    let token = api.token("admin").await;
    assert_eq!(api.send("DELETE", "/api/auth", Some(&token), None).await.status, 204);
    assert_problem(&api.get("/api/customers", &token).await, 401, Some(1));
}

#[tokio::test]
async fn tokens_expire_after_the_configured_lifetime() {
    let api = ApiServer::start_with(ServerOptions { token_ttl: Some(Duration::from_secs(1)), ..Default::default() }).await;
    let body = api.send("POST", "/api/auth", None, Some(json!({"userName": "admin", "password": "admin", "deviceName": "d"}))).await.body;
    let token = body["tokenId"].as_str().unwrap();
    assert_eq!(api.get("/api/customers", token).await.status, 200);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_problem(&api.get("/api/customers", token).await, 401, Some(1));
    // An expired access token can still be refreshed with its refresh token.
    let refreshed =
        api.send("POST", "/api/auth/refresh", None, Some(json!({"tokenId": token, "refreshToken": body["refreshToken"]}))).await;
    assert_eq!(refreshed.status, 200);
}

#[tokio::test]
async fn the_token_command_helper_gives_a_working_token() {
    let api = ApiServer::start(0).await;
    let db = customer_desk_server::db::Database::open(Some(&api.db_path)).unwrap();
    let token = customer_desk_server::portos::auth::token_for(&db, "viewer", Duration::from_secs(60)).unwrap();
    assert_eq!(api.get("/api/auth", &token).await.body["userName"], "viewer");
    assert!(customer_desk_server::portos::auth::token_for(&db, "ghost", Duration::from_secs(60)).is_err());
}
