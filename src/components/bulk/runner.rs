//! Runs one bulk action over many customers: a few requests in flight, never hundreds;
//! one customer's conflict or error does not stop the others; Cancel stops before the next
//! request; a rate limit (DealPOS) sets the pace.

use crate::api::ApiError;
use crate::api::pace::paced;
use crate::api::customers::{self, Features};
use crate::auth::Auth;
use customer_desk_domain::bulk::{BulkAction, IN_FLIGHT, Tally};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::i18n::Text;
use futures::StreamExt;
use std::cell::Cell;
use std::rc::Rc;

/// Cancels a run before its next request.
#[derive(Clone, Default)]
pub struct Stop(Rc<Cell<bool>>);

impl Stop {
    pub fn stop(&self) {
        self.0.set(true);
    }

    fn stopped(&self) -> bool {
        self.0.get()
    }
}

/// What became of one customer.
enum Step {
    /// The customer as it was before, and as stored now.
    Done(Customer, Customer),
    Unchanged,
    Failed(Customer, Text),
    NotReached,
}

/// Runs each customer's action (re-reading the customer first when `reread`, as "Retry
/// failed" does), calling `progress` with how many are handled so far.
pub async fn run(
    auth: Auth,
    features: Features,
    work: Vec<(Customer, BulkAction)>,
    reread: bool,
    stop: Stop,
    progress: impl Fn(usize) + 'static,
) -> Tally {
    // Every DealPOS request counts against its rate limit: one at a time.
    let in_flight = if features.rate_limited { 1 } else { IN_FLIGHT };
    let mut tally = Tally::default();
    let mut handled = 0;
    let mut steps = futures::stream::iter(work)
        .map(|(customer, action)| {
            let stop = stop.clone();
            async move {
                if stop.stopped() {
                    return (action, Step::NotReached);
                }
                let step = one(auth, features, &action, customer, reread).await;
                (action, step)
            }
        })
        .buffer_unordered(in_flight);
    while let Some((action, step)) = steps.next().await {
        match step {
            Step::Done(before, stored) => {
                if let Some(undo) = action.undo_of(&before) {
                    tally.undo.push((stored.clone(), undo));
                }
                tally.done.push(stored);
            }
            Step::Unchanged => tally.unchanged += 1,
            Step::Failed(customer, reason) => tally.failed.push((customer, reason)),
            Step::NotReached => {
                tally.not_reached += 1;
                continue;
            }
        }
        handled += 1;
        progress(handled);
    }
    tally
}

async fn one(auth: Auth, features: Features, action: &BulkAction, customer: Customer, reread: bool) -> Step {
    let customer = if reread || (*action == BulkAction::Delete && !features.totals) {
        // A DealPOS list item is not the whole customer: read it before a delete, so Undo
        // can put every field back.
        match paced(|| async { customers::get(&auth.endpoint(), &customer.id).await }).await {
            Ok(fresh) => fresh,
            Err(err) => return Step::Failed(customer, reason(&err)),
        }
    } else {
        customer
    };
    if *action == BulkAction::Delete {
        return match paced(|| async { customers::delete(&auth.endpoint(), &customer).await }).await {
            Ok(()) => Step::Done(customer.clone(), customer),
            Err(err) => Step::Failed(customer, reason(&err)),
        };
    }
    let Some(changed) = action.apply(&customer) else { return Step::Unchanged };
    match paced(|| async { customers::update(&auth.endpoint(), &changed).await }).await {
        Ok(stored) => Step::Done(customer, stored),
        Err(err) => Step::Failed(customer, reason(&err)),
    }
}

/// Puts deleted customers back (Undo), each with its id and every field as it was read.
pub async fn restore(auth: Auth, features: Features, deleted: Vec<Customer>, progress: impl Fn(usize) + 'static) -> (usize, Vec<(Customer, Text)>) {
    let in_flight = if features.rate_limited { 1 } else { IN_FLIGHT };
    let mut restored = 0;
    let mut failed = Vec::new();
    let mut steps = futures::stream::iter(deleted)
        .map(|customer| async move {
            let result = paced(|| async { customers::restore(&auth.endpoint(), &customer).await }).await;
            (customer, result)
        })
        .buffer_unordered(in_flight);
    while let Some((customer, result)) = steps.next().await {
        match result {
            Ok(_) => restored += 1,
            Err(err) => failed.push((customer, reason(&err))),
        }
        progress(restored + failed.len());
    }
    (restored, failed)
}

fn reason(error: &ApiError) -> Text {
    match error {
        ApiError::VersionConflict { .. } => Text::new("bulk-conflict"),
        other => other.text(),
    }
}
