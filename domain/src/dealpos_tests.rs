use super::*;
use crate::customer::{Address, Customer, Gender};
use serde_json::{Value, json};

fn date(text: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
}

fn wire(json: &str) -> DealposCustomer {
    serde_json::from_str(json).unwrap()
}

fn portos(json: &str) -> Customer {
    serde_json::from_str(json).unwrap()
}

fn new_customer() -> Customer {
    portos("{}")
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
    "note": "VIP", "discountRate": 5, "creditRate": 1, "credit": 20, "cards": [{"serialNumber": "C-1"}],
    "activationTime": "2024-01-01T00:00:00Z", "_v": 4,
    "dealpos": {"joinDate": "2021-01-31", "phone": "0215865894", "group": "Gold", "expiredGroup": "2026-12-31",
                "loyaltyPoint": 88, "referredBy": "c-1", "imageUrl": "//img/1.jpg", "signUpOutlet": "Outlet1"}
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
    let data = customer.dealpos.unwrap();
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
    assert_eq!(customer.gender, Some(Gender::Female), "false is female");
    assert_eq!(customer.external_id.as_deref(), Some("Tk1010"));
    assert_eq!(customer.address, Some(Address { street: Some("Jl. Muara Karang P3T No.30".into()), ..Address::default() }));
    let data = customer.dealpos.unwrap();
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
    assert_eq!(customer.gender, Some(Gender::Male));
    let data = customer.dealpos.unwrap();
    assert_eq!(data.referred_by.as_deref(), Some("449e35af-190d-4137-aa13-9cf2cf6af57a"));
    assert_eq!(data.sign_up_outlet.as_deref(), Some("Outlet1"));
    assert_eq!(data.image_url.as_deref(), Some("//res.cloudinary.com/x/0.jpg"));
}

#[test]
fn a_customer_is_written_with_every_dealpos_field() {
    let out = serde_json::to_value(DealposCustomer::from_customer(&portos(STORED))).unwrap();
    let expected: Value = serde_json::from_str(
        r#"{ "ID": "c-7", "Name": "Thomy Kurniawan", "FirstName": "Thomy", "LastName": "Kurniawan", "Code": "TK1010",
             "Email": "thomy@dealpos.com", "Mobile": "085710977713", "Phone": "0215865894",
             "Address": "Jl. Muara Karang 30, 14450 Jakarta, ID", "Gender": true, "BirthDate": "1989-04-20T00:00:00",
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
    assert_eq!((&out["JoinDate"], &out["Gender"], &out["Address"], &out["LoyaltyPoint"]), (&Value::Null, &Value::Null, &Value::Null, &json!(0.0)));
}

#[test]
fn reading_and_writing_back_changes_nothing_and_keeps_portos_only_data() {
    let stored = portos(STORED);
    let sent: DealposCustomer = serde_json::from_value(serde_json::to_value(DealposCustomer::from_customer(&stored)).unwrap()).unwrap();
    assert_eq!(sent.apply_to(stored.clone()), stored);
    // A company without personal names: its Name (the company name) sent back adds none.
    let company = portos(r#"{"id": "co", "fullName": "PT Maju", "isCompany": true, "company": {"name": "PT Maju"}, "dealpos": {"loyaltyPoint": 3}}"#);
    let sent = DealposCustomer::from_customer(&company);
    assert_eq!(sent.clone().apply_to(company.clone()), company);
}

#[test]
fn missing_fields_clear_text_but_keep_join_date_points_and_status() {
    let stored = portos(STORED);
    let customer = wire(r#"{"LastName": "Kurniawan", "Email": null}"#).apply_to(stored.clone());
    assert_eq!((customer.first_name, customer.email, customer.phone, customer.address), (None, None, None, None));
    assert_eq!((customer.gender, customer.birth_date), (None, None));
    assert!(customer.is_active);
    let data = customer.dealpos.unwrap();
    assert_eq!((data.join_date, data.loyalty_point), (date("2021-01-31"), 88.0));
    assert_eq!((data.group, data.phone, data.expired_group), (None, None, None));
    // PORTOS-only data is untouched.
    assert_eq!((customer.note, customer.credit, customer.cards, customer.delivery_address), (stored.note.clone(), stored.credit, stored.cards.clone(), stored.delivery_address.clone()));
    let suspended = wire(r#"{"LastName": "K", "Status": "Suspended", "LoyaltyPoint": 0}"#).apply_to(stored);
    assert!(!suspended.is_active);
    assert_eq!(suspended.dealpos.unwrap().loyalty_point, 0.0);
}

#[test]
fn name_alone_becomes_the_last_name_and_a_new_address_line_the_street() {
    let stored = portos(STORED);
    let renamed = wire(r#"{"Name": "Hendry", "Address": "Jl. Baru 1"}"#).apply_to(stored.clone());
    assert_eq!((renamed.first_name.as_deref(), renamed.last_name.as_deref(), renamed.full_name.as_str()), (None, Some("Hendry"), "Hendry"));
    assert_eq!(renamed.address, Some(Address { street: Some("Jl. Baru 1".into()), ..Address::default() }));
    let same = wire(r#"{"Name": "Thomy Kurniawan", "Address": "Jl. Muara Karang 30, 14450 Jakarta, ID"}"#).apply_to(stored.clone());
    assert_eq!((same.first_name, same.last_name, same.address), (stored.first_name, stored.last_name, stored.address));
}

#[test]
fn validation_names_dealpos_fields() {
    let members = |json: &str| -> Vec<String> {
        validate_dealpos(&wire(json).apply_to(new_customer())).into_iter().map(|e| e.member_name).collect()
    };
    assert_eq!(members(r#"{"Email": "a@b.sk"}"#), ["Name"]);
    assert_eq!(members(r#"{"Name": "X", "Email": "nope", "Code": "CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG-CODE-TOO-LONG"}"#), ["Code", "Email"]);
    assert_eq!(members(r#"{"Name": "X", "LoyaltyPoint": -1}"#), ["LoyaltyPoint"]);
    let long = "x".repeat(201);
    assert_eq!(members(&format!(r#"{{"Name": "X", "Group": "{long}", "Address": "{long}"}}"#)), ["Address", "Group"]);
    assert!(members(r#"{"Name": "X", "Email": "x@y.sk", "LoyaltyPoint": 5}"#).is_empty());
    assert_eq!(dealpos_member("cards[0].serialNumber"), "cards[0].serialNumber");
}

#[test]
fn wrong_json_types_and_values_are_refused() {
    for body in [r#"{"Gender": "male"}"#, r#"{"LoyaltyPoint": "ten"}"#, r#"{"BirthDate": "4.3.1985"}"#, r#"{"Status": "Gone"}"#] {
        assert!(serde_json::from_str::<DealposCustomer>(body).is_err(), "{body}");
    }
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
    let expected = [("Name", "Ferdiansyah Rahman"), ("Outlet", "Outlet1"), ("From", "2021-01-01"), ("To", "2021-01-28"), ("PageNumber", "1"), ("PageSize", "20")];
    assert_eq!(request.query_pairs(), expected.map(|(n, v)| (n, v.to_string())));
    assert_eq!(serde_json::to_value(DealposListRequest { page_number: Some(2), ..Default::default() }).unwrap(), json!({"PageNumber": 2}));
}

#[test]
fn token_messages_and_roles_read_from_raw_json() {
    let token: TokenResponse = serde_json::from_str(r#"{"access_token": "abc", "token_type": "Bearer", "expires_in": 900}"#).unwrap();
    assert_eq!((token.access_token.as_str(), token.expires_in), ("abc", 900));
    let error: OAuthError = serde_json::from_str(r#"{"error": "invalid_client"}"#).unwrap();
    assert_eq!((error.error.as_str(), error.error_description), ("invalid_client", None));
    let written: DealposWriteResult = serde_json::from_str(r#"{ "ID": "c27bfb13", "Message": "Record updated" }"#).unwrap();
    assert_eq!(written.id, "c27bfb13");
    let message: DealposMessage = serde_json::from_str(r#"{"Message": "Customer not found."}"#).unwrap();
    assert_eq!(message.message, "Customer not found.");
    assert_eq!(ContactsRole::parse("edit"), Some(ContactsRole::Edit));
    assert_eq!(ContactsRole::parse("ADMIN"), None);
}

#[test]
fn portos_json_is_unchanged_by_the_dealpos_field() {
    let customer = portos(r#"{"id": "p", "lastName": "Novák"}"#);
    assert_eq!(customer.dealpos, None);
    assert!(serde_json::to_value(&customer).unwrap().get("dealpos").is_none());
}
