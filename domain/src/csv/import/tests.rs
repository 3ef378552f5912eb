use super::*;
use crate::csv::export;
use crate::customer::Customer;

fn read_all(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut reader = CsvReader::new(bytes);
    let mut records = Vec::new();
    while !reader.done() {
        records.extend(reader.read(2));
    }
    records
}

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|cell| cell.to_string()).collect()
}

#[test]
fn excel_files_read_with_a_bom_semicolons_crlf_and_quoted_line_breaks() {
    let file =
        "\u{feff}Meno;Priezvisko;Poznámka\r\nJán;Šťastný;\"Prvý riadok\r\ndruhý; s bodkočiarkou\"\r\nŽofia;\"Nová \"\"Malá\"\"\";\r\n\r\n";
    let records = read_all(file.as_bytes());
    assert_eq!(
        records,
        [
            strings(&["Meno", "Priezvisko", "Poznámka"]),
            strings(&["Ján", "Šťastný", "Prvý riadok\r\ndruhý; s bodkočiarkou"]),
            strings(&["Žofia", "Nová \"Malá\"", ""]),
        ]
    );
}

#[test]
fn commas_and_lf_and_a_last_line_without_an_end() {
    let records = read_all(b"Name,Email\nAda Lovelace,ada@example.com\n\"Babbage, Charles\",c@example.com");
    assert_eq!(
        records,
        [strings(&["Name", "Email"]), strings(&["Ada Lovelace", "ada@example.com"]), strings(&["Babbage, Charles", "c@example.com"])]
    );
    assert_eq!(delimiter(b"a;b,c;d\n1,2,3,4"), b';');
    assert_eq!(delimiter(b"\"a;b\",c\n"), b',', "a separator inside quotes does not count");
}

#[test]
fn long_fields_and_many_columns_fill_the_buffers_and_still_read_whole() {
    let long = "ž".repeat(3000);
    let many: Vec<String> = (0..70).map(|n| format!("c{n}")).collect();
    let file = format!("a,b\n\"{long}\",x\n{}\n{}", many.join(","), many.join(","));
    let records = read_all(file.as_bytes());
    assert_eq!(records[1], [long.clone(), "x".to_owned()]);
    assert_eq!(records[2], many);
    assert_eq!(records[3], many, "the last line, without a line end");
}

#[test]
fn a_large_file_is_read_a_chunk_at_a_time() {
    let mut file = String::from("Name,Email\n");
    for n in 0..10_000 {
        file.push_str(&format!("Customer {n},c{n}@example.com\n"));
    }
    let mut reader = CsvReader::new(file.as_bytes());
    let first = reader.read(500);
    assert_eq!((first.len(), reader.done()), (500, false));
    assert!(reader.progress() > 0.0 && reader.progress() < 0.1);
    let mut count = first.len();
    while !reader.done() {
        count += reader.read(500).len();
    }
    assert_eq!(count, 10_001);
}

#[test]
fn the_mapping_is_guessed_from_headers_in_any_of_the_languages_and_the_exports_own() {
    let export: Vec<String> = export::HEADER.iter().map(|h| h.to_string()).collect();
    assert_eq!(
        guess_mapping(&export),
        [
            Some(Target::FullName),
            Some(Target::Email),
            Some(Target::Phone),
            Some(Target::CompanyName),
            None,
            Some(Target::Active),
            Some(Target::DiscountRate),
            Some(Target::CreditRate),
            Some(Target::Cards),
            Some(Target::ExpirationTime),
            Some(Target::ExternalId),
            Some(Target::Note),
            Some(Target::Id),
        ]
    );
    let slovak = strings(&["Meno", "Priezvisko", "E-mail", "Telefón", "PSČ", "Mesto", "Zľava", "Neznáme", "e-mail"]);
    assert_eq!(
        guess_mapping(&slovak),
        [
            Some(Target::FirstName),
            Some(Target::LastName),
            Some(Target::Email),
            Some(Target::Phone),
            Some(Target::PostalCode),
            Some(Target::City),
            Some(Target::DiscountRate),
            None,
            None,
        ]
    );
}

fn slovak_mapping() -> Vec<Option<Target>> {
    guess_mapping(&strings(&["Meno", "Priezvisko", "E-mail", "Aktívny", "Zľava", "Platnosť do", "Karty", "Kód"]))
}

#[test]
fn a_row_becomes_a_new_customer_with_values_as_people_write_them() {
    let row = strings(&["Ján", "Šťastný", "jan@example.sk", "áno", "12,5 %", "2027-06-30", "K-1; K-2", "EXT-9"]);
    let prepared = apply_row(&row, &slovak_mapping(), &Customer::default()).unwrap();
    let customer = prepared.customer;
    assert!(prepared.changed);
    assert_eq!(
        (customer.first_name.as_deref(), customer.last_name.as_deref(), customer.full_name.as_str()),
        (Some("Ján"), Some("Šťastný"), "Ján Šťastný")
    );
    assert_eq!((customer.discount_rate, customer.is_active), (12.5, true));
    assert_eq!(customer.expiration_time.map(|t| t.to_rfc3339()).as_deref(), Some("2027-06-30T00:00:00+00:00"));
    assert_eq!(customer.cards.iter().map(|c| c.serial_number.as_str()).collect::<Vec<_>>(), ["K-1", "K-2"]);
    assert_eq!(external_id(&row, &slovak_mapping()).as_deref(), Some("EXT-9"));
}

#[test]
fn bad_cells_are_named_by_their_column_with_the_forms_rules() {
    let row = strings(&["", "", "not-an-email", "možno", "veľa", "budúci rok", "", ""]);
    let errors = apply_row(&row, &slovak_mapping(), &Customer::default()).unwrap_err();
    let columns: Vec<Option<usize>> = errors.iter().map(|e| e.column).collect();
    assert_eq!(columns, [Some(3), Some(4), Some(5), Some(1), Some(2)], "{errors:?}");
    assert_eq!(errors[0].text.english(), "\"možno\" is not Yes or No.");
    assert_eq!(errors[3].text.english(), "A first name, last name or company name is required.");
}

#[test]
fn an_export_imports_again_unchanged_formula_guard_and_all() {
    let customer = crate::portos::read(&serde_json::json!({
        "id": "c-1", "externalId": "EXT-1", "firstName": "Ján", "lastName": "Novák", "fullName": "Ján Novák",
        "email": "jan@example.sk", "phone": "+421 900 111 222", "isActive": false, "discountRate": 12.5, "creditRate": 2,
        "cards": [{"serialNumber": "CARD-1", "processor": "P"}, {"serialNumber": "CARD-2"}],
        "expirationTime": "2027-03-01T00:00:00Z", "note": "=cmd|' /C calc'!A0\nsecond line", "_v": 4,
        "isCompany": true, "company": {"name": "Novák, s.r.o.", "vatId": "SK1"}
    }));
    let file = format!("{}{}", export::header(), export::customer_record(&customer));
    let records = read_all(file.as_bytes());
    assert_eq!(records[1][2], "'+421 900 111 222", "the export guards the phone");
    let mapping = guess_mapping(&records[0]);
    let prepared = apply_row(&records[1], &mapping, &customer).unwrap();
    assert!(!prepared.changed, "nothing to update: {:?}", prepared.customer);
    assert_eq!(prepared.customer.cards[0].processor.as_deref(), Some("P"), "a listed card keeps what it had");
    assert_eq!(crate::portos::write(&prepared.customer), crate::portos::write(&customer));
}

#[test]
fn an_update_changes_the_mapped_fields_and_keeps_the_rest() {
    let stored = crate::portos::read(&serde_json::json!({"id": "c-2", "externalId": "E-2", "firstName": "Eva", "lastName": "Malá",
        "email": "eva@example.sk", "note": "kept", "_v": 2}));
    let mapping = guess_mapping(&strings(&["External ID", "Email", "Phone"]));
    let prepared = apply_row(&strings(&["E-2", "eva.mala@example.sk", ""]), &mapping, &stored).unwrap();
    assert!(prepared.changed);
    assert_eq!(
        (prepared.customer.email.as_deref(), prepared.customer.note.as_deref(), prepared.customer.version),
        (Some("eva.mala@example.sk"), Some("kept"), 2)
    );
}

#[test]
fn existing_customers_are_found_by_their_external_ids_in_one_query() {
    let query = lookup_query(&strings(&["EXT-1", "A:B"]));
    let params = query.to_api_params();
    assert!(params.contains(&("ExternalId", r"in:EXT-1:A\:B".to_owned())), "{params:?}");
}

#[test]
fn failed_rows_go_back_with_their_reason_in_a_file_that_imports_again() {
    let header = strings(&["Name", "Email"]);
    let csv = failed_rows_csv(&header, &[(strings(&["Ada", "nope"]), "Email: Not a valid e-mail address.".into())]);
    assert_eq!(csv, "\u{feff}Name,Email,Reason\r\nAda,nope,Email: Not a valid e-mail address.\r\n");
    let again = read_all(csv.as_bytes());
    assert_eq!(guess_mapping(&again[0]), [Some(Target::FullName), Some(Target::Email), None]);
}

fn plans(header: &[&str], rows: &[&[&str]], rule: DuplicateRule, email_is_key: bool) -> Vec<Plan> {
    let mapping = guess_mapping(&strings(header));
    let rows: Vec<Vec<String>> = rows.iter().map(|row| strings(row)).collect();
    plan(&rows, &mapping, rule, email_is_key)
}

#[test]
fn a_row_is_matched_by_its_id_first_then_its_external_id() {
    let header = ["Name", "External ID", "ID"];
    let got = plans(&header, &[&["A", "EXT-1", "cust-1"], &["B", "EXT-2", ""], &["C", "", ""]], DuplicateRule::LastWins, false);
    assert_eq!(
        got,
        [Plan::Send(RowMatch::Id("cust-1".into())), Plan::Send(RowMatch::ExternalId("EXT-2".into())), Plan::Send(RowMatch::New),]
    );
}

#[test]
fn rows_for_one_customer_are_never_sent_together() {
    let header = ["Name", "External ID", "Email", "ID"];
    let rows: &[&[&str]] = &[
        &["A", "NEW-1", "a@x.sk", ""],
        &["B", "", "b@x.sk", "cust-9"],
        &["A again", "NEW-1", "", ""],
        &["B again", "", "", "cust-9"],
        &["C", "", "B@X.SK", ""],
    ];
    assert_eq!(
        plans(&header, rows, DuplicateRule::LastWins, false),
        [
            Plan::Replaced { by: 2, key: SharedKey::ExternalId },
            Plan::Replaced { by: 3, key: SharedKey::Id },
            Plan::Send(RowMatch::ExternalId("NEW-1".into())),
            Plan::Send(RowMatch::Id("cust-9".into())),
            Plan::Send(RowMatch::New),
        ]
    );
    // On DealPOS an email names a customer too: row 5 joins rows 2 and 4.
    assert_eq!(
        plans(&header, rows, DuplicateRule::SkipAll, true),
        [
            Plan::Skipped { with: 2, key: SharedKey::ExternalId },
            Plan::Skipped { with: 3, key: SharedKey::Id },
            Plan::Skipped { with: 0, key: SharedKey::ExternalId },
            Plan::Skipped { with: 1, key: SharedKey::Id },
            Plan::Skipped { with: 1, key: SharedKey::Email },
        ]
    );
    assert!(has_duplicates(&plans(&header, rows, DuplicateRule::LastWins, false)));
    assert!(!has_duplicates(&plans(&header, &rows[..2], DuplicateRule::LastWins, false)));
}
