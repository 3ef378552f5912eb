//! Searches the vendor cannot answer in one request (the domain's `search`): several
//! words, narrowed here, and a whole card serial or External ID looked up beside the
//! vendor's own search. They are answered from up to `LOCAL_LIMIT` customers fetched at
//! once and paged here, so the total shown is the true count of what matched.

use super::customers::{CustomerPage, vendor_list};
use super::error::ApiError;
use super::http::Endpoint;
use customer_desk_domain::config::Backend;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::list::query::ListQuery;
use customer_desk_domain::list::search::{LOCAL_LIMIT, SearchPlan, matches_every_word, merge};
use customer_desk_domain::ndata::{Operation, Operator, encode_filter};

pub async fn list(endpoint: &Endpoint, query: &ListQuery, plan: SearchPlan) -> Result<CustomerPage, ApiError> {
    let exact = async {
        match &plan.exact {
            Some(text) => exact_matches(endpoint, query, text).await,
            None => Ok(Vec::new()),
        }
    };
    if plan.words.len() < 2 {
        // One word: the vendor's own paging, unless the word is also a card or an id.
        let vendor_query = ListQuery { search: plan.server_text.clone(), ..query.clone() };
        let (exact, page) = futures::join!(exact, vendor_list(endpoint, &vendor_query));
        let exact = exact?;
        if exact.is_empty() {
            return page;
        }
        let everything = fetch_all(endpoint, query, &plan).await?;
        return Ok(page_of(query, merge(exact, everything.0), everything.1));
    }
    let (exact, everything) = futures::join!(exact, fetch_all(endpoint, query, &plan));
    let (found, complete) = everything?;
    let narrowed: Vec<Customer> = found.into_iter().filter(|c| matches_every_word(c, &plan.words)).collect();
    Ok(page_of(query, merge(exact?, narrowed), complete))
}

/// Up to `LOCAL_LIMIT` customers the vendor finds for the plan's word, and whether that is
/// all of them.
async fn fetch_all(endpoint: &Endpoint, query: &ListQuery, plan: &SearchPlan) -> Result<(Vec<Customer>, bool), ApiError> {
    let all = ListQuery { search: plan.server_text.clone(), page: 1, page_size: LOCAL_LIMIT, ..query.clone() };
    let page = vendor_list(endpoint, &all).await?;
    let complete = match page.total {
        Some(total) => total <= page.items.len() as u64,
        None => page.items.len() < LOCAL_LIMIT as usize,
    };
    Ok((page.items, complete))
}

/// The customers whose card serial or External ID is `text`, within the list's filters.
async fn exact_matches(endpoint: &Endpoint, query: &ListQuery, text: &str) -> Result<Vec<Customer>, ApiError> {
    match endpoint.backend() {
        Backend::Portos => {
            let equal = encode_filter(&[Operation::new(Operator::Eq, [text])]);
            let lookup = |parameter: &'static str| {
                let mut lookup = ListQuery { search: String::new(), page: 1, page_size: 50, ..query.clone() };
                // A filter the user set on the same property stays theirs.
                let free = lookup.filter(parameter).is_none();
                lookup.set_filter(parameter, Some(equal.clone()));
                lookup.page = 1;
                async move { if free { vendor_list(endpoint, &lookup).await.map(|page| page.items) } else { Ok(Vec::new()) } }
            };
            let (cards, ids) = futures::join!(lookup("CardSerialNumber"), lookup("ExternalId"));
            Ok(merge(cards?, ids?))
        }
        Backend::Dealpos => match super::dealpos::customers::by_code(endpoint, text).await {
            Ok(customer) => Ok(vec![customer]),
            Err(ApiError::NotFound { .. }) => Ok(Vec::new()),
            Err(err) => Err(err),
        },
    }
}

/// The query's page of `matched`; the total only when nothing was left unfetched.
fn page_of(query: &ListQuery, matched: Vec<Customer>, complete: bool) -> CustomerPage {
    let total = matched.len();
    let start = usize::try_from(query.skip()).unwrap_or(usize::MAX).min(total);
    let end = start.saturating_add(query.page_size as usize).min(total);
    CustomerPage { items: matched[start..end].to_vec(), total: complete.then_some(total as u64), search_incomplete: !complete }
}
