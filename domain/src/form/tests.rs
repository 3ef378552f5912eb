use super::*;

fn stored() -> Customer {
    crate::portos::read(
        &serde_json::from_str(
            r#"{"id":"c-1","firstName":"Ján","lastName":"Novák","fullName":"Ján Novák","email":"jan@example.sk",
            "isActive":true,"activationTime":"2026-01-01T08:00:00Z","expirationTime":"2027-01-01T08:00:00Z",
            "discountRate":12.5,"creditRate":2,"credit":{"amount":40,"currencyLabel":"EUR"},"isCompany":true,
            "company":{"name":"Novák s.r.o.","vatId":"SK2020123456","taxId":"2020123456","crn":"50123456"},
            "address":{"street":"Hlavná 1","city":"Košice","zipCode":"040 01","country":"SK"},
            "deliveryAddress":{"street":"Skladová 7","city":"Prešov","zipCode":"080 01","country":"SK"},
            "cards":[{"serialNumber":"CARD-1"},{"serialNumber":"CARD-2","isActive":false,"processor":"P"}],"_v":7}"#,
        )
        .unwrap(),
    )
}

#[test]
fn a_customer_round_trips_through_the_form_in_any_time_zone() {
    for offset in [0, 60, -300, 330] {
        let form = CustomerForm::from_customer(&stored(), offset);
        let back = form.to_customer(&stored(), offset).unwrap();
        assert_eq!(back, stored(), "offset {offset}");
    }
}

#[test]
fn times_show_in_local_time() {
    let form = CustomerForm::from_customer(&stored(), 60);
    assert_eq!(form.get(Field::ActivationTime), "2026-01-01T09:00");
    assert_eq!(form.get(Field::DiscountRate), "12.5");
}

#[test]
fn the_version_credit_and_untouched_parts_are_kept_from_what_was_read() {
    let mut form = CustomerForm::from_customer(&stored(), 0);
    form.set(Field::FirstName, "Jana".into());
    form.set(Field::CompanyName, "Nová firma s.r.o.".into());
    let sent = form.to_customer(&stored(), 0).unwrap();
    assert_eq!(sent.version, 7);
    assert_eq!(sent.cards, stored().cards);
    assert!(!sent.cards[1].is_active);
    assert_eq!(sent.credit.amount, 40.0);
    assert_eq!(sent.delivery_address, stored().delivery_address);
    let company = sent.company.unwrap();
    assert_eq!((company.name.as_deref(), company.crn.as_deref()), (Some("Nová firma s.r.o."), Some("50123456")));
    assert_eq!(sent.full_name, "Jana Novák");
}

#[test]
fn cards_delivery_address_and_crn_are_edited_in_the_form() {
    let mut form = CustomerForm::from_customer(&stored(), 0);
    assert_eq!(form.get(Field::Crn), "50123456");
    assert_eq!(form.get(Field::DeliveryCity), "Prešov");
    form.set(Field::Crn, " 36111111 ".into());
    for field in [Field::DeliveryStreet, Field::DeliveryCity, Field::DeliveryPostalCode, Field::DeliveryCountry] {
        form.set(field, String::new());
    }
    form.cards.remove(0);
    form.cards[0].is_active = true;
    form.cards.push(CardForm { serial_number: " CARD-3 ".into(), is_virtual: true, note: "Issued at the till".into(), ..CardForm::new() });
    form.cards[1].expiration_time = "2027-06-30T18:00".into();
    let sent = form.to_customer(&stored(), 0).unwrap();
    assert_eq!(sent.company.unwrap().crn.as_deref(), Some("36111111"));
    assert_eq!(sent.delivery_address, None, "an emptied delivery address is removed");
    let kept = &sent.cards[0];
    assert_eq!((kept.serial_number.as_str(), kept.is_active, kept.processor.as_deref()), ("CARD-2", true, Some("P")));
    let added = &sent.cards[1];
    assert_eq!((added.serial_number.as_str(), added.is_active, added.is_virtual), ("CARD-3", true, true));
    assert_eq!(added.note.as_deref(), Some("Issued at the till"));
    assert_eq!(added.expiration_time.map(|t| t.to_rfc3339()).as_deref(), Some("2027-06-30T18:00:00+00:00"));
    assert_eq!(changed_fields(&CustomerForm::from_customer(&stored(), 0), &form).last().map(Text::english).as_deref(), Some("Cards"));
}

#[test]
fn an_empty_or_repeated_card_is_reported_on_its_row() {
    let mut form = CustomerForm::from_customer(&stored(), 0);
    form.cards.push(CardForm::new());
    form.cards.push(CardForm { serial_number: "CARD-1".into(), ..CardForm::new() });
    form.cards[0].activation_time = "yesterday".into();
    let errors = form.to_customer(&stored(), 0).unwrap_err();
    let members: Vec<&str> = errors.iter().map(|e| e.member_name.as_str()).collect();
    assert_eq!(members, ["cards[0].activationTime", "cards[2].serialNumber", "cards[3].serialNumber"]);
    assert_eq!(form.cards.len(), 4, "the rows stay for the user to fix");
}

#[test]
fn bad_input_is_reported_by_member_name_and_the_text_is_kept() {
    let mut form = CustomerForm::from_customer(&stored(), 0);
    form.set(Field::Email, "not-an-email".into());
    form.set(Field::DiscountRate, "150".into());
    form.set(Field::CreditRate, "abc".into());
    form.set(Field::BirthDate, "31.02.1990".into());
    form.set(Field::ExpirationTime, "2025-01-01T00:00".into());
    let errors = form.to_customer(&stored(), 0).unwrap_err();
    let members: Vec<&str> = errors.iter().map(|e| e.member_name.as_str()).collect();
    for member in ["email", "discountRate", "creditRate", "birthDate", "expirationTime"] {
        assert!(members.contains(&member), "{member} in {members:?}");
    }
    assert_eq!(members.iter().filter(|m| **m == "creditRate").count(), 1);
    assert_eq!(form.get(Field::CreditRate), "abc");
    let birth = errors.iter().find(|e| e.member_name == "birthDate").unwrap();
    assert_eq!(birth.message, "\"31.02.1990\" is not a valid birth date.");
    let text = birth.text.as_ref().unwrap();
    assert_eq!(text.id, "form-error-invalid-birth-date");
    let slovak = crate::i18n::catalog(crate::i18n::Locale::Sk).render(text);
    assert_eq!(slovak, "„31.02.1990“ nie je platný dátum narodenia.");
}

#[test]
fn labels_read_as_the_accessible_names_in_english() {
    let english: Vec<String> = [Field::FirstName, Field::VatId, Field::PostalCode].map(|f| f.label().english()).into();
    assert_eq!(english, ["First name", "VAT ID", "Postal code"]);
}

#[test]
fn decimal_commas_are_accepted() {
    let mut form = CustomerForm::blank();
    form.set(Field::LastName, "Nová".into());
    form.set(Field::DiscountRate, "12,5".into());
    assert_eq!(form.to_customer(&stored(), 0).unwrap().discount_rate, 12.5);
}

#[test]
fn unticking_company_drops_the_company_but_not_the_typed_text() {
    let mut form = CustomerForm::from_customer(&stored(), 0);
    form.is_company = false;
    let sent = form.to_customer(&stored(), 0).unwrap();
    assert_eq!(sent.company, None);
    assert_eq!(form.get(Field::CompanyName), "Novák s.r.o.");
}

#[test]
fn server_member_names_find_their_fields() {
    assert_eq!(Field::for_member("email"), Some(Field::Email));
    assert_eq!(Field::for_member("Company.Name"), Some(Field::CompanyName));
    assert_eq!(Field::for_member("address.zipCode"), Some(Field::PostalCode));
    assert_eq!(Field::for_member("cards[0].serialNumber"), None);
    for field in Field::ALL {
        assert_eq!(Field::for_member(field.member_name()), Some(field));
    }
}

#[test]
fn changed_fields_lists_what_differs() {
    let mine = CustomerForm::from_customer(&stored(), 0);
    let mut theirs = mine.clone();
    theirs.set(Field::Phone, "+421 900 000 000".into());
    theirs.is_active = false;
    let english: Vec<String> = changed_fields(&mine, &theirs).iter().map(Text::english).collect();
    assert_eq!(english, ["Phone", "Active"]);
    assert!(changed_fields(&mine, &mine).is_empty());
}

#[test]
fn a_save_changes_only_what_the_user_changed_and_sends_the_rest_as_read() {
    // A record whose times carry seconds and whose numbers are integers: the form shows
    // minutes and decimals, but an untouched field goes back exactly as it came.
    let record: serde_json::Value = serde_json::from_str(
        r#"{"id":"c-9","firstName":"Eva","lastName":"Malá","fullName":"Eva Malá","activationTime":"2025-01-01T08:30:45.123Z",
            "discountRate":10,"credit":{"amount":5,"currencyLabel":"EUR"},"meta":{"k":1},"x-extra":[1,2],
            "cards":[{"serialNumber":"S-1","processor":"P","isVirtual":true,"activationTime":"2022-11-01T00:00:00.00Z","x-pin":true}],
            "address":{"street":"A 1","city":"B","zipCode":"C","country":"SK"},
            "deliveryAddress":{"street":"D 2","city":"E","zipCode":"F","country":"SK"},
            "creditTransactions":[{"id":1,"time":"2025-01-01T00:00:00Z","amount":5,"balance":5,"note":null}],"_v":4}"#,
    )
    .unwrap();
    let customer = crate::portos::read(&record);
    let mut form = CustomerForm::from_customer(&customer, 120);
    assert_eq!(CustomerForm::from_customer(&customer, 120), form);
    form.set(Field::Note, "Prefers tea".into());
    let sent = crate::portos::write(&form.to_customer(&customer, 120).unwrap());
    let mut expected = record.clone();
    expected["note"] = serde_json::json!("Prefers tea");
    assert_eq!(serde_json::to_string(&sent).unwrap(), serde_json::to_string(&expected).unwrap());
}

#[test]
fn after_a_conflict_the_users_changes_go_over_theirs_and_leave_their_other_changes() {
    let mine = stored();
    let mut theirs = stored();
    theirs.phone = Some("+421 900 000 000".into());
    theirs.version = 8;
    let mut form = CustomerForm::from_customer(&mine, 0);
    form.set(Field::Email, "jana@example.sk".into());
    let sent = form.apply_changes(&mine, &theirs, 0).unwrap();
    assert_eq!((sent.email.as_deref(), sent.phone.as_deref(), sent.version), (Some("jana@example.sk"), Some("+421 900 000 000"), 8));
}

#[test]
fn a_record_that_breaks_a_rule_as_read_still_saves_what_the_user_changed() {
    // A credit of -12.5 and a discount of 120: the documentation forbids neither.
    let odd = crate::portos::read(
        &serde_json::from_str(
            r#"{"id":"c-2","lastName":"Dlžník","discountRate":120,"credit":{"amount":-12.5,"currencyLabel":null},"_v":3}"#,
        )
        .unwrap(),
    );
    let mut form = CustomerForm::from_customer(&odd, 0);
    form.set(Field::Note, "Zaplatí v piatok".to_owned());
    let saved = form.to_customer(&odd, 0).expect("only the note changed");
    assert_eq!((saved.note.as_deref(), saved.credit.amount, saved.discount_rate), (Some("Zaplatí v piatok"), -12.5, 120.0));
    // A field the user does touch is held to the rules.
    form.set(Field::DiscountRate, "130".to_owned());
    let errors = form.to_customer(&odd, 0).unwrap_err();
    assert_eq!(errors.iter().map(|e| e.member_name.as_str()).collect::<Vec<_>>(), ["discountRate"]);
}

/// Central Europe, roughly: summer time from April to September.
fn central_europe() -> crate::calendar::Zone {
    use chrono::Datelike;
    fn offset(month: u32) -> i32 {
        if (4..=9).contains(&month) { 120 } else { 60 }
    }
    crate::calendar::Zone::Rules { at_utc: |moment| offset(moment.month()), at_local: |local| offset(local.month()) }
}

#[test]
fn each_date_converts_with_the_offset_in_force_on_that_date() {
    let zone = central_europe();
    let mut form = CustomerForm::from_customer(&stored(), zone);
    // Stored 08:00Z in January: 09:00 on a winter wall clock.
    assert_eq!(form.get(Field::ActivationTime), "2026-01-01T09:00");
    form.set(Field::ExpirationTime, "2027-07-15T10:00".to_owned());
    form.set(Field::ActivationTime, "2026-12-01T10:00".to_owned());
    let saved = form.to_customer(&stored(), zone).unwrap();
    assert_eq!(saved.expiration_time.unwrap().to_rfc3339(), "2027-07-15T08:00:00+00:00", "summer: two hours east");
    assert_eq!(saved.activation_time.unwrap().to_rfc3339(), "2026-12-01T09:00:00+00:00", "winter: one hour east");
    assert_eq!(CustomerForm::from_customer(&saved, zone).get(Field::ExpirationTime), "2027-07-15T10:00");
}

/// The vendor's "Get customer by ID" example, verbatim.
const DOCUMENTED_CUSTOMER: &str = include_str!("../../../vendor-examples/portos/customer.json");

#[test]
fn the_documented_customer_through_the_form_and_a_draft_changes_only_what_was_typed() {
    let documented: serde_json::Value = serde_json::from_str(DOCUMENTED_CUSTOMER).unwrap();
    let read = crate::portos::read(&documented);
    let zone = central_europe();
    let started = CustomerForm::from_customer(&read, zone);
    let mut typed = started.clone();
    typed.set(Field::Note, "Prefers tea".to_owned());
    // Through a draft (as after a reload), then the save.
    let draft = crate::form::drafts::Draft::new(0.0, &read, false, &started, &typed);
    let restored = draft.restore(&read, zone).form;
    let saved = restored.to_customer(&read, zone).unwrap();
    let mut expected = documented.clone();
    expected["note"] = serde_json::json!("Prefers tea");
    assert_eq!(crate::portos::write(&saved), expected, "every documented field as it came, the note changed");
}
