use super::*;
use proptest::prelude::*;

#[test]
fn documented_examples_parse() {
    // From the PORTOS NData page: DiscountRate=gt:10 and DiscountRate=gt:0;lt:50.
    assert_eq!(parse_filter("gt:10").unwrap(), vec![Operation::new(Operator::Gt, ["10"])]);
    assert_eq!(parse_filter("gt:0;lt:50").unwrap(), vec![Operation::new(Operator::Gt, ["0"]), Operation::new(Operator::Lt, ["50"])]);
    assert_eq!(parse_filters(["gt:0", "lt:50"]).unwrap(), parse_filter("gt:0;lt:50").unwrap());
}

#[test]
fn bare_value_is_equality_and_null_is_an_operator() {
    assert_eq!(parse_filter("ABC-1").unwrap(), vec![Operation::eq("ABC-1")]);
    assert_eq!(parse_filter("true").unwrap(), vec![Operation::eq("true")]);
    assert_eq!(parse_filter("NULL").unwrap(), vec![Operation::new(Operator::Null, Vec::<String>::new())]);
    assert_eq!(parse_filter("notnull").unwrap()[0].operator, Operator::NotNull);
}

#[test]
fn operators_are_case_insensitive_and_in_takes_many() {
    assert_eq!(parse_filter("GTE:5").unwrap(), vec![Operation::new(Operator::Gte, ["5"])]);
    assert_eq!(parse_filter("in:a:b:c").unwrap(), vec![Operation::new(Operator::In, ["a", "b", "c"])]);
}

#[test]
fn escapes_and_unescaped_colons_in_single_arguments() {
    assert_eq!(parse_filter(r"eq:a\;b\:c\\d").unwrap(), vec![Operation::eq(r"a;b:c\d")]);
    assert_eq!(parse_filter(r"a\;b").unwrap(), vec![Operation::eq("a;b")]);
    assert_eq!(parse_filter("gt:2024-05-01T10:00:00Z").unwrap(), vec![Operation::new(Operator::Gt, ["2024-05-01T10:00:00Z"])]);
    assert_eq!(parse_filter(r"in:a\:b:c").unwrap(), vec![Operation::new(Operator::In, ["a:b", "c"])]);
}

#[test]
fn errors_are_typed() {
    assert_eq!(parse_filter(""), Err(NDataError::EmptyOperation));
    assert_eq!(parse_filter("gt:1;;lt:2"), Err(NDataError::EmptyOperation));
    assert_eq!(parse_filter("between:1:2"), Err(NDataError::UnknownOperator("between".into())));
    assert_eq!(parse_filter("null:1"), Err(NDataError::WrongArgumentCount { operator: Operator::Null, found: 1 }));
    assert_eq!(parse_filter(r"eq:abc\"), Err(NDataError::DanglingEscape));
}

#[test]
fn filter_type_parses_and_displays() {
    let filter: Filter = "gt:0;lt:50".parse().unwrap();
    assert_eq!(filter, Filter::new([Operation::new(Operator::Gt, ["0"]), Operation::new(Operator::Lt, ["50"])]));
    assert_eq!(filter.to_string(), "gt:0;lt:50");
    assert!(Filter::default().is_empty());
    assert!("bogus:1".parse::<Filter>().is_err());
}

#[test]
fn encode_uses_explicit_operators_and_escapes() {
    let ops = vec![
        Operation::new(Operator::Gt, ["0"]),
        Operation::new(Operator::In, ["a;b", "c:d"]),
        Operation::new(Operator::Null, Vec::<String>::new()),
    ];
    assert_eq!(encode_filter(&ops), r"gt:0;in:a\;b:c\:d;null");
}

#[test]
fn sort_keys_follow_the_documented_forms() {
    let expected = vec![SortKey::asc("value1"), SortKey::desc("value2")];
    assert_eq!(parse_sort("value1,value2:desc").unwrap(), expected);
    assert_eq!(parse_sort("value1,-value2").unwrap(), expected);
    assert_eq!(parse_sort("value1:ASC, -value2").unwrap(), expected);
    assert_eq!(encode_sort(&expected), "value1,-value2");
    assert_eq!(parse_sort("a,,b"), Err(NDataError::EmptySortKey));
    assert_eq!(parse_sort("-"), Err(NDataError::EmptySortKey));
    assert_eq!(parse_sort("a:up"), Err(NDataError::UnknownSortDirection("up".into())));
}

#[test]
fn dates_are_rfc3339_or_plain_dates() {
    let noon = parse_date_time("2024-05-01T12:00:00+02:00").unwrap();
    assert_eq!(format_date_time(&noon), "2024-05-01T10:00:00Z");
    assert_eq!(format_date_time(&parse_date_time("2024-05-01").unwrap()), "2024-05-01T00:00:00Z");
    assert!(matches!(parse_date_time("01.05.2024"), Err(NDataError::InvalidDateTime(_))));
}

fn operation() -> impl Strategy<Value = Operation> {
    let arg = ".{0,12}";
    prop_oneof![
        (
            prop::sample::select(vec![
                Operator::Eq,
                Operator::Ne,
                Operator::Gt,
                Operator::Gte,
                Operator::Lt,
                Operator::Lte,
                Operator::Like
            ]),
            arg
        )
            .prop_map(|(op, a)| Operation::new(op, [a])),
        prop::collection::vec(arg, 1..4).prop_map(|args| Operation::new(Operator::In, args)),
        prop::sample::select(vec![Operator::Null, Operator::NotNull]).prop_map(|op| Operation::new(op, Vec::<String>::new())),
    ]
}

proptest! {
    #[test]
    fn filter_encode_then_parse_round_trips(ops in prop::collection::vec(operation(), 1..5)) {
        prop_assert_eq!(parse_filter(&encode_filter(&ops)).unwrap(), ops);
    }

    #[test]
    fn sort_encode_then_parse_round_trips(
        keys in prop::collection::vec(("[A-Za-z][A-Za-z0-9.]{0,10}", any::<bool>()), 1..5)
    ) {
        let keys: Vec<SortKey> = keys.into_iter().map(|(p, d)| SortKey { property: p, descending: d }).collect();
        prop_assert_eq!(parse_sort(&encode_sort(&keys)).unwrap(), keys);
    }

    #[test]
    fn parsing_never_panics(value in ".{0,40}") {
        let _ = parse_filter(&value);
        let _ = parse_sort(&value);
        let _ = parse_date_time(&value);
    }
}
