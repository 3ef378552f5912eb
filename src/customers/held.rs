//! What was last read, for when the server cannot be reached: the list's pages (the cache
//! keeps when each came) and the customers read one by one, each with when it was read, so
//! the list and a customer's page show what they last saw, marked "As of …, offline".
//!
//! Edits saved offline and still waiting to be sent are kept the same way.
//!
//! In memory; and, while the session is kept ("Keep me signed in" keeps the token in this
//! tab's sessionStorage), in sessionStorage too, written as the page is hidden or left, so a
//! reload without a network still has it. It goes with the session (sign-out, idle sign-out,
//! a session the server ended): an offline kiosk never shows a customer to the next person.
//! Never in IndexedDB or Cache Storage.

use super::list_cache::ListCache;
use super::waiting::WaitingEdits;
use crate::api::customers::{CustomerPage, read_records};
use crate::storage::{self, Area};
use customer_desk_domain::config::Backend;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::VecDeque;

pub const KEY: &str = "customer-desk.held";
/// Customers held; the oldest read is dropped first.
const RECORDS: usize = 50;

/// The customers read one by one, newest last.
#[derive(Default)]
pub struct HeldRecords(RefCell<VecDeque<(Customer, f64)>>);

impl HeldRecords {
    pub fn keep(&self, customer: &Customer) {
        self.keep_as_of(customer.clone(), js_sys::Date::now());
    }

    fn keep_as_of(&self, customer: Customer, at: f64) {
        let mut records = self.0.borrow_mut();
        records.retain(|(held, _)| held.id != customer.id);
        if records.len() >= RECORDS {
            records.pop_front();
        }
        records.push_back((customer, at));
    }

    pub fn get(&self, id: &str) -> Option<(Customer, f64)> {
        self.0.borrow().iter().find(|(held, _)| held.id == id).cloned()
    }

    pub fn forget(&self, id: &str) {
        self.0.borrow_mut().retain(|(held, _)| held.id != id);
    }

    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }
}

/// As kept in sessionStorage: each record as the server sent it, read again on restore.
#[derive(Serialize, Deserialize)]
struct Kept {
    user: String,
    pages: Vec<KeptPage>,
    records: Vec<KeptRecord>,
    #[serde(default)]
    waiting: Vec<KeptEdit>,
}

#[derive(Serialize, Deserialize)]
struct KeptEdit {
    /// The record to send, as the vendor's JSON.
    body: Value,
    /// The record as read before the edit.
    base: Value,
}

#[derive(Serialize, Deserialize)]
struct KeptPage {
    query: Vec<(String, String)>,
    items: Vec<Value>,
    total: Option<u64>,
    at: f64,
}

#[derive(Serialize, Deserialize)]
struct KeptRecord {
    record: Value,
    at: f64,
}

fn raw(customers: &[Customer]) -> Vec<Value> {
    customers.iter().filter_map(|customer| customer.source.record().cloned()).collect()
}

/// Writes what is held, for `user`'s kept session.
pub fn save(user: &str, default_size: u32, cache: &ListCache, records: &HeldRecords, waiting: &WaitingEdits) {
    let pages = cache
        .all_held()
        .into_iter()
        .map(|(query, page, at)| KeptPage {
            query: query.to_url(default_size).into_iter().map(|(key, value)| (key.to_owned(), value)).collect(),
            items: raw(&page.items),
            total: page.total,
            at,
        })
        .collect();
    let records = records
        .0
        .borrow()
        .iter()
        .filter_map(|(customer, at)| Some(KeptRecord { record: customer.source.record()?.clone(), at: *at }))
        .collect();
    let waiting = waiting
        .list()
        .into_iter()
        .filter_map(|edit| Some(KeptEdit { body: edit.body?, base: edit.base.source.record()?.clone() }))
        .collect();
    let kept = Kept { user: user.to_owned(), pages, records, waiting };
    if kept.pages.is_empty() && kept.records.is_empty() && kept.waiting.is_empty() {
        forget();
    } else {
        storage::write_json(Area::Session, KEY, &kept);
    }
}

pub fn forget() {
    storage::remove(Area::Session, KEY);
}

/// Reads back what `user`'s kept session held before a reload into `cache` and `records`
/// (nothing if another user's: that is never shown).
pub async fn restore(user: &str, backend: Backend, default_size: u32, cache: &ListCache, records: &HeldRecords, waiting: &WaitingEdits) {
    let Some(kept) = storage::read_json::<Kept>(Area::Session, KEY) else { return };
    if kept.user != user {
        forget();
        return;
    }
    let mut pages = Vec::new();
    for page in kept.pages {
        let Ok(items) = read_records(backend, page.items).await else { continue };
        let query = ListQuery::from_url_for(backend, page.query.iter().map(|(k, v)| (k.as_str(), v.as_str())), default_size);
        pages.push((query, CustomerPage { items, total: page.total, search_incomplete: false }, page.at));
    }
    cache.restore(pages);
    for record in kept.records {
        if let Ok(mut read) = read_records(backend, vec![record.record]).await
            && let Some(customer) = read.pop()
        {
            records.keep_as_of(customer, record.at);
        }
    }
    for edit in kept.waiting {
        if let (Ok(mut customer), Ok(mut base)) =
            (read_records(backend, vec![edit.body.clone()]).await, read_records(backend, vec![edit.base]).await)
            && let (Some(customer), Some(base)) = (customer.pop(), base.pop())
        {
            waiting.hold(customer.clone(), base);
            waiting.set_body(&customer, edit.body);
        }
    }
}
