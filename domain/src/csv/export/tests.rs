use super::*;

#[test]
fn plain_values_are_written_as_they_are() {
    assert_eq!(field("Nováková"), "Nováková");
    assert_eq!(field(""), "");
    assert_eq!(field("12.5"), "12.5");
}

#[test]
fn commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() {
    assert_eq!(field("Novák, Jan"), "\"Novák, Jan\"");
    assert_eq!(field("the \"best\" one"), "\"the \"\"best\"\" one\"");
    assert_eq!(field("line one\nline two"), "\"line one\nline two\"");
    assert_eq!(field("a\r\nb"), "\"a\r\nb\"");
}

#[test]
fn formula_like_values_are_neutralised_with_a_quote() {
    assert_eq!(field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    assert_eq!(field("=1+2"), "'=1+2");
    assert_eq!(field("+421 900 000 000"), "'+421 900 000 000");
    assert_eq!(field("-5"), "'-5");
    assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(field("\tx"), "'\tx");
    assert_eq!(field("\rx"), "\"'\rx\"");
    // Only the start matters.
    assert_eq!(field("a=b"), "a=b");
}

#[test]
fn the_header_starts_with_a_byte_order_mark_and_ends_with_crlf() {
    assert_eq!(header(), "\u{feff}Name,Email,Phone,Company,Status,Active,Discount rate,Credit rate,Cards,Expires,External ID,Note,ID\r\n");
}

#[test]
fn a_customer_becomes_one_record_in_header_order() {
    // The documented example customer, with a note that needs quoting and neutralising.
    let customer = crate::portos::read(
        &serde_json::from_str(
            r#"{ "id": "cust-0000001", "externalId": "EXT-000001", "isActive": true, "status": "Valid",
          "activationTime": null, "expirationTime": "2027-03-01T00:00:00Z",
          "firstName": "Ľubomír", "lastName": "Šťastný", "fullName": "Ľubomír Šťastný",
          "email": "lubo@example.sk", "phone": null, "isCompany": true,
          "company": { "name": "Šťastný, s.r.o.", "vatId": "SK2020123456" },
          "note": "=cmd|' /C calc'!A0\nsecond line", "discountRate": 10.0, "creditRate": 2.5,
          "credit": { "amount": 79.5, "currencyLabel": null },
          "cards": [ { "serialNumber": "CARD-1", "isActive": true }, { "serialNumber": "CARD-2", "isActive": false } ],
          "_v": 1 }"#,
        )
        .unwrap(),
    );
    assert_eq!(
        customer_record(&customer),
        "Ľubomír Šťastný,lubo@example.sk,,\"Šťastný, s.r.o.\",Valid,Yes,10,2.5,CARD-1; CARD-2,\
         2027-03-01T00:00:00Z,EXT-000001,\"'=cmd|' /C calc'!A0\nsecond line\",cust-0000001\r\n"
    );
}

#[test]
fn a_customer_without_a_full_name_is_named_from_its_parts() {
    let customer =
        crate::portos::read(&serde_json::json!({ "firstName": "Jan", "lastName": "Novák", "isActive": false, "status": "Expired" }));
    assert_eq!(customer_record(&customer), "Jan Novák,,,,Expired,No,0,0,,,,,\r\n");
}

#[test]
fn the_file_is_named_after_the_day() {
    assert_eq!(file_name(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()), "customers-2026-03-01.csv");
}

#[test]
fn export_pages_keep_search_filters_and_sort_in_pages_of_500() {
    let mut query = ListQuery::new(25).with_search("nov");
    query.set_filter("DiscountRate", Some("gt:5".to_owned()));
    query.sort = crate::ndata::parse_sort("-discountRate").unwrap();
    query.page = 3;
    let second = export_page(&query, 2);
    assert_eq!(
        second.to_api_params(),
        vec![
            ("Search", "nov".to_owned()),
            ("DiscountRate", "gt:5".to_owned()),
            ("$sort", "-discountRate".to_owned()),
            ("$skip", "500".to_owned()),
            ("$take", "500".to_owned()),
        ]
    );
    assert_eq!(export_page(&query, 0).page, 1);
}

#[test]
fn fetching_stops_at_the_total_or_at_a_short_page() {
    assert!(needs_more(500, Some(1200), 500));
    assert!(!needs_more(1000, Some(1000), 500));
    assert!(!needs_more(700, Some(1200), 200), "customers deleted meanwhile end it early");
    assert!(!needs_more(0, Some(0), 0));
    // Without a total (an API that does not count), only a short page ends it.
    assert!(needs_more(500, None, 500));
    assert!(!needs_more(1000, None, 0));
}
