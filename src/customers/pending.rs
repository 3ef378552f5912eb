//! Deletes held for Undo. A delete is not sent when the user confirms it: the customer is
//! hidden from every list at once, and the request goes out when the Undo time is over, so
//! Undo never has to re-create anything (a re-created PORTOS customer would lose its credit
//! history, and its credit would be booked again as a new movement). Each batch (one
//! customer, or one bulk delete) can be undone on its own.

use crate::api::customers::CustomerPage;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use std::cell::{Cell, RefCell};

/// How long Undo is offered before the delete is sent.
pub const UNDO_SECONDS: u64 = 10;

struct Held {
    batch: u64,
    customer: Customer,
    /// The list views (at their first page) that held the customer when it was deleted:
    /// their totals count it out while it is hidden, on whatever page is shown.
    views: Vec<ListQuery>,
}

#[derive(Default)]
pub struct PendingDeletes {
    held: RefCell<Vec<Held>>,
    next_batch: Cell<u64>,
}

impl PendingDeletes {
    /// Holds `customers` as one batch; its number.
    pub fn hold(&self, customers: Vec<Customer>, views_of: impl Fn(&str) -> Vec<ListQuery>) -> u64 {
        let batch = self.next_batch.get() + 1;
        self.next_batch.set(batch);
        let mut held = self.held.borrow_mut();
        for customer in customers {
            // A customer held twice (deleted again from a stale page) is held once.
            held.retain(|h| h.customer.id != customer.id);
            let views = views_of(&customer.id);
            held.push(Held { batch, customer, views });
        }
        batch
    }

    /// Lets go of a batch (to send it, or because it was undone): its customers.
    pub fn take(&self, batch: u64) -> Vec<Customer> {
        let mut taken = Vec::new();
        self.held.borrow_mut().retain(|h| {
            let this = h.batch == batch;
            if this {
                taken.push(h.customer.clone());
            }
            !this
        });
        taken
    }

    /// Lets go of every batch (to send them all now: the tab is closing, the user signs out).
    pub fn take_all(&self) -> Vec<Customer> {
        self.held.borrow_mut().drain(..).map(|h| h.customer).collect()
    }

    pub fn is_held(&self, id: &str) -> bool {
        self.held.borrow().iter().any(|h| h.customer.id == id)
    }

    /// `page` of `query` as it shows while deletes are held: their rows left out, and the
    /// total without them where the view held them.
    pub fn hide(&self, query: &ListQuery, mut page: CustomerPage) -> CustomerPage {
        let held = self.held.borrow();
        if held.is_empty() {
            return page;
        }
        let view = query.with_page(1);
        let mut gone = 0_u64;
        for h in held.iter() {
            let on_page = page.items.iter().any(|c| c.id == h.customer.id);
            if on_page || h.views.contains(&view) {
                gone += 1;
            }
        }
        page.items.retain(|c| !held.iter().any(|h| h.customer.id == c.id));
        page.total = page.total.map(|total| total.saturating_sub(gone));
        page
    }
}
