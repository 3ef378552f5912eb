//! DealPOS v3 Customer endpoints: list and page, Detail, create, update by ID, delete by
//! Email, and the same customers seen through PORTOS.

use crate::dealpos_support::{assert_message, call, create, names, token};
use crate::support::ApiServer;
use serde_json::{Value, json};

/// Four customers written through DealPOS: outlets, join dates and a shared name part.
async fn server() -> (ApiServer, String) {
    let api = ApiServer::start(0).await;
    let demo = token(&api, "demo").await;
    for body in [
        json!({"FirstName": "Jana", "LastName": "Nováková", "Email": "jana@example.sk", "SignUpOutlet": "Outlet1", "JoinDate": "2021-01-31"}),
        json!({"FirstName": "Peter", "LastName": "Novák", "Code": "TK-2", "SignUpOutlet": "outlet2", "JoinDate": "2021-02-28T00:00:00"}),
        json!({"Name": "Budi Wijaya", "Mobile": "0896219732", "SignUpOutlet": "Outlet1", "JoinDate": "2021-03-25"}),
        json!({"FirstName": "Eva", "LastName": "Zelená", "SignUpOutlet": "Outlet1", "JoinDate": "2022-06-01"}),
    ] {
        create(&api, &demo, body).await;
    }
    (api, demo)
}

#[tokio::test]
async fn lists_filter_by_name_outlet_and_join_dates() {
    let (api, demo) = server().await;
    let list = |query: &'static str| call(&api, "GET", query, &demo, None);
    assert_eq!(names(&list("/Customer").await), ["Budi Wijaya", "Eva Zelená", "Jana Nováková", "Peter Novák"]);
    assert_eq!(names(&list("/Customer?Name=NOVAK").await), ["Jana Nováková", "Peter Novák"], "any case, no diacritics");
    assert_eq!(names(&list("/Customer?Outlet=OUTLET1&Name=a").await), ["Budi Wijaya", "Eva Zelená", "Jana Nováková"]);
    assert_eq!(names(&list("/Customer?From=2021-02-01&To=2021-03-25").await), ["Budi Wijaya", "Peter Novák"], "both ends included");
    assert_eq!(names(&list("/Customer?To=2021-01-31&name=nov").await), ["Jana Nováková"]);
    assert!(names(&list("/Customer?Outlet=Outlet9").await).is_empty());
    let first = &list("/Customer?Name=jana").await.body[0];
    assert_eq!(
        (&first["JoinDate"], &first["SignUpOutlet"], &first["Status"]),
        (&json!("2021-01-31T00:00:00"), &json!("Outlet1"), &json!("Active"))
    );
    assert_message(&list("/Customer?From=31.1.2021").await, 400, "From");
    assert_message(&list("/Customer?PageSize=1001").await, 400, "PageSize");
}

#[tokio::test]
async fn pages_come_from_get_and_post_without_a_total() {
    let (api, demo) = server().await;
    let page = |body: Value| call(&api, "POST", "/Customer/p", &demo, Some(body));
    assert_eq!(names(&page(json!({"PageNumber": 1, "PageSize": 3})).await), ["Budi Wijaya", "Eva Zelená", "Jana Nováková"]);
    assert_eq!(names(&page(json!({"PageNumber": 2, "PageSize": 3})).await), ["Peter Novák"]);
    assert!(names(&page(json!({"PageNumber": 3, "PageSize": 3})).await).is_empty());
    assert_eq!(
        names(&page(json!({"PageNumber": 1, "PageSize": 2, "Outlet": "Outlet1", "From": "2021-03-01"})).await),
        ["Budi Wijaya", "Eva Zelená"]
    );
    assert_eq!(names(&page(json!({})).await).len(), 4, "defaults: page 1 of 100");
    assert_eq!(names(&call(&api, "GET", "/Customer?PageNumber=2&PageSize=1", &demo, None).await), ["Eva Zelená"]);
    assert_message(&page(json!({"PageNumber": 0})).await, 400, "PageNumber");
    assert_message(&page(json!({"PageSize": "ten"})).await, 400, "PageSize");
    assert_message(&call(&api, "GET", "/Customer?PageNumber=x", &demo, None).await, 400, "PageNumber");
}

#[tokio::test]
async fn detail_finds_by_exactly_one_key() {
    let (api, demo) = server().await;
    let detail = |query: &'static str| call(&api, "GET", query, &demo, None);
    let by_code = detail("/Customer/Detail?Code=TK-2").await;
    assert_eq!((by_code.status, &by_code.body["Name"]), (200, &json!("Peter Novák")));
    let id = by_code.body["ID"].as_str().unwrap().to_string();
    let by_id = call(&api, "GET", &format!("/Customer/Detail?ID={id}"), &demo, None).await;
    assert_eq!(by_id.body, by_code.body);
    assert_eq!(detail("/Customer/Detail?Email=JANA@example.sk").await.body["LastName"], "Nováková");
    assert_eq!(detail("/Customer/Detail?Mobile=0896219732").await.body["LastName"], "Budi Wijaya");
    assert_message(&detail("/Customer/Detail?Email=nobody@example.sk").await, 404, "not found");
    assert_message(&detail("/Customer/Detail").await, 400, "exactly one");
    assert_message(&detail("/Customer/Detail?Code=TK-2&Email=jana@example.sk").await, 400, "exactly one");
}

#[tokio::test]
async fn created_through_dealpos_read_through_portos_and_back() {
    let api = ApiServer::start(0).await;
    let demo = token(&api, "demo").await;
    let admin = api.token("admin").await;
    // Listed before and after: PORTOS's list cache must not hide a DealPOS write.
    assert_eq!(api.get("/api/customers", &admin).await.body["totalCount"], 0);
    let sent = json!({"Email": "thomy@dealpos.com", "FirstName": "Thomy", "LastName": "Kurniawan", "Birthdate": "1989-04-20",
        "Phone": "0215865894", "Mobile": "085710977713", "Address": "Jl. Muara Karang P3T No.30", "Gender": false,
        "Code": "Tk1010", "Group": "Gold", "ExpiredGroup": "2026-12-31", "LoyaltyPoint": 88, "Status": "Active"});
    let id = create(&api, &demo, sent).await;
    assert_eq!(api.get("/api/customers", &admin).await.body["totalCount"], 1);
    let portos = api.get(&format!("/api/customers/{id}"), &admin).await.body;
    assert_eq!((&portos["externalId"], &portos["phone"], &portos["gender"]), (&json!("Tk1010"), &json!("085710977713"), &json!("Male")));
    assert_eq!((&portos["birthDate"], &portos["fullName"], &portos["_v"]), (&json!("1989-04-20"), &json!("Thomy Kurniawan"), &json!(1)));
    assert_eq!(portos["address"], json!({"street": "Jl. Muara Karang P3T No.30", "city": null, "zipCode": null, "country": null}));
    assert!(portos.get("dealpos").is_none(), "PORTOS JSON is unchanged: {portos}");

    // A PORTOS edit keeps the DealPOS-only data, and DealPOS sees the edit.
    let mut edited = portos.clone();
    edited["lastName"] = json!("Kurniawan-Putra");
    edited["dealpos"] = json!({"group": "Ignored"});
    assert_eq!(api.send("PUT", &format!("/api/customers/{id}"), Some(&admin), Some(edited)).await.status, 200);
    let back = call(&api, "GET", &format!("/Customer/Detail?ID={id}"), &demo, None).await.body;
    assert_eq!((&back["Name"], &back["Group"], &back["LoyaltyPoint"]), (&json!("Thomy Kurniawan-Putra"), &json!("Gold"), &json!(88.0)));
    assert_eq!(
        (&back["Phone"], &back["ExpiredGroup"], &back["BirthDate"]),
        (&json!("0215865894"), &json!("2026-12-31"), &json!("1989-04-20T00:00:00"))
    );
    let today = chrono::Utc::now().date_naive().format("%Y-%m-%dT00:00:00").to_string();
    assert_eq!(back["JoinDate"], json!(today), "no JoinDate sent: the day it was created");

    // A customer created through PORTOS is listed by DealPOS with today's join date.
    let reply = api
        .send(
            "POST",
            "/api/customers",
            Some(&admin),
            Some(json!({"id": "p-1", "lastName": "Hudák", "credit": {"amount": 5, "currencyLabel": null}})),
        )
        .await;
    assert_eq!(reply.status, 201);
    let listed = call(&api, "GET", "/Customer?Name=hudak", &demo, None).await.body;
    assert_eq!((&listed[0]["ID"], &listed[0]["JoinDate"], &listed[0]["Group"]), (&json!("p-1"), &json!(today), &Value::Null));
}

#[tokio::test]
async fn update_by_id_replaces_dealpos_fields_and_keeps_portos_only_data() {
    let api = ApiServer::start(0).await;
    let (demo, admin) = (token(&api, "demo").await, api.token("admin").await);
    let created = api
        .send("POST", "/api/customers", Some(&admin), Some(json!({"id": "c-1", "firstName": "Ján", "lastName": "Kováč", "note": "VIP",
            "credit": {"amount": 20, "currencyLabel": "EUR"}, "discountRate": 5, "cards": [{"serialNumber": "CARD-1"}], "address": {"street": "Hlavná 1", "city": "Košice"}})))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let mut body = call(&api, "GET", "/Customer/Detail?ID=c-1", &demo, None).await.body;
    assert_eq!(body["Address"], "Hlavná 1, Košice");
    body["Mobile"] = json!("+421 900 111 222");
    body["LoyaltyPoint"] = json!(12);
    body["Status"] = json!("Suspended");
    let reply = call(&api, "PUT", "/Customer/ByID", &demo, Some(body.clone())).await;
    assert_eq!((reply.status, &reply.body), (200, &json!({"ID": "c-1", "Message": "Record updated"})));
    let portos = api.get("/api/customers/c-1", &admin).await.body;
    assert_eq!((&portos["phone"], &portos["isActive"], &portos["_v"]), (&json!("+421 900 111 222"), &json!(false), &json!(2)));
    assert_eq!(
        (&portos["note"], &portos["credit"], &portos["discountRate"]),
        (&json!("VIP"), &json!({"amount": 20.0, "currencyLabel": "EUR"}), &json!(5.0))
    );
    assert_eq!((&portos["cards"][0]["serialNumber"], &portos["cards"][0]["isActive"]), (&json!("CARD-1"), &json!(true)));
    assert_eq!(portos["address"]["city"], "Košice", "the unchanged address line keeps its parts");
    // The ID may come in the query instead; both must agree.
    let mut renamed = body.clone();
    renamed.as_object_mut().unwrap().remove("ID");
    renamed["FirstName"] = json!("Jozef");
    assert_eq!(call(&api, "PUT", "/Customer/ByID?ID=c-1", &demo, Some(renamed)).await.status, 200);
    assert_eq!(api.get("/api/customers/c-1", &admin).await.body["fullName"], "Jozef Kováč");
    assert_message(&call(&api, "PUT", "/Customer/ByID?ID=c-2", &demo, Some(body.clone())).await, 400, "differs");
    assert_message(&call(&api, "PUT", "/Customer/ByID", &demo, Some(json!({"Name": "X"}))).await, 400, "ID");
    assert_message(&call(&api, "PUT", "/Customer/ByID", &demo, Some(json!({"ID": "zzz", "Name": "X"}))).await, 404, "not found");
}

#[tokio::test]
async fn invalid_bodies_name_the_field() {
    let (api, demo) = server().await;
    let post = |body: Value| call(&api, "POST", "/Customer", &demo, Some(body));
    assert_message(&post(json!({"Name": "X", "Email": "nope"})).await, 400, "Email");
    assert_message(&post(json!({"Email": "x@example.sk"})).await, 400, "Name");
    assert_message(&post(json!({"Name": "X", "LoyaltyPoint": "ten"})).await, 400, "LoyaltyPoint");
    assert_message(&post(json!({"Name": "X", "LoyaltyPoint": -5})).await, 400, "LoyaltyPoint");
    assert_message(&post(json!({"Name": "X", "Gender": "male"})).await, 400, "Gender");
    assert_message(&post(json!({"Name": "X", "BirthDate": "4.3.1985"})).await, 400, "BirthDate");
    assert_message(&post(json!({"Name": "X", "Email": "JANA@example.sk"})).await, 400, "Email: another customer");
    assert_message(&post(json!({"Name": "X", "Code": "TK-2"})).await, 400, "Code: another customer");
    let not_json = api.send_with("POST", "/dealpos/api/v3/Customer", Some(&demo), None, &[("content-type", "application/json")]).await;
    assert_message(&not_json, 400, "not valid JSON");
    let id = call(&api, "GET", "/Customer/Detail?Code=TK-2", &demo, None).await.body["ID"].clone();
    assert_message(&post(json!({"ID": id, "Name": "Copy"})).await, 400, "ID");
    // Nothing of the above was stored.
    assert_eq!(names(&call(&api, "GET", "/Customer", &demo, None).await).len(), 4);
}

#[tokio::test]
async fn delete_by_email_removes_exactly_one_customer() {
    let (api, demo) = server().await;
    let admin = api.token("admin").await;
    let id = call(&api, "GET", "/Customer/Detail?Email=jana@example.sk", &demo, None).await.body["ID"].clone();
    let reply = call(&api, "DELETE", "/Customer?Email=Jana@Example.sk", &demo, None).await;
    assert_eq!((reply.status, &reply.body), (200, &json!({"ID": id, "Message": "Record deleted"})));
    assert_eq!(api.get(&format!("/api/customers/{}", id.as_str().unwrap()), &admin).await.status, 404);
    assert_message(&call(&api, "DELETE", "/Customer?Email=jana@example.sk", &demo, None).await, 404, "not found");
    assert_message(&call(&api, "DELETE", "/Customer", &demo, None).await, 400, "Email");
    // PORTOS does not keep e-mails unique; DealPOS then refuses to guess.
    for id in ["t-1", "t-2"] {
        let body = json!({"id": id, "lastName": "Twin", "email": "twin@example.sk"});
        assert_eq!(api.send("POST", "/api/customers", Some(&admin), Some(body)).await.status, 201);
    }
    assert_message(&call(&api, "DELETE", "/Customer?Email=twin@example.sk", &demo, None).await, 400, "2 customers");
    assert_eq!(call(&api, "GET", "/Customer/Detail?Email=twin@example.sk", &demo, None).await.body["ID"], "t-1");
}

#[tokio::test]
async fn demo_customers_have_dealpos_data() {
    let api = ApiServer::start(40).await;
    let demo = token(&api, "demo").await;
    let all = call(&api, "GET", "/Customer?PageSize=40", &demo, None).await.body;
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 40);
    assert!(all.iter().all(|c| c["JoinDate"].as_str().is_some_and(|d| ("2019"..="2026").contains(&&d[..4]))));
    let outlet = all[0]["SignUpOutlet"].as_str().unwrap();
    let in_outlet = call(&api, "GET", &format!("/Customer?Outlet={outlet}&PageSize=40"), &demo, None).await.body;
    let expected = all.iter().filter(|c| c["SignUpOutlet"] == outlet).count();
    assert_eq!(in_outlet.as_array().unwrap().len(), expected);
    assert!(expected < 40 && all.iter().any(|c| c["Group"].is_string()) && all.iter().any(|c| c["LoyaltyPoint"] != json!(0.0)));
}

#[tokio::test]
async fn a_documented_list_carries_only_the_seven_example_keys_and_detail_the_rest() {
    let api = ApiServer::start_with(customer_desk_server::ServerOptions { dealpos_documented_list: true, ..Default::default() }).await;
    let demo = token(&api, "demo").await;
    let id = create(
        &api,
        &demo,
        json!({"FirstName": "Jana", "LastName": "Nováková", "Email": "jana@example.sk", "Code": "C-1",
        "Group": "Gold", "LoyaltyPoint": 12, "Address": "Hlavná 1"}),
    )
    .await;
    for list in [
        call(&api, "GET", "/Customer", &demo, None).await,
        call(&api, "POST", "/Customer/p", &demo, Some(json!({"PageNumber": 1, "PageSize": 10}))).await,
    ] {
        let item = &list.body[0];
        let mut keys: Vec<&str> = item.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["BirthDate", "Code", "Email", "ID", "JoinDate", "Mobile", "Name"]);
    }
    let detail = call(&api, "GET", &format!("/Customer/Detail?ID={id}"), &demo, None).await;
    assert_eq!((detail.body["Group"].as_str(), detail.body["Address"].as_str()), (Some("Gold"), Some("Hlavná 1")));
}
