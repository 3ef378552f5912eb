//! The one owner of customer reads and writes. Pages and components ask it, never `api`
//! directly, and whatever reads or writes a customer (the list, a customer's page, the
//! form, bulk actions, import, Undo, live catch-up) gets the same rules from here:
//! - the list cache is filled and kept true here ([`ListCache`]): answers to requests that
//!   began before a write or a sign-out are not stored, writes patch or stale it;
//! - writes are known as this tab's own when their hub events come back;
//! - an update is written from a whole record ([`Customers::whole`]): a DealPOS list item
//!   is read again with Detail first, since a PUT replaces the customer;
//! - deletes are held for Undo and sent when its time is over ([`pending`]).

mod held;
mod list_cache;
mod offline;
mod pending;
mod waiting;

pub use held::KEY as HELD_KEY;
pub use list_cache::{Cached, FRESH_MS};
pub use pending::UNDO_SECONDS;
pub use waiting::Waiting;

use crate::api::ApiError;
use crate::api::customers::{self as api, CustomerPage, Features};
use crate::api::http::Endpoint;
use crate::api::pace::paced;
use crate::auth::Auth;
use customer_desk_domain::csv::import::row_matches;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::duplicates::{StrongKey, matching};
use customer_desk_domain::list::bulk::IN_FLIGHT;
use customer_desk_domain::list::query::ListQuery;
use futures::StreamExt;
use leptos::prelude::*;
use list_cache::ListCache;
use pending::PendingDeletes;
use std::rc::Rc;
use std::time::Duration;
use web_sys::AbortSignal;

struct Shared {
    cache: ListCache,
    /// Customers read one by one, for a customer's page while offline.
    records: held::HeldRecords,
    /// What a kept session held before a reload has been read back.
    restored: std::cell::Cell<bool>,
    /// Edits saved offline, waiting to be sent.
    waiting: waiting::WaitingEdits,
    pending: PendingDeletes,
    /// The embedding portal, told of each delete once it is sent (not when it is held).
    portal: Option<crate::embed::ParentChannel>,
}

/// Copyable handle, provided in context by the shell.
#[derive(Clone, Copy)]
pub struct Customers {
    auth: Auth,
    features: Features,
    shared: StoredValue<Rc<Shared>, LocalStorage>,
    /// Moves whenever what the lists show changes without a request (a delete held or
    /// undone, a held delete refused), so list views read their pages again.
    revision: RwSignal<u64>,
    /// Moves whenever the edits waiting to be sent change.
    waiting_revision: RwSignal<u64>,
}

/// A page for a view, and when it came if the server could not be reached (`as_of`).
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub page: CustomerPage,
    pub as_of: Option<f64>,
    /// Answered from the rows of other pages held (another search, sort or page).
    pub partial: bool,
}

/// What the server refused of a batch of deletes, each with why.
pub type Refused = Vec<(Customer, ApiError)>;

impl Customers {
    pub fn provide(auth: Auth, features: Features) -> Self {
        let customers = Self {
            auth,
            features,
            shared: StoredValue::new_local(Rc::new(Shared {
                cache: ListCache::default(),
                records: held::HeldRecords::default(),
                restored: std::cell::Cell::new(false),
                waiting: waiting::WaitingEdits::default(),
                pending: PendingDeletes::default(),
                portal: use_context::<crate::embed::ParentChannel>(),
            })),
            revision: RwSignal::new(0),
            waiting_revision: RwSignal::new(0),
        };
        provide_context(customers);
        // Held deletes go out before the session ends (with its token) and when the tab
        // is hidden or closed (keepalive), so no delete the user confirmed is lost.
        auth.on_leaving(move |endpoint| Box::pin(customers.send_all(endpoint)));
        let default_size = use_context::<customer_desk_domain::config::AppConfig>().map_or(25, |config| config.page_size);
        let flush = move || {
            let endpoint = auth.endpoint().with_keepalive();
            leptos::task::spawn_local(customers.send_all(endpoint));
            // A kept session keeps what it read for a reload without a network.
            if let (true, Some(user)) = (auth.is_kept(), untrack(|| auth.user_name())) {
                customers.with(|s| held::save(&user, default_size, &s.cache, &s.records, &s.waiting));
            }
        };
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush();
            }
        });
        let closing = window_event_listener(leptos::ev::pagehide, move |_| flush());
        on_cleanup(move || {
            hidden.remove();
            closing.remove();
        });
        // The next user must not see this one's pages.
        Effect::new(move |_| {
            if !auth.is_signed_in() {
                customers.with(|s| {
                    s.cache.clear();
                    s.records.clear();
                    s.waiting.clear();
                });
                customers.waiting_revision.try_update(|r| *r += 1);
                held::forget();
            }
        });
        match untrack(|| auth.user_name()).filter(|_| auth.is_kept()) {
            Some(user) => leptos::task::spawn_local(async move {
                let shared = customers.shared.get_value();
                held::restore(&user, features.backend, default_size, &shared.cache, &shared.records, &shared.waiting).await;
                shared.restored.set(true);
                let _ = customers.waiting_revision.try_update(|r| *r += 1);
            }),
            None => customers.with(|s| s.restored.set(true)),
        }
        customers
    }

    pub fn use_context() -> Self {
        expect_context::<Self>()
    }

    fn with<R>(&self, read: impl FnOnce(&Shared) -> R) -> R {
        self.shared.with_value(|shared| read(shared))
    }

    fn endpoint(&self) -> Endpoint {
        self.auth.endpoint()
    }

    /// Tracked: moves when lists must be read again from the cache.
    pub fn revision(&self) -> u64 {
        self.revision.get()
    }

    /// The revision, without subscribing.
    pub fn revision_untracked(&self) -> u64 {
        self.revision.get_untracked()
    }

    fn bump(&self) {
        let _ = self.revision.try_update(|r| *r += 1);
    }

    // ---- reads ----

    /// A page seen before, as the list shows it now (held deletes left out).
    pub fn peek(&self, query: &ListQuery) -> Option<Cached> {
        self.with(|s| s.cache.get(query).map(|cached| Cached { page: s.pending.hide(query, cached.page), ..cached }))
    }

    pub fn has_page(&self, query: &ListQuery) -> bool {
        self.with(|s| s.cache.contains(query))
    }

    /// The page from the server, stored unless something was written since it was asked.
    pub async fn list(&self, query: &ListQuery, abort: Option<AbortSignal>) -> Result<CustomerPage, ApiError> {
        let ticket = self.with(|s| s.cache.ticket());
        let page = api::list(&self.endpoint().with_abort(abort), query).await?;
        self.with(|s| {
            s.cache.put(ticket, query, &page);
            Ok(s.pending.hide(query, page))
        })
    }

    /// Pages nobody is shown (an export's, "Select all"'s, of hundreds of rows each): from the
    /// server every time and never kept, so they do not push the list's pages out of the
    /// cache. Held deletes are left out as everywhere.
    pub async fn read_through(&self, query: &ListQuery, abort: Option<AbortSignal>) -> Result<CustomerPage, ApiError> {
        let page = api::list(&self.endpoint().with_abort(abort), query).await?;
        Ok(self.with(|s| s.pending.hide(query, page)))
    }

    /// Fetches `query` into the cache (a failure costs nothing: it loads when asked for).
    pub async fn prefetch(&self, query: &ListQuery) {
        let _ = self.list(query, None).await;
    }

    pub async fn get(&self, id: &str) -> Result<Customer, ApiError> {
        api::get(&self.endpoint(), id).await
    }

    /// Existing customers that share a strong key with `new` (about to be created), each
    /// once, with the keys it shares.
    pub async fn possible_duplicates(&self, new: &Customer) -> Result<Vec<(Customer, Vec<StrongKey>)>, ApiError> {
        let found = api::possible_duplicates(&self.endpoint(), std::slice::from_ref(new), false).await?;
        Ok(matching(new, &found))
    }

    /// For each of an import's rows (as each would be created), the existing customers it
    /// shares a strong key with and would not update; asked for all of them together, and
    /// under a rate limit patiently.
    pub async fn existing_matches(&self, rows: &[Customer]) -> Result<Vec<Vec<(Customer, Vec<StrongKey>)>>, ApiError> {
        let found = api::possible_duplicates(&self.endpoint(), rows, true).await?;
        Ok(rows.iter().map(|row| row_matches(row, &found)).collect())
    }

    /// The customers who hold the card `serial`.
    pub async fn by_card(&self, serial: &str) -> Result<Vec<Customer>, ApiError> {
        api::by_card(&self.endpoint(), serial).await
    }

    /// The customers with these External IDs, each whole.
    pub async fn by_external_ids(&self, ids: &[String]) -> Result<Vec<Customer>, ApiError> {
        api::by_external_ids(&self.endpoint(), ids).await
    }

    /// `customer` as a whole record, fit to write back: a PORTOS list item is one (its list
    /// answers whole customers); a DealPOS list item carries only some keys, so its Detail
    /// is read.
    pub async fn whole(&self, customer: &Customer) -> Result<Customer, ApiError> {
        if self.features.partial_list_items { paced(|| async { self.get(&customer.id).await }).await } else { Ok(customer.clone()) }
    }

    // ---- writes ----

    pub async fn create(&self, customer: &Customer) -> Result<Customer, ApiError> {
        let stored = {
            let _in_flight = crate::api::live::write_in_flight(None);
            api::create(&self.endpoint(), customer).await?
        };
        crate::api::live::remember_own_write(&stored.id, Some(stored.version));
        self.with(|s| s.cache.stale());
        Ok(stored)
    }

    /// Saves a whole record (see [`Customers::whole`]) with the `_v` it was read with.
    pub async fn update(&self, customer: &Customer) -> Result<Customer, ApiError> {
        let stored = {
            let _in_flight = crate::api::live::write_in_flight(Some(&customer.id));
            api::update(&self.endpoint(), customer).await?
        };
        crate::api::live::remember_own_write(&stored.id, Some(stored.version));
        self.with(|s| {
            s.cache.saved(&stored);
            s.records.keep(&stored);
        });
        Ok(stored)
    }

    /// Someone else changed customers: every page is asked again before it is trusted.
    pub fn changed_elsewhere(&self) {
        self.with(|s| s.cache.stale());
    }

    /// Deletes `customers` once the Undo time is over; until then they are hidden from
    /// every list. Returns the batch for [`Customers::undo_delete`]; `on_refused` hears
    /// of those the server refused (they show again).
    pub fn delete_later(&self, customers: Vec<Customer>, on_refused: impl Fn(Refused) + 'static) -> u64 {
        let batch = self.with(|s| s.pending.hold(customers, |id| s.cache.views_holding(id)));
        self.bump();
        let this = *self;
        set_timeout(
            move || {
                let held = this.shared.try_with_value(|s| s.pending.take(batch)).unwrap_or_default();
                if held.is_empty() {
                    return;
                }
                leptos::task::spawn_local(async move {
                    let refused = this.send(this.endpoint(), held).await;
                    if !refused.is_empty() {
                        on_refused(refused);
                    }
                });
            },
            Duration::from_secs(UNDO_SECONDS),
        );
        batch
    }

    /// Takes a held batch back: nothing was sent, its customers show again. How many.
    pub fn undo_delete(&self, batch: u64) -> usize {
        let back = self.with(|s| s.pending.take(batch)).len();
        self.bump();
        back
    }

    pub fn is_held(&self, id: &str) -> bool {
        self.with(|s| s.pending.is_held(id))
    }

    /// Sends every held delete now, through `endpoint`.
    async fn send_all(self, endpoint: Endpoint) {
        let Some(held) = self.shared.try_with_value(|s| s.pending.take_all()) else { return };
        if !held.is_empty() {
            self.send(endpoint, held).await;
        }
    }

    /// Deletes `held`, a few at a time (one at a time under a rate limit); what the server
    /// refused shows again.
    async fn send(self, endpoint: Endpoint, held: Vec<Customer>) -> Refused {
        let in_flight = if self.features.rate_limited { 1 } else { IN_FLIGHT };
        let results: Vec<(Customer, Result<(), ApiError>)> = futures::stream::iter(held)
            .map(|customer| {
                let endpoint = endpoint.clone();
                async move {
                    let result = {
                        let _in_flight = crate::api::live::write_in_flight(Some(&customer.id));
                        paced(|| async { api::delete(&endpoint, &customer).await }).await
                    };
                    (customer, result)
                }
            })
            .buffer_unordered(in_flight)
            .collect()
            .await;
        let mut refused = Vec::new();
        let _ = self.shared.try_with_value(|s| {
            for (customer, result) in results {
                match result {
                    Ok(()) | Err(ApiError::NotFound { .. }) => {
                        crate::api::live::remember_own_write(&customer.id, None);
                        s.cache.deleted(&customer.id);
                        s.records.forget(&customer.id);
                        if let Some(portal) = &s.portal {
                            portal.notify(crate::embed::DELETED, Some(&customer.id));
                        }
                    }
                    Err(error) => refused.push((customer, error)),
                }
            }
        });
        self.bump();
        refused
    }
}
