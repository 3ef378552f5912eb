//! Pages answered from the id cache (a result's ordered ids, kept for a second) are the
//! same bytes as pages answered by a query, follow every write at once, and handle paging
//! past the end. A key's first request in a generation runs as a page query and the next
//! one computes the ids, so after a write the next two requests give one of each.

use crate::fixture::{self, ids};
use crate::support::ApiServer;
use serde_json::json;

async fn bytes(api: &ApiServer, token: &str, query: &str) -> Vec<u8> {
    let response = api.server.client.get(api.server.url(&format!("/api/customers?{query}"))).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200, "{query}");
    response.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn a_page_from_the_cached_ids_equals_the_page_query_answer() {
    let api = ApiServer::start(1000).await;
    let token = api.token("admin").await;
    let queries = [
        "Search=nov&DiscountRate=gt:0&$sort=-discountRate,lastName",
        "DiscountRate=gt:5&IsActive=true&$sort=-discountRate,lastName",
        "",
        "$sort=-discountRate",
        "Search=ov&$sort=company.name",
        "$sort=email,-creditRate",
    ];
    let pages = [(0, 25), (25, 25), (137, 10), (990, 25), (5000, 25), (3, 0), (0, 1000)];
    let mut writes = 0;
    for query in queries {
        for (skip, take) in pages {
            // A write starts a new generation, so the key is new again: the first request
            // runs a page query, the second (a different query string, so the answer
            // cache cannot serve it) computes the ids and slices them.
            writes += 1;
            let unmatched = json!({"id": format!("w{writes}"), "firstName": "Zzz", "lastName": "Zzz", "isActive": false});
            assert_eq!(api.send("POST", "/api/customers", Some(&token), Some(unmatched)).await.status, 201);
            let from_query = bytes(&api, &token, &format!("{query}&$skip={skip}&$take={take}")).await;
            let from_ids = bytes(&api, &token, &format!("$take={take}&$skip={skip}&{query}")).await;
            assert_eq!(String::from_utf8_lossy(&from_ids), String::from_utf8_lossy(&from_query), "{query} skip {skip} take {take}");
            let again = bytes(&api, &token, &format!("$skip={skip}&{query}&$take={take}")).await;
            assert_eq!(again, from_query, "{query} skip {skip} take {take}, third request");
        }
    }
}

#[tokio::test]
async fn a_write_is_listed_at_once_even_when_the_ids_are_cached() {
    let (api, token) = fixture::server().await;
    let page = |skip: u32| format!("/api/customers?DiscountRate=gt:0&$sort=-discountRate,lastName&$take=1&$skip={skip}");
    // Three pages of one key: the second and third come from its ids.
    for (skip, expected) in [(0, "b"), (1, "d"), (2, "a")] {
        assert_eq!(ids(&api.get(&page(skip), &token).await.body), [expected]);
    }
    let new = json!({"id": "e", "firstName": "Eva", "lastName": "Nová", "discountRate": 30.0});
    assert_eq!(api.send("POST", "/api/customers", Some(&token), Some(new)).await.status, 201);
    let reply = api.get(&page(1), &token).await;
    assert_eq!(ids(&reply.body), ["e"]);
    assert_eq!(reply.body["totalCount"], 4);
    assert_eq!(ids(&api.get(&page(2), &token).await.body), ["d"]);

    assert_eq!(api.send("DELETE", "/api/customers/d", Some(&token), None).await.status, 200);
    let reply = api.get(&page(2), &token).await;
    assert_eq!(ids(&reply.body), ["a"]);
    assert_eq!(reply.body["totalCount"], 3);
}

#[tokio::test]
async fn deep_skip_past_the_end_of_cached_ids() {
    let (api, token) = fixture::server().await;
    let list = |paging: &str| format!("/api/customers?$sort=-discountRate&{paging}");
    // The first request runs a page query, the ones after it slice the cached ids.
    assert_eq!(ids(&api.get(&list("$take=2"), &token).await.body), ["b", "d"]);
    for (paging, expected) in [
        ("$skip=3", &["c"][..]),
        ("$skip=2&$take=5", &["a", "c"]),
        ("$skip=4", &[]),
        ("$skip=1000000", &[]),
        ("$skip=18446744073709551615&$take=1000", &[]),
        ("$skip=1&$take=0", &[]),
    ] {
        let reply = api.get(&list(paging), &token).await;
        assert_eq!(reply.status, 200, "{paging}: {}", reply.body);
        assert_eq!(ids(&reply.body), expected, "{paging}");
        assert_eq!(reply.body["count"], expected.len(), "{paging}");
        assert_eq!(reply.body["totalCount"], 4, "{paging}");
    }
}
