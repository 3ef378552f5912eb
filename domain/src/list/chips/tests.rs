use super::*;

const ALL_KINDS: &str =
    "active=false&expired=true&discount=gte:5;lte:50&credit=gt:2&expires=gte:2026-01-01;lt:2027-01-01&externalId=in:a:b&card=notnull";

fn query(url: &str) -> ListQuery {
    let pairs: Vec<(&str, &str)> = url.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap()).collect();
    ListQuery::from_url(pairs, 25)
}

#[test]
fn chips_name_each_filter_readably() {
    let labels: Vec<String> = filter_chips(&query(ALL_KINDS), Locale::En).into_iter().map(|chip| chip.label).collect();
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
    assert_eq!(filter_chips(&query("discount=gt:1"), Locale::En)[0].parameter, "DiscountRate");
    assert_eq!(filter_chips(&query("externalId=eq:A&card=like:40"), Locale::En)[0].label, "External ID = A");
    assert_eq!(filter_chips(&query("card=like:40"), Locale::Id)[0].label, "Nomor seri kartu berisi 40");
}

#[test]
fn chips_are_labelled_in_the_language_asked_for() {
    let chips = filter_chips(&query(ALL_KINDS), Locale::Sk);
    assert_eq!(chips[0].label, "Neaktívni");
    assert_eq!(chips[4].label, "Koniec platnosti od 2026-01-01 a pred 2027-01-01");
    let dealpos = ListQuery::from_url_for(crate::config::Backend::Dealpos, [("outlet", "Košice"), ("joinedFrom", "2020-01-01")], 25);
    let labels: Vec<String> = filter_chips(&dealpos, Locale::En).into_iter().map(|chip| chip.label).collect();
    assert_eq!(labels, ["Outlet: Košice", "Joined from 2020-01-01"]);
    let labels: Vec<String> = filter_chips(&dealpos, Locale::Id).into_iter().map(|chip| chip.label).collect();
    assert_eq!(labels, ["Outlet: Košice", "Bergabung sejak 2020-01-01"]);
}
