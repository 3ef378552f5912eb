use super::*;
use proptest::prelude::*;

fn from(query: &str) -> ListQuery {
    let pairs: Vec<(&str, &str)> = query.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, ""))).collect();
    ListQuery::from_url(pairs, 25)
}

#[test]
fn an_empty_url_is_the_first_page_with_defaults() {
    let query = from("");
    assert_eq!(query, ListQuery::new(25));
    assert_eq!(query.to_url(25), vec![]);
    assert_eq!(query.to_api_params(), vec![("$skip", "0".to_owned()), ("$take", "25".to_owned())]);
}

#[test]
fn a_full_url_maps_to_the_documented_api_parameters() {
    let query = from("search=nov&active=true&discount=gt:10;lt:50&sort=lastName,-discountRate&page=3&size=50");
    assert_eq!(
        query.to_api_params(),
        vec![
            ("Search", "nov".to_owned()),
            ("IsActive", "true".to_owned()),
            ("DiscountRate", "gt:10;lt:50".to_owned()),
            ("$sort", "lastName,-discountRate".to_owned()),
            ("$skip", "100".to_owned()),
            ("$take", "50".to_owned()),
        ]
    );
}

#[test]
fn the_page_holds_whatever_order_the_url_gives_it() {
    // The router hands the keys over in its own order, the page before the filters.
    for url in ["active=true&page=3", "page=3&active=true", "page=3&discount=gt:5&search=x&expired=false"] {
        assert_eq!(from(url).page, 3, "{url}");
    }
}

#[test]
fn invalid_values_are_corrected_not_fatal() {
    let query = from("page=0&size=33&active=maybe&discount=zz:1&sort=,,&page=-4");
    assert_eq!(query.page, 1);
    assert_eq!(query.page_size, 25);
    assert!(query.filters.is_empty());
    let query = from("page=abc&size=100");
    assert_eq!((query.page, query.page_size), (1, 100));
}

#[test]
fn changing_search_filters_size_or_sort_returns_to_page_one() {
    let query = from("page=4");
    assert_eq!(query.with_search("x").page, 1);
    assert_eq!(query.with_page_size(50).page, 1);
    assert_eq!(query.toggle_sort("email", false).page, 1);
    let mut filtered = query.clone();
    filtered.set_filter("IsExpired", Some("false".into()));
    assert_eq!(filtered.page, 1);
}

#[test]
fn header_clicks_sort_then_reverse_and_shift_adds_keys() {
    let query = ListQuery::new(25);
    let by_name = query.toggle_sort("lastName", false);
    assert_eq!(by_name.sort, vec![SortKey::asc("lastName")]);
    assert_eq!(by_name.primary_sort("lastname"), Some(false));
    let reversed = by_name.toggle_sort("lastName", false);
    assert_eq!(reversed.sort, vec![SortKey::desc("lastName")]);
    let two_keys = reversed.toggle_sort("discountRate", true);
    assert_eq!(two_keys.sort, vec![SortKey::desc("lastName"), SortKey::asc("discountRate")]);
    let flipped_second = two_keys.toggle_sort("discountRate", true);
    assert_eq!(flipped_second.sort[1], SortKey::desc("discountRate"));
    assert_eq!(flipped_second.toggle_sort("email", false).sort, vec![SortKey::asc("email")]);
}

#[test]
fn status_text_reads_like_a_person_would_write_it() {
    let query = from("page=2");
    let english = |status: RangeStatus| status.text(group_thousands).english();
    assert_eq!(english(range_status(&query, 25, Some(10_000))), "26–50 of 10,000");
    assert_eq!(english(range_status(&query.with_page(1), 3, Some(3))), "1–3 of 3");
    assert_eq!(english(range_status(&query, 0, Some(0))), "0 of 0");
    assert_eq!(english(range_status(&query, 0, None)), "0");
    assert_eq!(english(range_status(&query, 25, None)), "26–50", "DealPOS lists have no total");
    let slovak = crate::i18n::catalog(crate::i18n::Locale::Sk).render(&range_status(&query, 25, Some(10_000)).text(|n| n.to_string()));
    assert_eq!(slovak, "26–50 z 10000");
    assert_eq!(group_thousands(1_234_567), "1,234,567");
    assert_eq!(query.last_page(10_000), 400);
    assert_eq!(query.last_page(0), 1);
}

proptest! {
    #[test]
    fn url_round_trips(
        search in "[a-zA-Zá-ž0-9 ]{0,12}",
        page in 1u64..10_000,
        size_index in 0usize..4,
        active in proptest::option::of(any::<bool>()),
        discount in proptest::option::of(0u32..100),
        descending in any::<bool>(),
    ) {
        let mut query = ListQuery::new(25).with_search(&search).with_page_size(PAGE_SIZES[size_index]);
        query.set_filter("IsActive", active.map(|a| a.to_string()));
        query.set_filter("DiscountRate", discount.map(|d| format!("gt:{d}")));
        query.sort = vec![SortKey { property: "lastName".into(), descending }];
        query.page = page;
        let url = query.to_url(25);
        let back = ListQuery::from_url(url.iter().map(|(k, v)| (*k, v.as_str())), 25);
        prop_assert_eq!(back, query);
    }

    #[test]
    fn no_url_makes_reading_panic(pairs in proptest::collection::vec(("[a-z$]{1,8}", ".{0,20}"), 0..8)) {
        let query = ListQuery::from_url(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), 25);
        prop_assert!(query.page >= 1);
        prop_assert!(PAGE_SIZES.contains(&query.page_size));
    }
}

#[test]
fn each_vendor_reads_only_its_own_filters() {
    let url = [("outlet", "Košice"), ("joinedFrom", "2020-01-01"), ("joinedTo", "31.12.2020"), ("active", "true")];
    let dealpos = ListQuery::from_url_for(Backend::Dealpos, url, 25);
    assert_eq!(dealpos.filters, vec![("Outlet", "Košice".to_owned()), ("From", "2020-01-01".to_owned())]);
    let portos = ListQuery::from_url_for(Backend::Portos, url, 25);
    assert_eq!(portos.filters, vec![("IsActive", "true".to_owned())]);
}

#[test]
fn every_filter_has_a_name_of_its_own() {
    let mut ids: Vec<&str> = FILTERS.iter().map(|spec| spec.label().id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), FILTERS.len());
    assert_eq!(filter_spec("discountrate").map(|spec| spec.label().english()), Some("Discount rate".to_owned()));
}

#[test]
fn the_largest_page_in_a_url_asks_for_nothing_and_never_overflows() {
    let query = from("page=18446744073709551615&size=100");
    assert_eq!(query.page, u64::MAX);
    assert_eq!(query.skip(), u64::MAX);
    let skip = query.to_api_params().into_iter().find(|(name, _)| *name == "$skip").map(|(_, value)| value);
    assert_eq!(skip.as_deref(), Some("18446744073709551615"));
    assert_eq!(range_status(&query, 3, Some(10)).rows, Some((u64::MAX, u64::MAX)));
    assert_eq!(query.last_page(0), 1);
}
