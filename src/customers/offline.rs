//! The customers service without a network: pages and records shown as last seen ("as
//! of"), and edits saved offline held and sent in order once the server answers again.

use super::{Customers, Listed, Waiting, api};
use crate::api::ApiError;
use crate::api::customers::CustomerPage;
use crate::chunk::ChunkNotLoaded;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use web_sys::AbortSignal;

impl Customers {
    /// The page for a view: from the server, or, when it cannot be reached, as last seen
    /// (`as_of`, when it came); a page never seen fails as unreachable.
    pub async fn list_or_held(&self, query: &ListQuery, abort: Option<AbortSignal>) -> Result<Listed, ApiError> {
        match self.list(query, abort).await {
            Ok(page) => Ok(Listed { page, as_of: None, partial: false }),
            Err(ApiError::Unreachable) => {
                self.restored().await;
                let held = self.with(|s| s.cache.held(query).map(|(page, at)| (s.pending.hide(query, page), at)));
                if let Some((page, at)) = held {
                    return Ok(Listed { page, as_of: Some(at), partial: false });
                }
                // Another search, sort or page of a view seen: answered from its rows held.
                let pages = self.with(|s| s.cache.all_held());
                let oldest = pages.iter().filter(|(seen, _, _)| seen.filters == query.filters).map(|(_, _, at)| *at).reduce(f64::min);
                let rows: Vec<(ListQuery, Vec<Customer>)> = pages.into_iter().map(|(seen, page, _)| (seen, page.items)).collect();
                let items = customer_desk_domain::list::held::answer(query, &rows).ok_or(ApiError::Unreachable)?;
                let page = CustomerPage { items, total: None, search_incomplete: false };
                Ok(Listed { page: self.with(|s| s.pending.hide(query, page)), as_of: oldest, partial: true })
            }
            Err(error) => Err(error),
        }
    }

    /// A customer for their page: from the server (and held), or, when it cannot be
    /// reached, as last read or last seen in a list, with when (`Some`).
    pub async fn get_or_held(&self, id: &str) -> Result<(Customer, Option<f64>), ApiError> {
        match self.get(id).await {
            Ok(customer) => {
                self.with(|s| s.records.keep(&customer));
                Ok((customer, None))
            }
            Err(ApiError::Unreachable) => {
                self.restored().await;
                // An edit waiting to be sent shows as made.
                let held = self.with(|s| {
                    let (customer, at) = s.records.get(id).or_else(|| s.cache.held_customer(id))?;
                    Some((s.waiting.edited(id).unwrap_or(customer), at))
                });
                held.filter(|_| !self.is_held(id)).map(|(customer, at)| (customer, Some(at))).ok_or(ApiError::Unreachable)
            }
            Err(error) => Err(error),
        }
    }

    /// Waits (briefly) until a kept session's held pages are read back after a reload.
    async fn restored(&self) {
        for _ in 0..40 {
            if self.shared.try_with_value(|s| s.restored.get()) != Some(false) {
                return;
            }
            crate::timing::sleep(50).await;
        }
    }

    /// Holds an edit made offline (see `form::offline` for which may wait) to be sent when
    /// the server answers again; its customer's page shows it meanwhile.
    pub fn hold_update(&self, customer: Customer, base: Customer) {
        self.with(|s| {
            s.records.keep(&customer);
            s.waiting.hold(customer.clone(), base);
        });
        self.waiting_revision.update(|r| *r += 1);
        // Its JSON, so a kept session keeps it through a reload (see `held`).
        let (this, backend) = (*self, self.features.backend);
        leptos::task::spawn_local(async move {
            if let Ok(body) = api::write_body(backend, &customer).await {
                let _ = this.shared.try_with_value(|s| s.waiting.set_body(&customer, body));
            }
        });
    }

    /// Tracked: the edits waiting to be sent, oldest first.
    pub fn waiting(&self) -> Vec<Waiting> {
        self.waiting_revision.track();
        self.with(|s| s.waiting.list())
    }

    /// Whether edits wait to be sent (false once the session is gone).
    pub fn has_waiting(&self) -> bool {
        self.shared.try_with_value(|s| s.waiting.len() > 0) == Some(true)
    }

    pub fn waiting_count(&self) -> usize {
        self.with(|s| s.waiting.len())
    }

    /// Sends the waiting edits in order (see [`send_in_order`]). Its code, and the writer
    /// behind it, are a chunk of their own: only a device with edits waiting needs them, and
    /// the first screen does not wait for them. `Err` when the chunk could not be fetched.
    pub async fn send_waiting(self) -> Result<SendOutcome, ChunkNotLoaded> {
        let send = crate::chunk::split_call!(waiting_sender())?;
        Ok(send(self).await)
    }

    /// An edit made offline that the server refused when it was sent, for `id`'s form.
    pub fn take_returned(&self, id: &str) -> Option<(Waiting, ApiError)> {
        self.with(|s| s.waiting.take_returned(id))
    }
}

/// What sending the waiting edits came to: the names of those sent, then the one the server
/// refused, with why.
pub type SendOutcome = (Vec<String>, Option<(Waiting, ApiError)>);

type Sender = fn(Customers) -> LocalBoxFuture<'static, SendOutcome>;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(writes, wasm_split_path = ::leptos::wasm_split, fallible))]
fn waiting_sender() -> Result<Sender, ChunkNotLoaded> {
    Ok(|customers| Box::pin(send_in_order(customers)))
}

/// Sends the waiting edits in order. Stops at the first the server cannot be reached for (it
/// stays first); one it refuses is taken out and handed back for the form
/// (`take_returned`), and returned here with why. The names of those sent come first.
async fn send_in_order(customers: Customers) -> SendOutcome {
    let mut sent = Vec::new();
    while let Some(next) = customers.shared.try_with_value(|s| s.waiting.first()).flatten() {
        let result = customers.update(&next.customer).await;
        let id = next.customer.id.clone();
        match result {
            Ok(stored) => {
                customers.with(|s| s.waiting.remove(&id));
                sent.push(stored.display_name());
            }
            Err(ApiError::Unreachable) => break,
            Err(error) => {
                customers.with(|s| {
                    s.waiting.remove(&id);
                    s.waiting.give_back(next.clone(), error.clone());
                });
                let _ = customers.waiting_revision.try_update(|r| *r += 1);
                return (sent, Some((next, error)));
            }
        }
        let _ = customers.waiting_revision.try_update(|r| *r += 1);
    }
    (sent, None)
}
