//! `GET /api/customers`: every filter and operator, Search, sorting and paging edges.

use crate::fixture::{self, ids};
use crate::support::assert_problem;

/// Runs each (query, expected ids in default order) against the fixture.
async fn expect(cases: &[(&str, &[&str])]) {
    let (api, token) = fixture::server().await;
    for (query, expected) in cases {
        let reply = api.get(&format!("/api/customers?{query}"), &token).await;
        assert_eq!(reply.status, 200, "{query}: {}", reply.body);
        let mut got = ids(&reply.body);
        got.sort();
        assert_eq!(got, *expected, "{query}");
        assert_eq!(reply.body["totalCount"].as_u64(), Some(expected.len() as u64), "{query}");
    }
}

#[tokio::test]
async fn the_default_list_is_a_query_result_sorted_by_name() {
    let (api, token) = fixture::server().await;
    let reply = api.get("/api/customers", &token).await;
    assert_eq!(reply.body["count"], 4);
    assert_eq!(reply.body["totalCount"], 4);
    // Names sort without case and diacritics: Dvořák, Nováková, Šťastný, Wijaya.
    assert_eq!(ids(&reply.body), ["d", "b", "a", "c"]);
    let first = &reply.body["items"][0];
    assert_eq!(first["fullName"], "Tomáš Dvořák");
    assert_eq!(first["expirationTime"], "2030-06-01T10:00:00Z");
    assert_eq!(first["status"], "Valid");
    assert_eq!(first["_v"], 1);
    assert_eq!(reply.body["items"][1]["status"], "Expired");
    assert_eq!(reply.body["items"][3]["cards"][1]["serialNumber"], "CARD-3");
}

#[tokio::test]
async fn decimal_filters_with_every_comparison() {
    expect(&[
        ("DiscountRate=gt:10", &["b", "d"]),
        ("DiscountRate=gt:0;lt:50", &["a", "d"]),
        ("DiscountRate=gt:0&DiscountRate=lt:50", &["a", "d"]),
        ("DiscountRate=10", &["a"]),
        ("DiscountRate=eq:10.0", &["a"]),
        ("DiscountRate=ne:10", &["b", "c", "d"]),
        ("DiscountRate=gte:20", &["b", "d"]),
        ("DiscountRate=lte:10", &["a", "c"]),
        ("DiscountRate=lt:10", &["c"]),
        ("DiscountRate=in:10:20", &["a", "d"]),
        ("discountrate=GT:10", &["b", "d"]),
        ("CreditRate=2.5", &["c"]),
        ("CreditRate=gt:0", &["a", "c"]),
        ("DiscountRate=notnull", &["a", "b", "c", "d"]),
        ("DiscountRate=null", &[]),
    ])
    .await;
}

#[tokio::test]
async fn text_filters_with_escaping_like_and_nulls() {
    expect(&[
        ("ExternalId=EXT-1", &["a"]),
        ("ExternalId=null", &["c"]),
        ("ExternalId=notnull", &["a", "b", "d"]),
        ("ExternalId=like:ext", &["a", "b", "d"]),
        ("ExternalId=like:%25", &[]),
        ("ExternalId=EXT%5C:4", &["d"]),
        ("ExternalId=eq:EXT:4", &["d"]),
        ("ExternalId=ne:EXT-1", &["b", "c", "d"]),
        ("ExternalId=in:EXT-1:EXT-2", &["a", "b"]),
        ("ExternalId=gt:EXT-1", &["b", "d"]),
    ])
    .await;
}

#[tokio::test]
async fn boolean_date_and_expiry_filters() {
    expect(&[
        ("IsActive=false", &["b"]),
        ("IsActive=true", &["a", "c", "d"]),
        ("IsActive=ne:true", &["b"]),
        ("ExpirationTime=lt:2025-01-01", &["b"]),
        ("ExpirationTime=gt:2025-01-01T00:00:00Z", &["a", "d"]),
        ("ExpirationTime=gte:2030-06-01T10:00:00Z", &["a", "d"]),
        ("ExpirationTime=lt:2030-06-01T12:00:00%2B02:00", &["b"]),
        ("ExpirationTime=null", &["c"]),
        ("IsExpired=true", &["b"]),
        ("IsExpired=false", &["a", "c", "d"]),
    ])
    .await;
}

#[tokio::test]
async fn card_filters_look_at_every_card() {
    expect(&[
        ("CardSerialNumber=CARD-3", &["c"]),
        ("CardSerialNumber=like:card", &["a", "c"]),
        ("CardSerialNumber=null", &["b", "d"]),
        ("CardSerialNumber=notnull", &["a", "c"]),
        ("CardSerialNumber=ne:CARD-1", &["b", "c", "d"]),
        ("CardSerialNumber=in:CARD-1:CARD-2", &["a", "c"]),
    ])
    .await;
}

#[tokio::test]
async fn search_is_partial_case_and_diacritics_insensitive() {
    expect(&[
        ("Search=stastny", &["a"]),
        ("Search=%C5%A0%C5%A4ASTN%C3%9D", &["a"]),
        ("Search=makmur", &["c"]),
        ("Search=ID123", &["c"]),
        ("Search=777", &["c"]),
        ("Search=COFFEE", &["a"]),
        ("Search=a;b", &["b"]),
        ("Search=jan", &["a", "b"]),
        ("Search=", &["a", "b", "c", "d"]),
        ("Search=100%25", &[]),
        ("Search=wi", &["c"]),
        ("Search=%22coffee", &[]),
        ("Search=ee%22", &[]),
        ("Search=jan&DiscountRate=gt:20", &["b"]),
    ])
    .await;
}

#[tokio::test]
async fn sorting_is_case_insensitive_with_both_descending_forms() {
    let (api, token) = fixture::server().await;
    for (sort, expected) in [
        ("-discountRate", ["b", "d", "a", "c"]),
        ("DISCOUNTRATE:desc", ["b", "d", "a", "c"]),
        ("discountRate:asc,id", ["c", "a", "d", "b"]),
        ("isActive,-creditRate", ["b", "c", "a", "d"]),
        ("firstName", ["c", "a", "b", "d"]),
        ("-id", ["d", "c", "b", "a"]),
        ("company.name,id", ["a", "b", "d", "c"]),
        // Columns that only the full customer row holds (nulls first, then id).
        ("email", ["b", "c", "d", "a"]),
        ("note", ["c", "d", "b", "a"]),
        ("-note", ["a", "b", "c", "d"]),
        ("-birthDate", ["d", "a", "b", "c"]),
        ("-gender,-id", ["d", "c", "b", "a"]),
        ("phone,-id", ["d", "c", "b", "a"]),
    ] {
        let reply = api.get(&format!("/api/customers?$sort={sort}"), &token).await;
        assert_eq!(ids(&reply.body), expected, "{sort}");
    }
}

#[tokio::test]
async fn lists_follow_updates_and_deletes() {
    let (api, token) = fixture::server().await;
    let mut c = api.get("/api/customers/c", &token).await.body;
    c["discountRate"] = serde_json::json!(60);
    c["lastName"] = serde_json::json!("Adamec");
    assert_eq!(api.send("PUT", "/api/customers/c", Some(&token), Some(c)).await.status, 200);
    assert_eq!(ids(&api.get("/api/customers?$sort=-discountRate&$take=2", &token).await.body), ["c", "b"]);
    assert_eq!(ids(&api.get("/api/customers?DiscountRate=gt:55", &token).await.body), ["c"]);
    assert_eq!(ids(&api.get("/api/customers", &token).await.body), ["c", "d", "b", "a"]);
    assert_eq!(api.send("DELETE", "/api/customers/c", Some(&token), None).await.status, 200);
    assert_eq!(ids(&api.get("/api/customers?$sort=-discountRate", &token).await.body), ["b", "d", "a"]);
    assert_eq!(api.get("/api/customers?Search=adamec", &token).await.body["totalCount"], 0);
}

#[tokio::test]
async fn status_sorts_valid_then_not_yet_valid_then_expired() {
    let (api, token) = fixture::server().await;
    let future = serde_json::json!({"id": "e", "lastName": "Adamová", "activationTime": "2098-01-01T00:00:00Z"});
    assert_eq!(api.send("POST", "/api/customers", Some(&token), Some(future)).await.status, 201);
    // a, c, d are Valid, e NotYetValid, b Expired; ties fall back to the next key, then id.
    for (sort, expected) in [
        ("status", ["a", "c", "d", "e", "b"]),
        ("-status,lastName", ["b", "e", "d", "a", "c"]),
        ("STATUS:desc,-id", ["b", "e", "d", "c", "a"]),
    ] {
        let reply = api.get(&format!("/api/customers?$sort={sort}"), &token).await;
        assert_eq!(reply.status, 200, "{sort}: {}", reply.body);
        assert_eq!(ids(&reply.body), expected, "{sort}");
    }
    let statuses: Vec<String> = api.get("/api/customers?$sort=status&IsActive=true", &token).await.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["Valid", "Valid", "Valid", "NotYetValid"]);
    // Paging through a status sort binds the clock on every page alike.
    let second = api.get("/api/customers?$sort=-status,lastName&$skip=2&$take=2", &token).await;
    assert_eq!(ids(&second.body), ["d", "a"]);
}

#[tokio::test]
async fn paging_edges() {
    let (api, token) = fixture::server().await;
    let page = api.get("/api/customers?$take=2&$skip=1", &token).await;
    assert_eq!(ids(&page.body), ["b", "a"]);
    assert_eq!((page.body["count"].as_u64(), page.body["totalCount"].as_u64()), (Some(2), Some(4)));
    let past_end = api.get("/api/customers?$skip=10", &token).await;
    assert_eq!(past_end.body, serde_json::json!({"items": [], "count": 0, "totalCount": 4}));
    let none = api.get("/api/customers?$take=0", &token).await;
    assert_eq!(none.body, serde_json::json!({"items": [], "count": 0, "totalCount": 4}));
    let counted = api.get("/api/customers?$count=true&DiscountRate=gt:0", &token).await;
    assert_eq!(counted.body, serde_json::json!({"count": 3, "totalCount": 3}));
    let maximum = api.get("/api/customers?$take=1000", &token).await;
    assert_eq!(maximum.status, 200);
    let over = api.get("/api/customers?$take=1001", &token).await;
    assert_problem(&over, 400, Some(3));
    assert_eq!(over.body["errors"][0]["memberName"], "$take");
}

#[tokio::test]
async fn paging_through_demo_data_sees_every_customer_once() {
    let api = crate::support::ApiServer::start(300).await;
    let token = api.token("viewer").await;
    let mut seen = Vec::new();
    for skip in (0..300).step_by(70) {
        let reply = api.get(&format!("/api/customers?$take=70&$skip={skip}&$sort=lastName"), &token).await;
        assert_eq!(reply.body["totalCount"], 300);
        seen.extend(ids(&reply.body));
    }
    let count = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!((count, seen.len()), (300, 300));
}

#[tokio::test]
async fn bad_parameters_are_400_naming_the_parameter() {
    let (api, token) = fixture::server().await;
    for (query, member) in [
        ("Foo=1", "Foo"),
        ("DiscountRate=between:1:2", "DiscountRate"),
        ("DiscountRate=gt:abc", "DiscountRate"),
        ("DiscountRate=like:1", "DiscountRate"),
        ("DiscountRate=", "DiscountRate"),
        ("DiscountRate=null:1", "DiscountRate"),
        ("ExternalId=eq:x%5C", "ExternalId"),
        ("IsActive=gt:true", "IsActive"),
        ("IsActive=yes", "IsActive"),
        ("ExpirationTime=gt:tomorrow", "ExpirationTime"),
        ("IsExpired=maybe", "IsExpired"),
        ("$skip=-1", "$skip"),
        ("$take=abc", "$take"),
        ("$skip=1&$skip=2", "$skip"),
        ("$count=yes", "$count"),
        ("$sort=nope", "$sort"),
        ("$sort=id:up", "$sort"),
        ("$sort=,", "$sort"),
    ] {
        let reply = api.get(&format!("/api/customers?{query}"), &token).await;
        assert_problem(&reply, 400, Some(3));
        assert_eq!(reply.body["errors"][0]["memberName"], member, "{query}: {}", reply.body);
    }
}

#[tokio::test]
async fn demo_data_is_deterministic_and_varied() {
    let first = crate::support::ApiServer::start(500).await;
    let second = crate::support::ApiServer::start(500).await;
    let (t1, t2) = (first.token("viewer").await, second.token("viewer").await);
    let path = "/api/customers?$take=50&$sort=id";
    let (a, b) = (first.get(path, &t1).await.body, second.get(path, &t2).await.body);
    let strip_status = |mut v: serde_json::Value| {
        v["items"].as_array_mut().unwrap().iter_mut().for_each(|c| c["status"] = serde_json::Value::Null);
        v
    };
    assert_eq!(strip_status(a), strip_status(b));
    for query in ["IsActive=false", "IsExpired=true", "CardSerialNumber=notnull", "Search=%C5%A1", "Search=wijaya", "Search=s.r.o"] {
        let reply = first.get(&format!("/api/customers?$count=true&{query}"), &t1).await;
        assert!(reply.body["totalCount"].as_u64().unwrap() > 0, "{query}");
    }
}

/// A list page goes gzipped to a client that accepts it (a browser): on a shop's slow Wi-Fi
/// its 29 KB of JSON are some 5 KB.
#[tokio::test]
async fn lists_go_gzipped_to_a_client_that_accepts_gzip() {
    use std::io::Read;
    let api = crate::support::ApiServer::start(40).await;
    let token = api.token("admin").await;
    let response = api
        .server
        .client
        .get(api.server.url("/api/customers?$take=25"))
        .bearer_auth(&token)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let compressed = response.bytes().await.unwrap();
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(&compressed[..]).read_to_end(&mut plain).unwrap();
    let body: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(body["items"].as_array().map(Vec::len), Some(25));
    assert!(compressed.len() * 3 < plain.len(), "{} bytes gzipped of {}", compressed.len(), plain.len());

    // Without Accept-Encoding, plain JSON, as before.
    let plain_reply = api.get("/api/customers?$take=25", &token).await;
    assert!(!plain_reply.headers.contains_key("content-encoding"));
    assert_eq!(plain_reply.body["items"].as_array().map(Vec::len), Some(25));
}
