use super::*;

fn query(url: &str) -> ListQuery {
    let pairs: Vec<(&str, &str)> = url.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap()).collect();
    ListQuery::from_url(pairs, 25)
}

#[test]
fn chips_name_each_filter_readably() {
    let labels: Vec<String> = filter_chips(&query(
        "active=false&expired=true&discount=gte:5;lte:50&credit=gt:2&expires=gte:2026-01-01;lt:2027-01-01&externalId=in:a:b&card=notnull",
    ))
    .into_iter()
    .map(|chip| chip.label)
    .collect();
    assert_eq!(
        labels,
        vec![
            "Inactive",
            "Expired",
            "Discount rate 5–50",
            "Credit rate > 2",
            "Expires on or after 2026-01-01 and before 2027-01-01",
            "External ID is one of a, b",
            "Card serial number is set",
        ]
    );
    assert_eq!(filter_chips(&query("discount=gt:1"))[0].parameter, "DiscountRate");
}
