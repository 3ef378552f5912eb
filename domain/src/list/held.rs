//! A view answered from what the app holds, while the server cannot be reached: the customers
//! of the pages seen in this session with the same filters, searched, sorted and paged here.
//! It can only be as complete as what was seen, so its total is not known and the list says
//! the rows are only those seen.

use super::query::ListQuery;
use super::search::matches_every_word;
use crate::customer::Customer;
use std::cmp::Ordering;

/// The rows of `query` among `held` (each customer once, newest first as given), or `None`
/// when no held page had the same filters, or the page asked for is past what is held.
pub fn answer(query: &ListQuery, held: &[(ListQuery, Vec<Customer>)]) -> Option<Vec<Customer>> {
    let mut found: Vec<Customer> = Vec::new();
    let mut any = false;
    for (_, items) in held.iter().filter(|(seen, _)| seen.filters == query.filters) {
        any = true;
        for item in items {
            if !found.iter().any(|c| c.id == item.id) {
                found.push(item.clone());
            }
        }
    }
    if !any {
        return None;
    }
    let words: Vec<String> = query.search.split_whitespace().map(str::to_owned).collect();
    found.retain(|customer| words.is_empty() || matches_every_word(customer, &words));
    let page = sorted_page(query, found);
    (query.page == 1 || !page.is_empty()).then_some(page)
}

/// `found` in `query`'s order, and `query`'s page of it.
fn sorted_page(query: &ListQuery, mut found: Vec<Customer>) -> Vec<Customer> {
    found.sort_by(|a, b| {
        for key in &query.sort {
            let ordering = by(&key.property, a, b);
            let ordering = if key.descending { ordering.reverse() } else { ordering };
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        Ordering::Equal
    });
    let start = usize::try_from(query.skip()).unwrap_or(usize::MAX).min(found.len());
    let end = start.saturating_add(query.page_size as usize).min(found.len());
    found[start..end].to_vec()
}

/// Two customers by one of the list's sortable properties (others leave the order as is).
fn by(property: &str, a: &Customer, b: &Customer) -> Ordering {
    let text = |value: Option<&str>| value.map(crate::fold::fold).unwrap_or_default();
    match property.to_ascii_lowercase().as_str() {
        "fullname" => text(Some(&a.display_name())).cmp(&text(Some(&b.display_name()))),
        "lastname" => text(a.last_name.as_deref()).cmp(&text(b.last_name.as_deref())),
        "firstname" => text(a.first_name.as_deref()).cmp(&text(b.first_name.as_deref())),
        "email" => text(a.email.as_deref()).cmp(&text(b.email.as_deref())),
        "phone" => text(a.phone.as_deref()).cmp(&text(b.phone.as_deref())),
        "discountrate" => a.discount_rate.total_cmp(&b.discount_rate),
        "creditrate" => a.credit_rate.total_cmp(&b.credit_rate),
        "expirationtime" => a.expiration_time.cmp(&b.expiration_time),
        "activationtime" => a.activation_time.cmp(&b.activation_time),
        _ => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ndata::SortKey;

    fn customer(id: &str, first: &str, last: &str, discount: f64) -> Customer {
        Customer {
            id: id.into(),
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            discount_rate: discount,
            ..Customer::default()
        }
    }

    #[test]
    fn a_search_sort_or_page_is_answered_from_the_pages_held_with_the_same_filters() {
        let first = ListQuery::new(2);
        let second = first.with_page(2);
        let held = vec![
            (first.clone(), vec![customer("1", "Jana", "Nováková", 5.0), customer("2", "Peter", "Novák", 10.0)]),
            (second, vec![customer("3", "Eva", "Malá", 0.0), customer("1", "Jana", "Nováková", 5.0)]),
        ];
        let searched = ListQuery { search: "novak".into(), ..ListQuery::new(25) };
        let ids = |rows: Vec<Customer>| rows.into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(answer(&searched, &held).unwrap()), ["1", "2"]);
        let by_discount = ListQuery { sort: vec![SortKey { property: "discountRate".into(), descending: true }], ..ListQuery::new(2) };
        assert_eq!(ids(answer(&by_discount, &held).unwrap()), ["2", "1"]);
        assert_eq!(ids(answer(&by_discount.with_page(2), &held).unwrap()), ["3"]);
        let mut filtered = ListQuery::new(25);
        filtered.set_filter("IsActive", Some("true".into()));
        assert_eq!(answer(&filtered, &held), None, "nothing held with that filter");
        assert_eq!(answer(&ListQuery::new(2).with_page(5), &held), None, "past what is held");
    }
}
