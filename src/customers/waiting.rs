//! Edits saved while offline, waiting to be sent: each the whole record as edited, with the
//! `_v` it was read with, and that record as read (for the conflict view). They belong to
//! the session that made them and go in order once the server answers again; one the
//! server refuses (someone changed the customer meanwhile, say) is handed back to the form,
//! which shows the usual conflict view, so nothing is silently overwritten or dropped.

use customer_desk_domain::customer::Customer;
use std::cell::RefCell;

#[derive(Clone, Debug)]
pub struct Waiting {
    /// The record to send: as read, with the user's changes and the `_v` read.
    pub customer: Customer,
    /// The record as read before the first of these changes.
    pub base: Customer,
    /// `customer` as the vendor's JSON, kept for a reload (filled shortly after it is held).
    pub body: Option<serde_json::Value>,
}

#[derive(Default)]
pub struct WaitingEdits {
    queue: RefCell<Vec<Waiting>>,
    /// Edits the server refused when sent, for the form to show, by customer id.
    returned: RefCell<Vec<(Waiting, crate::api::ApiError)>>,
}

impl WaitingEdits {
    /// Holds an edit; a later edit of the same customer replaces the earlier one (it was
    /// made on top of it) and keeps its place and the record first read.
    pub fn hold(&self, customer: Customer, base: Customer) {
        let mut queue = self.queue.borrow_mut();
        match queue.iter_mut().find(|waiting| waiting.customer.id == customer.id) {
            Some(earlier) => {
                earlier.customer = customer;
                earlier.body = None;
            }
            None => queue.push(Waiting { customer, base, body: None }),
        }
    }

    /// The JSON of `customer`'s waiting edit, if it is still the one waiting.
    pub fn set_body(&self, customer: &Customer, body: serde_json::Value) {
        if let Some(waiting) = self.queue.borrow_mut().iter_mut().find(|waiting| waiting.customer == *customer) {
            waiting.body = Some(body);
        }
    }

    pub fn list(&self) -> Vec<Waiting> {
        self.queue.borrow().clone()
    }

    pub fn len(&self) -> usize {
        self.queue.borrow().len()
    }

    /// The customer `id` as its waiting edit has it.
    pub fn edited(&self, id: &str) -> Option<Customer> {
        self.queue.borrow().iter().find(|waiting| waiting.customer.id == id).map(|waiting| waiting.customer.clone())
    }

    pub fn first(&self) -> Option<Waiting> {
        self.queue.borrow().first().cloned()
    }

    /// Takes `id`'s edit out of the queue (sent, or handed to the form).
    pub fn remove(&self, id: &str) -> Option<Waiting> {
        let mut queue = self.queue.borrow_mut();
        let index = queue.iter().position(|waiting| waiting.customer.id == id)?;
        Some(queue.remove(index))
    }

    pub fn give_back(&self, waiting: Waiting, error: crate::api::ApiError) {
        let mut returned = self.returned.borrow_mut();
        returned.retain(|(earlier, _)| earlier.customer.id != waiting.customer.id);
        returned.push((waiting, error));
    }

    pub fn take_returned(&self, id: &str) -> Option<(Waiting, crate::api::ApiError)> {
        let mut returned = self.returned.borrow_mut();
        let index = returned.iter().position(|(waiting, _)| waiting.customer.id == id)?;
        Some(returned.remove(index))
    }

    pub fn clear(&self) {
        self.queue.borrow_mut().clear();
        self.returned.borrow_mut().clear();
    }
}
