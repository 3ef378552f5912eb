//! Runs one bulk action over many customers: a few requests in flight, never hundreds;
//! one customer's conflict or error does not stop the others; Cancel stops before the next
//! request; a rate limit (DealPOS) sets the pace.

use crate::api::ApiError;
use crate::api::customers::Features;
use crate::api::pace::paced;
use crate::customers::Customers;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::i18n::Text;
use customer_desk_domain::list::bulk::{BulkAction, IN_FLIGHT, Tally};
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
    customers: Customers,
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
                let step = one(customers, &action, customer, reread).await;
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

/// One customer: written from its whole record (a DealPOS list item is read again first;
/// "Retry failed" reads every customer again, for its newest `_v`).
async fn one(customers: Customers, action: &BulkAction, customer: Customer, reread: bool) -> Step {
    let whole = if reread { paced(|| async { customers.get(&customer.id).await }).await } else { customers.whole(&customer).await };
    let customer = match whole {
        Ok(whole) => whole,
        Err(err) => return Step::Failed(customer, reason(&err)),
    };
    let Some(changed) = action.apply(&customer) else { return Step::Unchanged };
    match paced(|| async { customers.update(&changed).await }).await {
        Ok(stored) => Step::Done(customer, stored),
        Err(err) => Step::Failed(customer, reason(&err)),
    }
}

fn reason(error: &ApiError) -> Text {
    match error {
        ApiError::VersionConflict { .. } => Text::new("bulk-conflict"),
        other => other.text(),
    }
}
