//! The list query as DealPOS asks for it: the search is `Name`, the filters are `Outlet`,
//! `From` and `To`, and pages are numbered. DealPOS cannot sort and gives no total.

use super::parse_date;
use super::wire::{DealposCustomer, DealposListRequest};
use crate::customer::Customer;
use crate::list::query::ListQuery;

impl DealposCustomer {
    /// The customer as the app shows it, read from a DealPOS answer.
    pub fn to_customer(&self) -> Customer {
        let mut customer = self.clone().into_new_customer();
        customer.id = self.id.clone().unwrap_or_default();
        customer
    }
}

impl DealposListRequest {
    pub fn from_query(query: &ListQuery) -> Self {
        let filter = |parameter: &str| query.filter(parameter).map(str::to_owned);
        Self {
            page_number: Some(u32::try_from(query.page).unwrap_or(u32::MAX)),
            page_size: Some(query.page_size),
            name: Some(query.search.clone()).filter(|s| !s.is_empty()),
            outlet: filter("Outlet"),
            from: filter("From").as_deref().and_then(parse_date),
            to: filter("To").as_deref().and_then(parse_date),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Backend;

    #[test]
    fn a_listed_customer_keeps_its_id_and_dealpos_data() {
        let raw = r#"{"ID":"d-1","Name":"Budi Santoso","FirstName":"Budi","LastName":"Santoso","Code":"C-9",
            "Email":null,"Mobile":"0812","Phone":null,"Address":null,"Gender":true,"BirthDate":null,
            "JoinDate":"2021-03-04T00:00:00","Group":"Gold","ExpiredGroup":null,"LoyaltyPoint":120,
            "Status":"Suspended","ReferredBy":null,"ImageURL":null,"SignUpOutlet":"Surabaya"}"#;
        let customer = serde_json::from_str::<DealposCustomer>(raw).unwrap().to_customer();
        assert_eq!(customer.gender, Some(crate::customer::Gender::Female), "true is female");
        assert_eq!((customer.id.as_str(), customer.full_name.as_str()), ("d-1", "Budi Santoso"));
        assert_eq!((customer.external_id.as_deref(), customer.phone.as_deref()), (Some("C-9"), Some("0812")));
        assert!(!customer.is_active);
        let data = customer.membership.unwrap();
        assert_eq!((data.group.as_deref(), data.loyalty_point, data.sign_up_outlet.as_deref()), (Some("Gold"), 120.0, Some("Surabaya")));
        assert_eq!(data.join_date.unwrap().to_string(), "2021-03-04");
    }

    #[test]
    fn the_list_url_becomes_the_documented_get_customer_parameters() {
        let url = [
            ("search", "nov"),
            ("outlet", "Košice"),
            ("joinedFrom", "2020-01-01"),
            ("joinedTo", "2020-12-31"),
            ("page", "3"),
            ("size", "50"),
        ];
        let query = ListQuery::from_url_for(Backend::Dealpos, url, 25);
        assert_eq!(
            DealposListRequest::from_query(&query).query_pairs(),
            vec![
                ("Name", "nov".to_owned()),
                ("Outlet", "Košice".to_owned()),
                ("From", "2020-01-01".to_owned()),
                ("To", "2020-12-31".to_owned()),
                ("PageNumber", "3".to_owned()),
                ("PageSize", "50".to_owned()),
            ]
        );
        let first = DealposListRequest::from_query(&ListQuery::new(25)).query_pairs();
        assert_eq!(first, vec![("PageNumber", "1".to_owned()), ("PageSize", "25".to_owned())]);
    }
}
