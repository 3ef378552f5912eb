//! Pages of the customer list already seen, so paging back, Back and returning from a
//! customer show rows at once. A page younger than [`FRESH_MS`] is used without asking the
//! server; an older one is shown at once and revalidated. Every write marks all pages
//! stale (a change can move a customer between pages), after patching what it can.
//!
//! Coherent by construction: an answer is stored only if nothing was written and the
//! session did not end since its request started ([`ListCache::ticket`]), so a request
//! started before a save, a delete or a sign-out can never put back rows from before it.

use crate::api::customers::CustomerPage;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// How long a page is trusted without asking the server again.
pub const FRESH_MS: f64 = 30_000.0;
/// Pages kept; the oldest seen is dropped first. Small, so paging through hundreds of pages
/// keeps memory flat (Back over the last few pages is what the cache is for).
const CAPACITY: usize = 8;

/// A page from the cache, and whether it may be shown without revalidating.
#[derive(Clone, Debug, PartialEq)]
pub struct Cached {
    pub page: CustomerPage,
    pub fresh: bool,
}

struct Entry {
    query: ListQuery,
    page: CustomerPage,
    /// `Date.now()` when it loaded; 0 once a write made it stale.
    loaded_at: f64,
    /// `Date.now()` when the server sent it, kept through patches: what "as of" says offline.
    seen_at: f64,
}

/// The moment a request started, in the cache's count of writes and sign-outs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket(u64);

#[derive(Default)]
struct State {
    entries: RefCell<VecDeque<Entry>>,
    /// Bumped by every write, every change heard from others and every sign-out.
    epoch: Cell<u64>,
}

/// Shared by every list view of the session; owned by the customers service.
#[derive(Clone, Default)]
pub struct ListCache(Rc<State>);

impl ListCache {
    /// Taken when a request starts; [`ListCache::put`] stores its answer only if nothing
    /// happened since.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.0.epoch.get())
    }

    pub fn get(&self, query: &ListQuery) -> Option<Cached> {
        let now = js_sys::Date::now();
        let entries = self.0.entries.borrow();
        let entry = entries.iter().find(|entry| &entry.query == query)?;
        Some(Cached { page: entry.page.clone(), fresh: now - entry.loaded_at < FRESH_MS })
    }

    pub fn contains(&self, query: &ListQuery) -> bool {
        self.0.entries.borrow().iter().any(|entry| &entry.query == query)
    }

    /// The views (queries at their first page) whose pages hold `id`.
    pub fn views_holding(&self, id: &str) -> Vec<ListQuery> {
        let entries = self.0.entries.borrow();
        let mut views: Vec<ListQuery> = Vec::new();
        for entry in entries.iter().filter(|entry| entry.page.items.iter().any(|c| c.id == id)) {
            let view = entry.query.with_page(1);
            if !views.contains(&view) {
                views.push(view);
            }
        }
        views
    }

    /// Stores an answer, unless something was written or the session ended since `ticket`.
    pub fn put(&self, ticket: Ticket, query: &ListQuery, page: &CustomerPage) -> bool {
        if ticket != self.ticket() {
            return false;
        }
        let mut entries = self.0.entries.borrow_mut();
        entries.retain(|entry| &entry.query != query);
        if entries.len() >= CAPACITY {
            entries.pop_front();
        }
        let now = js_sys::Date::now();
        entries.push_back(Entry { query: query.clone(), page: page.clone(), loaded_at: now, seen_at: now });
        true
    }

    /// The page held for `query`, however old, and when the server sent it: shown while
    /// the server cannot be reached.
    pub fn held(&self, query: &ListQuery) -> Option<(CustomerPage, f64)> {
        let entries = self.0.entries.borrow();
        entries.iter().find(|entry| &entry.query == query).map(|entry| (entry.page.clone(), entry.seen_at))
    }

    /// The customer `id` as the newest held page shows it, and when that page came.
    pub fn held_customer(&self, id: &str) -> Option<(Customer, f64)> {
        let entries = self.0.entries.borrow();
        entries.iter().rev().find_map(|entry| entry.page.items.iter().find(|c| c.id == id).map(|c| (c.clone(), entry.seen_at)))
    }

    /// Every page held, oldest first, with its query and when it came (to keep them for a
    /// reload, see `held`).
    pub fn all_held(&self) -> Vec<(ListQuery, CustomerPage, f64)> {
        self.0.entries.borrow().iter().map(|entry| (entry.query.clone(), entry.page.clone(), entry.seen_at)).collect()
    }

    /// Puts back pages kept from before a reload, each as stale (asked again when online).
    pub fn restore(&self, pages: Vec<(ListQuery, CustomerPage, f64)>) {
        let mut entries = self.0.entries.borrow_mut();
        for (query, page, seen_at) in pages {
            if entries.len() >= CAPACITY {
                break;
            }
            if !entries.iter().any(|entry| entry.query == query) {
                entries.push_back(Entry { query, page, loaded_at: 0.0, seen_at });
            }
        }
    }

    /// A customer was saved: pages that show it show the new version until revalidated.
    pub fn saved(&self, customer: &Customer) {
        self.patch(|page| {
            for item in page.items.iter_mut().filter(|item| item.id == customer.id) {
                *item = customer.clone();
            }
        });
    }

    /// A customer was deleted: it disappears from every page at once.
    pub fn deleted(&self, id: &str) {
        self.patch(|page| {
            let before = page.items.len();
            page.items.retain(|item| item.id != id);
            if let Some(total) = page.total.as_mut() {
                *total = total.saturating_sub((before - page.items.len()) as u64);
            }
        });
    }

    /// Something changed somewhere (a create, someone else's write): every page is asked
    /// again before it is trusted.
    pub fn stale(&self) {
        self.patch(|_| {});
    }

    /// The session ended: the next user must not see this one's pages, nor any answer to a
    /// request this one started.
    pub fn clear(&self) {
        self.0.entries.borrow_mut().clear();
        self.0.epoch.set(self.0.epoch.get() + 1);
    }

    fn patch(&self, change: impl Fn(&mut CustomerPage)) {
        for entry in self.0.entries.borrow_mut().iter_mut() {
            change(&mut entry.page);
            entry.loaded_at = 0.0;
        }
        self.0.epoch.set(self.0.epoch.get() + 1);
    }
}
