use super::*;
use crate::customer::Membership;
use crate::customer::{Address, Customer, Gender};
use serde_json::{Value, json};

fn date(text: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
}

fn wire(json: &str) -> DealposCustomer {
    serde_json::from_str(json).unwrap()
}

fn portos(json: &str) -> Customer {
    crate::portos::read(&serde_json::from_str(json).unwrap())
}

fn new_customer() -> Customer {
    Customer::default()
}

/// [`STORED`] with its DealPOS data.
fn stored() -> Customer {
    let mut customer = portos(STORED);
    customer.membership = Some(Membership {
        join_date: date("2021-01-31"),
        phone: Some("0215865894".into()),
        group: Some("Gold".into()),
        expired_group: date("2026-12-31"),
        loyalty_point: 88.0,
        referred_by: Some("c-1".into()),
        image_url: Some("//img/1.jpg".into()),
        sign_up_outlet: Some("Outlet1".into()),
    });
    customer
}

#[test]
fn a_create_starts_from_a_blank_customer() {
    let created = wire(r#"{"Name": "Hendry"}"#).into_new_customer();
    assert_eq!(created, wire(r#"{"Name": "Hendry"}"#).apply_to(new_customer()));
    assert!(created.is_active);
}

/// A stored customer with PORTOS-only data and DealPOS data, written by hand.
const STORED: &str = r#"{
    "id": "c-7", "externalId": "TK1010", "isActive": true, "firstName": "Thomy", "lastName": "Kurniawan",
    "fullName": "Thomy Kurniawan", "gender": "Male", "birthDate": "1989-04-20", "email": "thomy@dealpos.com",
    "phone": "085710977713", "isCompany": true, "company": {"name": "PT Maju", "vatId": "ID1", "taxId": null, "crn": null},
    "address": {"street": "Jl. Muara Karang 30", "city": "Jakarta", "zipCode": "14450", "country": "ID"},
    "deliveryAddress": {"street": "Gudang 2", "city": "Bekasi", "zipCode": null, "country": "ID"},
    "note": "VIP", "discountRate": 5, "creditRate": 1, "credit": {"amount": 20, "currencyLabel": null},
    "cards": [{"serialNumber": "C-1"}], "activationTime": "2024-01-01T00:00:00Z", "_v": 4
}"#;

#[test]
fn the_vendors_list_item_reads_into_a_new_customer() {
    let item = wire(
        r#"{ "Name": "A WI", "Code": "TIA20887", "Mobile": "089621973221", "Email": "secyliac@gmail.com",
             "BirthDate": "1995-03-01T00:00:00", "JoinDate": "2021-01-31T00:00:00",
             "ID": "298bb6ce-d337-43ab-9c9f-5b289f0f5c95" }"#,
    );
    assert_eq!(item.id.as_deref(), Some("298bb6ce-d337-43ab-9c9f-5b289f0f5c95"));
    let customer = item.apply_to(new_customer());
    assert_eq!((customer.first_name.as_deref(), customer.last_name.as_deref()), (None, Some("A WI")));
    assert_eq!(customer.full_name, "A WI");
    assert_eq!(customer.external_id.as_deref(), Some("TIA20887"));
    assert_eq!(customer.phone.as_deref(), Some("089621973221"));
    assert_eq!(customer.email.as_deref(), Some("secyliac@gmail.com"));
    assert_eq!(customer.birth_date, date("1995-03-01"));
    assert!(customer.is_active, "no Status: a new customer is active");
    let data = customer.membership.unwrap();
    assert_eq!(data.join_date, date("2021-01-31"));
    assert_eq!(data.loyalty_point, 0.0);
}

#[test]
fn the_vendors_update_example_maps_every_field() {
    let body = wire(
        r#"{ "Email": "thomy@dealpos.com", "Name": "Thomy Kurniawan", "FirstName": "Thomy", "LastName": "Kurniawan",
             "Birthdate": "1989-04-20", "Phone": "085710977713", "Mobile": "085710977799",
             "Address": "Jl. Muara Karang P3T No.30", "Gender": false, "Code": "Tk1010", "Group": "Gold",
             "ExpiredGroup": "2018-12-31", "LoyaltyPoint": 88, "Status": "Active" }"#,
    );
    let customer = body.apply_to(new_customer());
    assert_eq!(customer.full_name, "Thomy Kurniawan");
    assert_eq!(customer.birth_date, date("1989-04-20"));
    assert_eq!(customer.phone.as_deref(), Some("085710977799"), "Mobile is the domain phone");
    assert_eq!(customer.gender, Some(Gender::Male), "false is male: Thomy in the update example, Hendry in the create one");
    assert_eq!(customer.external_id.as_deref(), Some("Tk1010"));
    assert_eq!(customer.address, Some(Address { street: Some("Jl. Muara Karang P3T No.30".into()), ..Address::default() }));
    let data = customer.membership.unwrap();
    assert_eq!(data.phone.as_deref(), Some("085710977713"), "Phone is DealPOS-only");
    assert_eq!((data.group.as_deref(), data.expired_group), (Some("Gold"), date("2018-12-31")));
    assert_eq!(data.loyalty_point, 88.0);
}

#[test]
fn the_vendors_detail_example_reads_its_other_date_form_and_extra_fields() {
    let detail = wire(
        r#"{ "Name": "Tafta tata", "Email": "Tafta@dealpos.com", "FirstName": "Tafta", "LastName": "tata", "Gender": true,
             "Code": "HW008", "Phone": "021-66698155", "Mobile": "081588818888", "Address": "Jl. Lenteng Agung",
             "ReferredBy": "449e35af-190d-4137-aa13-9cf2cf6af57a", "Group": "Gold", "ExpiredGroup": "31 Jul 2019",
             "SignUpOutlet": "Outlet1", "ImageURL": "//res.cloudinary.com/x/0.jpg", "LoyaltyPoint": 88, "Status": "Active" }"#,
    );
    assert_eq!(detail.expired_group, date("2019-07-31"));
    let customer = detail.apply_to(new_customer());
    assert_eq!(customer.gender, Some(Gender::Female), "true is the other one");
    let data = customer.membership.unwrap();
    assert_eq!(data.referred_by.as_deref(), Some("449e35af-190d-4137-aa13-9cf2cf6af57a"));
    assert_eq!(data.sign_up_outlet.as_deref(), Some("Outlet1"));
    assert_eq!(data.image_url.as_deref(), Some("//res.cloudinary.com/x/0.jpg"));
}

#[test]
fn a_customer_is_written_with_every_dealpos_field() {
    let out = serde_json::to_value(DealposCustomer::from_customer(&stored())).unwrap();
    let expected: Value = serde_json::from_str(
        r#"{ "ID": "c-7", "Name": "Thomy Kurniawan", "FirstName": "Thomy", "LastName": "Kurniawan", "Code": "TK1010",
             "Email": "thomy@dealpos.com", "Mobile": "085710977713", "Phone": "0215865894",
             "Address": "Jl. Muara Karang 30, 14450 Jakarta, ID", "Gender": false, "BirthDate": "1989-04-20T00:00:00",
             "JoinDate": "2021-01-31T00:00:00", "Group": "Gold", "ExpiredGroup": "2026-12-31", "LoyaltyPoint": 88.0,
             "Status": "Active", "ReferredBy": "c-1", "ImageURL": "//img/1.jpg", "SignUpOutlet": "Outlet1" }"#,
    )
    .unwrap();
    assert_eq!(out, expected);
}

#[test]
fn a_portos_customer_without_dealpos_data_shows_nulls_and_suspended_when_inactive() {
    let customer = portos(r#"{"id": "x", "isActive": false, "isCompany": true, "company": {"name": "Šťastný s.r.o."}}"#);
    let out = serde_json::to_value(DealposCustomer::from_customer(&customer)).unwrap();
    assert_eq!(out["Name"], "Šťastný s.r.o.");
    assert_eq!(out["Status"], "Suspended");
    assert_eq!(
        (&out["JoinDate"], &out["Gender"], &out["Address"], &out["LoyaltyPoint"]),
        (&Value::Null, &Value::Null, &Value::Null, &json!(0.0))
    );
}

#[test]
fn reading_and_writing_back_changes_nothing_and_keeps_portos_only_data() {
    let stored = stored();
    let sent: DealposCustomer = serde_json::from_value(serde_json::to_value(DealposCustomer::from_customer(&stored)).unwrap()).unwrap();
    assert_eq!(sent.apply_to(stored.clone()), stored);
    // A company without personal names: its Name (the company name) sent back adds none.
    let mut company = portos(r#"{"id": "co", "fullName": "PT Maju", "isCompany": true, "company": {"name": "PT Maju"}}"#);
    company.membership = Some(Membership { loyalty_point: 3.0, ..Membership::default() });
    let sent = DealposCustomer::from_customer(&company);
    assert_eq!(sent.clone().apply_to(company.clone()), company);
}

#[test]
fn missing_fields_clear_text_but_keep_join_date_points_and_status() {
    let stored = stored();
    let customer = wire(r#"{"LastName": "Kurniawan", "Email": null}"#).apply_to(stored.clone());
    assert_eq!((customer.first_name, customer.email, customer.phone, customer.address), (None, None, None, None));
    assert_eq!((customer.gender, customer.birth_date), (None, None));
    assert!(customer.is_active);
    let data = customer.membership.unwrap();
    assert_eq!((data.join_date, data.loyalty_point), (date("2021-01-31"), 88.0));
    assert_eq!((data.group, data.phone, data.expired_group), (None, None, None));
    // PORTOS-only data is untouched.
    assert_eq!(
        (customer.note, customer.credit, customer.cards, customer.delivery_address),
        (stored.note.clone(), stored.credit.clone(), stored.cards.clone(), stored.delivery_address.clone())
    );
    let suspended = wire(r#"{"LastName": "K", "Status": "Suspended", "LoyaltyPoint": 0}"#).apply_to(stored);
    assert!(!suspended.is_active);
    assert_eq!(suspended.membership.unwrap().loyalty_point, 0.0);
}

#[test]
fn name_alone_becomes_the_last_name_and_a_new_address_line_the_street() {
    let stored = stored();
    let renamed = wire(r#"{"Name": "Hendry", "Address": "Jl. Baru 1"}"#).apply_to(stored.clone());
    assert_eq!((renamed.first_name.as_deref(), renamed.last_name.as_deref(), renamed.full_name.as_str()), (None, Some("Hendry"), "Hendry"));
    assert_eq!(renamed.address, Some(Address { street: Some("Jl. Baru 1".into()), ..Address::default() }));
    let same = wire(r#"{"Name": "Thomy Kurniawan", "Address": "Jl. Muara Karang 30, 14450 Jakarta, ID"}"#).apply_to(stored.clone());
    assert_eq!((same.first_name, same.last_name, same.address), (stored.first_name, stored.last_name, stored.address));
}

#[test]
fn validation_names_dealpos_fields() {
    let members =
        |json: &str| -> Vec<String> { validate_dealpos(&wire(json).apply_to(new_customer())).into_iter().map(|e| e.member_name).collect() };
    assert_eq!(members(r#"{"Email": "a@b.sk"}"#), ["Name"]);
    assert_eq!(
        members(
            r#"{"Name": "X", "Email": "nope", "Code": "CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG"}"#
        ),
        ["Code", "Email"]
    );
    assert_eq!(members(r#"{"Name": "X", "LoyaltyPoint": -1}"#), ["LoyaltyPoint"]);
    let long = "x".repeat(201);
    assert_eq!(members(&format!(r#"{{"Name": "X", "Group": "{long}", "Address": "{long}"}}"#)), ["Address", "Group"]);
    assert!(members(r#"{"Name": "X", "Email": "x@y.sk", "LoyaltyPoint": 5}"#).is_empty());
    assert_eq!(dealpos_member("cards[0].serialNumber"), "cards[0].serialNumber");
}

#[test]
fn wrong_json_types_and_values_are_refused() {
    for body in [r#"{"Gender": "male"}"#, r#"{"LoyaltyPoint": "ten"}"#, r#"{"BirthDate": "4.3.1985"}"#] {
        assert!(serde_json::from_str::<DealposCustomer>(body).is_err(), "{body}");
    }
    // An unknown status is kept as written and changes nothing the app knows of.
    let gone = wire(r#"{"LastName": "K", "Status": "Gone"}"#);
    assert_eq!(gone.status.as_deref(), Some("Gone"));
    assert!(gone.apply_to(new_customer()).is_active);
    assert_eq!(wire(r#"{"LoyaltyPoint": 88, "Code": 1010}"#).code.as_deref(), Some("1010"));
    assert_eq!(wire(r#"{"BirthDate": ""}"#).birth_date, None);
    assert_eq!(wire(r#"{"JoinDate": "2021-03-25T10:11:12.5+07:00"}"#).join_date, date("2021-03-25"));
}

#[test]
fn the_vendors_list_request_reads_and_gives_its_query() {
    let request: DealposListRequest = serde_json::from_str(
        r#"{ "Name": "Ferdiansyah Rahman", "Outlet": "Outlet1", "PageNumber": 1, "PageSize": 20,
             "From": "2021-01-01", "To": "2021-01-28" }"#,
    )
    .unwrap();
    assert_eq!((request.page_number, request.page_size, request.from), (Some(1), Some(20), date("2021-01-01")));
    let expected = [
        ("Name", "Ferdiansyah Rahman"),
        ("Outlet", "Outlet1"),
        ("From", "2021-01-01"),
        ("To", "2021-01-28"),
        ("PageNumber", "1"),
        ("PageSize", "20"),
    ];
    assert_eq!(request.query_pairs(), expected.map(|(n, v)| (n, v.to_string())));
    assert_eq!(serde_json::to_value(DealposListRequest { page_number: Some(2), ..Default::default() }).unwrap(), json!({"PageNumber": 2}));
}

#[test]
fn token_messages_and_roles_read_from_raw_json() {
    let token: TokenResponse = serde_json::from_str(r#"{"access_token": "abc", "token_type": "Bearer", "expires_in": 900}"#).unwrap();
    assert_eq!((token.access_token.as_str(), token.expires_in), ("abc", 900));
    let error: OAuthError = serde_json::from_str(r#"{"error": "invalid_client"}"#).unwrap();
    assert_eq!((error.error.as_str(), error.error_description), ("invalid_client", None));
    let updated: DealposWriteResult = serde_json::from_str(include_str!("../../../vendor-examples/dealpos/update-answer.json")).unwrap();
    assert_eq!((updated.id.as_str(), updated.message.as_deref()), ("c27bfb13-4936-43e5-bd7d-410dc8d041c2", Some("Record updated")));
    let created: DealposWriteResult = serde_json::from_str(include_str!("../../../vendor-examples/dealpos/create-answer.json")).unwrap();
    assert_eq!((created.id.as_str(), created.message), ("2ce78ff3-a07d-4205-ba93-1a9d22172985", None));
    let message: DealposMessage = serde_json::from_str(r#"{"Message": "Customer not found."}"#).unwrap();
    assert_eq!(message.message, "Customer not found.");
    assert_eq!(ContactsRole::parse("edit"), Some(ContactsRole::Edit));
    assert_eq!(ContactsRole::parse("ADMIN"), None);
}

/// The vendor's examples, verbatim (see vendor-examples/README.md).
const DOCUMENTED_LIST: &str = include_str!("../../../vendor-examples/dealpos/list.json");
const DOCUMENTED_UPDATE: &str = include_str!("../../../vendor-examples/dealpos/update-body.json");
const DOCUMENTED_CREATE: &str = include_str!("../../../vendor-examples/dealpos/create-body.json");

#[test]
fn the_documented_list_reads_and_each_item_is_written_back_unchanged() {
    let items: Vec<Value> = serde_json::from_str(DOCUMENTED_LIST).unwrap();
    let customers: Vec<Customer> = items.iter().map(read).collect();
    assert_eq!(customers.len(), 3);
    let first = &customers[0];
    assert!(first.unreadable.is_empty());
    assert_eq!((first.id.as_str(), first.display_name().as_str()), ("298bb6ce-d337-43ab-9c9f-5b289f0f5c95", "A WI"));
    assert_eq!((first.external_id.as_deref(), first.phone.as_deref()), (Some("TIA20887"), Some("089621973221")));
    assert_eq!(first.birth_date, date("1995-03-01"));
    assert_eq!(first.membership.as_ref().unwrap().join_date, date("2021-01-31"));
    for (item, customer) in items.iter().zip(&customers) {
        let mut expected = item.clone();
        let birth_date = expected.as_object_mut().unwrap().shift_remove("BirthDate").unwrap();
        let body = write_body(customer);
        assert_eq!(body["Birthdate"], birth_date, "request bodies spell Birthdate, as the vendor's examples do");
        for (key, value) in expected.as_object().unwrap() {
            assert_eq!(&body[key], value, "{key}");
        }
    }
}

#[test]
fn the_documented_create_and_update_bodies_map_every_field_and_are_sent_back_as_read() {
    for raw in [DOCUMENTED_UPDATE, DOCUMENTED_CREATE] {
        let documented: Value = serde_json::from_str(raw).unwrap();
        let customer = read(&documented);
        assert!(customer.unreadable.is_empty(), "{:?}", customer.unreadable);
        assert_eq!(customer.gender, Some(Gender::Male));
        assert_eq!(write_body(&customer), documented, "nothing edited: the body is the record as read");
    }
    let mut hendry = read(&serde_json::from_str(DOCUMENTED_CREATE).unwrap());
    assert_eq!((hendry.first_name.as_deref(), hendry.last_name.as_deref()), (Some("Hendry"), Some("Wijaya")));
    let data = hendry.membership.clone().unwrap();
    assert_eq!(data.referred_by.as_deref(), Some("3cab0335-14de-4b9e-8db7-6ba3f5bd773e"));
    assert_eq!((data.sign_up_outlet.as_deref(), data.loyalty_point), (Some("Outlet1"), 88.0));
    hendry.email = Some("hendry.w@dealpos.com".into());
    let mut expected: Value = serde_json::from_str(DOCUMENTED_CREATE).unwrap();
    expected["Email"] = json!("hendry.w@dealpos.com");
    assert_eq!(serde_json::to_string(&write_body(&hendry)).unwrap(), serde_json::to_string(&expected).unwrap());
}

#[test]
fn a_new_customer_is_sent_without_an_id_and_with_the_documented_keys() {
    let customer = Customer { first_name: Some("Hendry".into()), last_name: Some("Wijaya".into()), ..Customer::default() };
    let body = write_body(&customer);
    assert!(body.get("ID").is_none());
    let documented: Value = serde_json::from_str(DOCUMENTED_CREATE).unwrap();
    for key in documented.as_object().unwrap().keys() {
        assert!(body.get(key).is_some(), "{key} is sent");
    }
    assert_eq!((&body["Name"], &body["Status"], &body["Gender"]), (&json!("Hendry Wijaya"), &json!("Active"), &Value::Null));
}

#[test]
fn a_detail_with_fields_the_documentation_does_not_name_is_written_back_whole() {
    // The vendor's Detail example, plus fields a newer DealPOS adds and an unknown status.
    let record = json!({
        "ID": "c-9", "Name": "Tafta tata", "Email": "Tafta@dealpos.com", "FirstName": "Tafta", "LastName": "tata",
        "Gender": true, "Code": "HW008", "Phone": "021-66698155", "Mobile": "081588818888", "Address": "Jl. Lenteng Agung",
        "ReferredBy": null, "Group": "Gold", "ExpiredGroup": "31 Jul 2019", "SignUpOutlet": "Outlet1", "ImageURL": null,
        "LoyaltyPoint": 88, "Status": "Blacklisted", "BirthDate": "1990-01-02T00:00:00", "JoinDate": "2020-05-06T00:00:00",
        "Tier": {"Name": "Gold+", "Since": "2024-01-01"}, "Tags": ["vip"], "Deposit": 12.5
    });
    let mut customer = read(&record);
    customer.phone = Some("081599990000".into());
    let body = write_body(&customer);
    let mut expected = record.clone();
    expected["Mobile"] = json!("081599990000");
    // The body speaks the request spelling of the birth date, as the vendor's update example.
    let map = expected.as_object_mut().unwrap();
    let birth = map.shift_remove("BirthDate").unwrap();
    map.insert("Birthdate".into(), birth);
    for key in ["Tier", "Tags", "Deposit", "Status", "ExpiredGroup", "LoyaltyPoint", "Birthdate", "JoinDate"] {
        assert_eq!(body[key], expected[key], "{key} as it came");
    }
    assert_eq!(body["Mobile"], json!("081599990000"));
}
