use super::*;
use proptest::prelude::*;

fn query(url: &str) -> ListQuery {
    let pairs: Vec<(&str, &str)> = url.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap()).collect();
    ListQuery::from_url(pairs, 25)
}

fn applied(draft: &FilterDraft, url: &str) -> Vec<(&'static str, String)> {
    draft.apply(&query(url)).expect("valid draft").to_url(25)
}

#[test]
fn every_panel_control_becomes_its_documented_ndata_filter() {
    let draft = FilterDraft {
        active: Some(true),
        expired: Some(false),
        discount: RangeDraft { comparison: Comparison::MoreThan, from: "10".into(), to: String::new() },
        credit: RangeDraft { comparison: Comparison::Between, from: "1,5".into(), to: "20".into() },
        expires_after: "2026-01-01".into(),
        expires_before: "2027-01-01".into(),
        external_id: "ERP:7".into(),
        card: " 4000123 ".into(),
        kept: vec![],
    };
    assert_eq!(
        applied(&draft, "search=nov"),
        vec![
            ("search", "nov".to_owned()),
            ("active", "true".to_owned()),
            ("expired", "false".to_owned()),
            ("discount", "gt:10".to_owned()),
            ("credit", "gte:1.5;lte:20".to_owned()),
            ("expires", "gte:2026-01-01;lt:2027-01-01".to_owned()),
            ("externalId", r"eq:ERP\:7".to_owned()),
            ("card", "eq:4000123".to_owned()),
        ]
    );
}

#[test]
fn the_panel_reads_back_what_it_wrote() {
    let url = r"active=false&discount=gte:5;lte:50&credit=lt:3&expires=lt:2026-06-01&externalId=eq:A\:1&card=77";
    let draft = FilterDraft::from_query(&query(url));
    assert_eq!(draft.active, Some(false));
    assert_eq!(draft.discount, RangeDraft { comparison: Comparison::Between, from: "5".into(), to: "50".into() });
    assert_eq!(draft.credit, RangeDraft { comparison: Comparison::LessThan, from: "3".into(), to: String::new() });
    assert_eq!((draft.expires_after.as_str(), draft.expires_before.as_str()), ("", "2026-06-01"));
    assert_eq!((draft.external_id.as_str(), draft.card.as_str()), ("A:1", "77"));
    assert!(draft.kept.is_empty());
    // Unchanged in meaning, so the very same query (`card=77` is `eq:77`).
    assert_eq!(draft.apply(&query(url)).unwrap(), query(url));
}

#[test]
fn a_filter_the_panel_cannot_show_is_kept_until_replaced() {
    let draft = FilterDraft::from_query(&query("discount=ne:5&card=null"));
    assert_eq!(draft.discount.comparison, Comparison::Any);
    assert_eq!(draft.kept_value(FilterField::Discount), Some("ne:5"));
    assert_eq!(draft.kept_value(FilterField::Card), Some("null"));
    assert_eq!(applied(&draft, "discount=ne:5&card=null"), vec![("discount", "ne:5".into()), ("card", "null".into())]);

    let replaced = FilterDraft { discount: RangeDraft { comparison: Comparison::Equal, from: "7".into(), ..Default::default() }, ..draft };
    assert_eq!(applied(&replaced, "discount=ne:5&card=null"), vec![("discount", "eq:7".into()), ("card", "null".into())]);
}

#[test]
fn bad_values_are_refused_with_a_message_on_their_control() {
    let draft = FilterDraft {
        discount: RangeDraft { comparison: Comparison::AtLeast, from: "ten".into(), to: String::new() },
        credit: RangeDraft { comparison: Comparison::Between, from: "9".into(), to: "3".into() },
        expires_after: "2026-05-01".into(),
        expires_before: "2026-04-01".into(),
        ..Default::default()
    };
    let errors = draft.apply(&query("")).unwrap_err();
    let fields: Vec<FilterField> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![FilterField::Discount, FilterField::Credit, FilterField::ExpiresBefore]);
    assert!(errors[0].message.english().contains("number"));
    assert_eq!(errors[1].message.english(), "The first value must not be larger than the second.");
    assert_eq!(errors[2].message.english(), "Must be later than “Expires after”.");

    let missing_end =
        FilterDraft { discount: RangeDraft { comparison: Comparison::Between, from: "1".into(), to: " ".into() }, ..Default::default() };
    assert_eq!(missing_end.apply(&query("")).unwrap_err()[0].message.english(), "Enter a number.");
    let bad_date = FilterDraft { expires_after: "1.5.2026".into(), ..Default::default() };
    let refused = bad_date.apply(&query("")).unwrap_err();
    assert_eq!((refused[0].field, refused[0].message.english().as_str()), (FilterField::ExpiresAfter, "Enter a date as YYYY-MM-DD."));
}

#[test]
fn changed_filters_go_back_to_page_one_and_unchanged_ones_stay() {
    let on_page_4 = query("active=true&page=4");
    let same = FilterDraft::from_query(&on_page_4);
    assert_eq!(same.apply(&on_page_4).unwrap().page, 4);
    let cleared = FilterDraft::default();
    let next = cleared.apply(&on_page_4).unwrap();
    assert!(next.filters.is_empty());
    assert_eq!(next.page, 1);
}

proptest! {
    /// Whatever the panel accepts, it reads back from the URL it produced.
    #[test]
    fn accepted_drafts_round_trip_through_the_url(
        comparison in 1usize..7,
        from in 0u32..1000,
        width in 0u32..1000,
        external_id in "[ -~]{0,12}",
        active in proptest::option::of(any::<bool>()),
    ) {
        let draft = FilterDraft {
            active,
            discount: RangeDraft {
                comparison: Comparison::ALL[comparison],
                from: from.to_string(),
                to: if Comparison::ALL[comparison] == Comparison::Between { (from + width).to_string() } else { String::new() },
            },
            external_id: external_id.trim().to_owned(),
            ..Default::default()
        };
        let url: Vec<(&str, String)> = draft.apply(&ListQuery::new(25)).unwrap().to_url(25);
        let reread = ListQuery::from_url(url.iter().map(|(k, v)| (*k, v.as_str())), 25);
        prop_assert_eq!(FilterDraft::from_query(&reread), draft);
    }
}
