//! The customers selected in the list for bulk work. The selection keeps each customer as
//! read (its record and `_v`), so a bulk update sends that customer's own object back; it
//! lasts across paging, sorting and Back, and up to [`CAP`] customers.

use crate::customer::Customer;
use crate::list::query::ListQuery;

/// At most this many customers can be selected at once (a stated cap; the API lists at
/// most [`PAGE`] per request, so "Select all matching" asks several times for more).
pub const CAP: usize = 5_000;

/// Customers per request when selecting everything that matches.
pub const PAGE: u32 = 1_000;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    customers: Vec<Customer>,
}

impl Selection {
    pub fn len(&self) -> usize {
        self.customers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.customers.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.customers.iter().any(|customer| customer.id == id)
    }

    /// The selected customers, in the order they were selected.
    pub fn customers(&self) -> &[Customer] {
        &self.customers
    }

    /// Selects the customer, or unselects it when it is selected.
    pub fn toggle(&mut self, customer: &Customer) {
        if self.contains(&customer.id) {
            self.unselect(&customer.id);
        } else {
            self.select([customer.clone()]);
        }
    }

    /// Adds those not selected yet, up to [`CAP`]; returns how many did not fit.
    pub fn select(&mut self, customers: impl IntoIterator<Item = Customer>) -> usize {
        let mut left_out = 0;
        for customer in customers {
            if self.contains(&customer.id) {
                continue;
            }
            if self.customers.len() >= CAP {
                left_out += 1;
            } else {
                self.customers.push(customer);
            }
        }
        left_out
    }

    pub fn unselect(&mut self, id: &str) {
        self.customers.retain(|customer| customer.id != id);
    }

    /// Whether every customer of `page` is selected (a page with none is not).
    pub fn has_all(&self, page: &[Customer]) -> bool {
        !page.is_empty() && page.iter().all(|customer| self.contains(&customer.id))
    }

    /// Selects `page` whole, or unselects it when it is already wholly selected.
    pub fn toggle_page(&mut self, page: &[Customer]) -> usize {
        if self.has_all(page) {
            for customer in page {
                self.unselect(&customer.id);
            }
            0
        } else {
            self.select(page.iter().cloned())
        }
    }

    /// A selected customer as it is now stored (after a save, with its new `_v`).
    pub fn refresh(&mut self, customer: &Customer) {
        if let Some(selected) = self.customers.iter_mut().find(|selected| selected.id == customer.id) {
            *selected = customer.clone();
        }
    }

    pub fn clear(&mut self) {
        self.customers.clear();
    }
}

/// Page `page` (1-based) of everything `query` matches, [`PAGE`] at a time.
pub fn matching_page(query: &ListQuery, page: u64) -> ListQuery {
    ListQuery { page: page.max(1), page_size: PAGE, ..query.clone() }
}

/// How many of `total` matching customers "Select all" can take: all, up to the cap.
pub fn selectable(total: u64) -> u64 {
    total.min(CAP as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: &str) -> Customer {
        Customer { id: id.to_owned(), last_name: Some(id.to_owned()), ..Customer::default() }
    }

    #[test]
    fn toggling_rows_and_pages() {
        let page = [customer("a"), customer("b")];
        let mut selection = Selection::default();
        selection.toggle(&page[0]);
        assert!(selection.contains("a") && !selection.has_all(&page));
        selection.toggle_page(&page);
        assert_eq!(selection.len(), 2);
        assert!(selection.has_all(&page));
        selection.toggle_page(&page);
        assert!(selection.is_empty());
        assert!(!selection.has_all(&[]), "an empty page is never all selected");
    }

    #[test]
    fn the_cap_holds_and_says_how_many_did_not_fit() {
        let mut selection = Selection::default();
        let left_out = selection.select((0..CAP + 7).map(|n| customer(&n.to_string())));
        assert_eq!((selection.len(), left_out), (CAP, 7));
        assert_eq!(selection.select([customer("0")]), 0, "an already selected one is no extra");
        assert_eq!((selectable(12_000), selectable(300)), (CAP as u64, 300));
    }

    #[test]
    fn a_refreshed_customer_replaces_the_one_read_before() {
        let mut selection = Selection::default();
        selection.select([customer("a")]);
        let saved = Customer { version: 9, ..customer("a") };
        selection.refresh(&saved);
        assert_eq!(selection.customers()[0].version, 9);
        let query = ListQuery::new(25);
        assert_eq!((matching_page(&query, 3).page, matching_page(&query, 3).page_size), (3, 1000));
    }
}
