//! The local server's JSON against the vendors' documented examples (vendor-examples/,
//! copied verbatim from their reference pages), key for key and type for type: a renamed,
//! missing, added or retyped key fails, so the server cannot drift into a format of its own.

use crate::dealpos_support::{call, token};
use crate::support::ApiServer;
use serde_json::{Value, json};

const PORTOS_PAGE: &str = include_str!("../../../vendor-examples/portos/customers-page.json");
const PORTOS_CUSTOMER: &str = include_str!("../../../vendor-examples/portos/customer.json");
const PORTOS_NOT_FOUND: &str = include_str!("../../../vendor-examples/portos/not-found.json");
const DEALPOS_LIST: &str = include_str!("../../../vendor-examples/dealpos/list.json");
const DEALPOS_CREATE_BODY: &str = include_str!("../../../vendor-examples/dealpos/create-body.json");
const DEALPOS_CREATE_ANSWER: &str = include_str!("../../../vendor-examples/dealpos/create-answer.json");
const DEALPOS_UPDATE_BODY: &str = include_str!("../../../vendor-examples/dealpos/update-body.json");
const DEALPOS_UPDATE_ANSWER: &str = include_str!("../../../vendor-examples/dealpos/update-answer.json");

fn documented(text: &str) -> Value {
    serde_json::from_str(text).expect("the vendor's example is JSON")
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Where `ours` differs in shape from `theirs`. Objects must have the same keys (or, with
/// `more_allowed`, at least theirs); values the documentation shows as `null` may be of
/// any type, all others of the documented one; lists are compared by their first element.
fn differences(theirs: &Value, ours: &Value, path: &str, more_allowed: bool) -> Vec<String> {
    match (theirs, ours) {
        (Value::Null, _) => Vec::new(),
        (Value::Object(theirs), Value::Object(ours)) => {
            let mut found = Vec::new();
            for (key, value) in theirs {
                match ours.get(key) {
                    None => found.push(format!("{path}.{key}: missing")),
                    Some(mine) => found.extend(differences(value, mine, &format!("{path}.{key}"), more_allowed)),
                }
            }
            if !more_allowed {
                found.extend(ours.keys().filter(|key| !theirs.contains_key(*key)).map(|key| format!("{path}.{key}: not documented")));
            }
            found
        }
        (Value::Array(theirs), Value::Array(ours)) => match (theirs.first(), ours.first()) {
            (Some(theirs), Some(ours)) => differences(theirs, ours, &format!("{path}[0]"), more_allowed),
            (Some(_), None) => vec![format!("{path}: empty, cannot compare its elements")],
            _ => Vec::new(),
        },
        (theirs, ours) if kind(theirs) == kind(ours) => Vec::new(),
        (theirs, ours) => vec![format!("{path}: {} where the documentation has {}", kind(ours), kind(theirs))],
    }
}

fn assert_shape(theirs: &Value, ours: &Value, more_allowed: bool) {
    let found = differences(theirs, ours, "", more_allowed);
    assert!(found.is_empty(), "{}\nours: {ours}", found.join("\n"));
}

#[test]
fn the_comparison_catches_a_renamed_a_missing_and_a_retyped_key() {
    let theirs = documented(PORTOS_CUSTOMER);
    let mut renamed = theirs.clone();
    let credit = renamed.as_object_mut().unwrap().shift_remove("credit").unwrap();
    renamed["balance"] = credit;
    assert_eq!(differences(&theirs, &renamed, "", false), [".credit: missing", ".balance: not documented"]);
    let mut retyped = theirs.clone();
    retyped["credit"] = json!(0.0);
    retyped["cards"][0]["isVirtual"] = json!("yes");
    assert_eq!(
        differences(&theirs, &retyped, "", false),
        [".credit: number where the documentation has object", ".cards[0].isVirtual: string where the documentation has boolean"]
    );
    assert!(differences(&theirs, &theirs, "", false).is_empty());
}

/// A customer with a card, so every documented level is compared.
async fn server_with_a_carded_customer() -> (ApiServer, String) {
    let api = ApiServer::start(0).await;
    let admin = api.token("admin").await;
    let body = json!({"id": "shape-1", "firstName": "John", "lastName": "Doe", "email": "john.doe@portos.sk",
        "credit": {"amount": 12.5, "currencyLabel": "EUR"},
        "cards": [{"externalId": "external-card-id", "isVirtual": true, "serialNumber": "card-serial-number", "processor": "P",
                   "activationTime": "2022-11-01T00:00:00.00Z"}]});
    let reply = api.send("POST", "/api/customers", Some(&admin), Some(body)).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    (api, admin)
}

#[tokio::test]
async fn a_customer_has_the_documented_shape_in_every_answer() {
    let (api, admin) = server_with_a_carded_customer().await;
    let theirs = documented(PORTOS_CUSTOMER);
    let one = api.get("/api/customers/shape-1", &admin).await.body;
    assert_shape(&theirs, &one, false);
    let keys = |value: &Value| value.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&one), keys(&theirs), "and in the documented order");
    assert_eq!(keys(&one["cards"][0]), keys(&theirs["cards"][0]));
    let mut edited = one.clone();
    edited["note"] = json!("shape");
    assert_shape(&theirs, &api.send("PUT", "/api/customers/shape-1", Some(&admin), Some(edited)).await.body, false);
    assert_shape(&theirs, &api.send("DELETE", "/api/customers/shape-1", Some(&admin), None).await.body, false);
}

#[tokio::test]
async fn a_list_page_and_a_404_have_the_documented_shape() {
    let (api, admin) = server_with_a_carded_customer().await;
    let page = api.get("/api/customers", &admin).await.body;
    assert_shape(&documented(PORTOS_PAGE), &page, false);
    let missing = api.get("/api/customers/nobody", &admin).await;
    assert_eq!(missing.status, 404);
    assert_shape(&documented(PORTOS_NOT_FOUND), &missing.body, false);
    let slovak = api.send_with("GET", "/api/customers/nobody", Some(&admin), None, &[("accept-language", "sk-SK")]).await;
    assert_eq!(slovak.body, json!({"title": "Zdroj nebol nájdený", "status": 404}));
}

#[tokio::test]
async fn dealpos_takes_the_documented_bodies_and_answers_in_the_documented_shapes() {
    let api = ApiServer::start(0).await;
    let demo = token(&api, "demo").await;
    let created = call(&api, "POST", "/Customer", &demo, Some(documented(DEALPOS_CREATE_BODY))).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_shape(&documented(DEALPOS_CREATE_ANSWER), &created.body, false);
    let id = created.body["ID"].as_str().unwrap().to_string();

    // The list carries at least the documented item's keys (the vendor promises no more).
    let listed = call(&api, "GET", "/Customer", &demo, None).await;
    assert_shape(&documented(DEALPOS_LIST), &listed.body, true);
    assert_eq!(listed.body[0]["BirthDate"], "1994-03-21T00:00:00", "a date-time, as documented");
    assert_eq!(listed.body[0]["Gender"], false, "Hendry, a man, as sent");

    // The documented update body names no ID: this server takes the customer by its Code.
    let mut update = documented(DEALPOS_UPDATE_BODY);
    update["Code"] = json!("HW001");
    let updated = call(&api, "PUT", "/Customer", &demo, Some(update)).await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_shape(&documented(DEALPOS_UPDATE_ANSWER), &updated.body, false);
    assert_eq!(updated.body["ID"], json!(id));
    let detail = call(&api, "GET", &format!("/Customer/Detail?ID={id}"), &demo, None).await.body;
    assert_eq!((&detail["Name"], &detail["Email"]), (&json!("Thomy Kurniawan"), &json!("thomy@dealpos.com")));
}
