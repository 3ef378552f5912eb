//! Loads the list for the query in the URL: one request per query, the superseded one
//! aborted, pages seen before shown at once from the customers service's cache, and the
//! next page fetched ahead while the browser is idle.

use crate::api::ApiError;
use crate::api::customers::{CustomerPage, Features};
use crate::api::http::InFlight;
use crate::auth::use_auth;
use crate::customers::Customers;
use customer_desk_domain::list::query::ListQuery;
use leptos::prelude::*;

/// A loaded page and the query it answers.
#[derive(Clone)]
pub struct Shown {
    pub query: ListQuery,
    pub page: CustomerPage,
    /// When the page came, if it is shown as last seen because the server cannot be reached.
    pub as_of: Option<f64>,
    /// Shown from the rows of other pages held (the customers seen only).
    pub partial: bool,
}

/// What the list view reads.
#[derive(Clone, Copy)]
pub struct ListLoad {
    /// The last rows that loaded: they stay while the next page loads or if it fails.
    pub shown: ReadSignal<Option<Shown>>,
    pub error: ReadSignal<Option<ApiError>>,
    /// The rows on screen answer an older query (and nothing has failed).
    pub loading: Signal<bool>,
    attempt: WriteSignal<u32>,
}

impl ListLoad {
    pub fn retry(&self) {
        ask_again(self.attempt);
    }
}

/// Asks for the list's page again: Retry, or a rate limit that is over.
fn ask_again(attempt: WriteSignal<u32>) {
    attempt.update(|attempt| *attempt = attempt.wrapping_add(1));
}

pub fn load_list(query: Memo<ListQuery>) -> ListLoad {
    let auth = use_auth();
    let customers = Customers::use_context();
    let features = expect_context::<Features>();
    let in_flight = InFlight::<ListQuery>::default();
    let (shown, set_shown) = signal(None::<Shown>);
    let (error, set_error) = signal(None::<ApiError>);
    let (attempt, set_attempt) = signal(0_u32);

    // A request for a query the user has left is aborted the moment the query changes, also
    // when the new one needs no request (a page seen before).
    Effect::new({
        let in_flight = in_flight.clone();
        move |_| query.with(|query| in_flight.abort_unless(query))
    });

    let answered = move |loaded: Result<Shown, ApiError>| match loaded {
        Ok(loaded) => {
            set_error.set(None);
            set_shown.set(Some(loaded));
        }
        // The session ended: the guard sends the user to sign in and back here.
        Err(ApiError::Unauthenticated { .. }) => auth.end(),
        Err(ApiError::Aborted) => {}
        Err(err) => {
            // Rate limited: try again by itself once the server says it may.
            if let ApiError::RateLimited { retry_after_seconds: Some(seconds) } = err {
                set_timeout(move || ask_again(set_attempt), std::time::Duration::from_secs(u64::from(seconds) + 1));
            }
            set_error.set(Some(err));
        }
    };

    // A plain task per request, not a resource: one less async runtime in the main module.
    // Only the latest request's answer counts; a fresh cached page needs no request.
    let latest = StoredValue::new(0_u32);
    let ask = {
        let in_flight = in_flight.clone();
        move |query: ListQuery| {
            // Offline, even a fresh page is asked for: its answer says since when it is held.
            let fresh =
                customers.peek(&query).filter(|cached| cached.fresh && !crate::api::connectivity::is_offline()).map(|cached| cached.page);
            // Only a request that goes out can be superseded.
            let abort = if fresh.is_none() { in_flight.start(query.clone()) } else { None };
            latest.update_value(|latest| *latest = latest.wrapping_add(1));
            let this = latest.get_value();
            leptos::task::spawn_local(async move {
                let loaded = match fresh {
                    Some(page) => Ok(Shown { query, page, as_of: None, partial: false }),
                    None => customers.list_or_held(&query, abort).await.map(|listed| Shown {
                        query,
                        page: listed.page,
                        as_of: listed.as_of,
                        partial: listed.partial,
                    }),
                };
                if latest.try_get_value() == Some(this) {
                    answered(loaded);
                }
            });
        }
    };
    // The first request goes out now, while the page is still being built (an effect runs
    // only after it is). Then the effect asks again when the query changes, when the
    // service's lists change without a request (a delete held for Undo, an Undo) and on Retry.
    let asked = StoredValue::new((query.get_untracked(), customers.revision_untracked(), attempt.get_untracked()));
    ask(query.get_untracked());
    Effect::new(move |_| {
        let wanted = (query.get(), customers.revision(), attempt.get());
        if asked.with_value(|asked| *asked != wanted) {
            asked.set_value(wanted.clone());
            ask(wanted.0);
        }
    });

    // A page seen before appears at once, even while it is being revalidated.
    Effect::new(move |_| {
        let query = query.get();
        customers.revision();
        if let Some(cached) = customers.peek(&query) {
            set_shown.set(Some(Shown { query, page: cached.page, as_of: None, partial: false }));
        }
    });

    Effect::new(move |_| {
        // Under a rate limit every request counts, and on a metered or slow connection
        // every byte: nothing is fetched ahead (nor while offline).
        let dear = crate::timing::data_is_dear() || crate::timing::link_is_slow();
        if features.rate_limited || dear || crate::api::connectivity::is_offline() {
            return;
        }
        let next = shown.with(|shown| shown.as_ref().and_then(next_page));
        if let Some(next) = next.filter(|next| !customers.has_page(next)) {
            crate::timing::when_idle(move || prefetch(next, query, customers));
        }
    });

    let loading = Signal::derive(move || error.with(Option::is_none) && shown.with(|s| s.as_ref().is_none_or(|s| s.query != query.get())));
    ListLoad { shown, error, loading, attempt: set_attempt }
}

/// Whether a page follows the one shown (without a total: if this one is full).
pub fn has_next_page(shown: &Shown) -> bool {
    let query = &shown.query;
    match shown.page.total {
        Some(total) => query.page < query.last_page(total),
        None => shown.page.items.len() >= query.page_size as usize,
    }
}

/// The total the server gave for `query`'s view (search, filters, sort and page size),
/// whichever of its pages is on screen: while another page loads, or after it failed to,
/// the pager still knows where the view ends.
pub fn total_for(shown: &Shown, query: &ListQuery) -> Option<u64> {
    let same_view = shown.query.with_page(1) == query.with_page(1);
    shown.page.total.filter(|_| same_view)
}

/// Whether a page follows the one in the address: paging goes from where the user asked
/// to be, never from rows left on screen by a page that is still loading or did not load.
pub fn has_page_after(shown: &Shown, query: &ListQuery) -> bool {
    match total_for(shown, query) {
        Some(total) => query.page < query.last_page(total),
        None => shown.query == *query && has_next_page(shown),
    }
}

fn next_page(shown: &Shown) -> Option<ListQuery> {
    has_next_page(shown).then(|| shown.query.with_page(shown.query.page.saturating_add(1)))
}

/// Fetches `next` into the cache unless the user has moved on to another view meanwhile.
fn prefetch(next: ListQuery, current: Memo<ListQuery>, customers: Customers) {
    let still_wanted = current.try_get_untracked().is_some_and(|current| current.with_page(next.page) == next);
    if !still_wanted || customers.has_page(&next) {
        return;
    }
    leptos::task::spawn_local(async move { customers.prefetch(&next).await });
}
