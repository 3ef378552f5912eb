//! `GET /api/customers/{id}/credit-transactions`: a customer's credit history, newest
//! first, paged with `$skip` and `$take` like the customer list. Reading needs only a
//! valid token; the history is written by the customer writes (`customers.rs`).

use super::ApiState;
use super::auth::Authenticated;
use super::customers::query_pairs;
use super::problem::ApiError;
use crate::db::query::{DEFAULT_TAKE, MAX_TAKE, ParameterError, parse_count};
use crate::db::{StorageError, credit};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use customer_desk_domain::customer::{CreditTransaction, QueryResult};
use rusqlite::OptionalExtension;

/// `$skip` and `$take`, each at most once; anything else is refused as on the list.
fn paging(raw: Option<&str>) -> Result<(u64, u64), ParameterError> {
    let (mut skip, mut take) = (None, None);
    for (name, value) in query_pairs(raw) {
        let bad = |message: &str| ParameterError { parameter: name.clone(), message: message.into() };
        let slot = match name.to_ascii_lowercase().as_str() {
            "$skip" => &mut skip,
            "$take" => &mut take,
            _ => return Err(bad("unknown query parameter")),
        };
        if slot.is_some() {
            return Err(bad("may be given only once"));
        }
        *slot = Some(parse_count(&name, &value)?);
    }
    let take = take.unwrap_or(DEFAULT_TAKE);
    if take > MAX_TAKE {
        return Err(ParameterError { parameter: "$take".into(), message: format!("must be at most {MAX_TAKE}") });
    }
    Ok((skip.unwrap_or(0), take))
}

pub async fn list(
    State(state): State<ApiState>,
    _auth: Authenticated,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<QueryResult<CreditTransaction>>, ApiError> {
    let (skip, take) = paging(raw.as_deref())?;
    let page = state
        .db
        .read(move |c| -> Result<_, StorageError> {
            let known = c.prepare_cached("SELECT 1 FROM customers WHERE id = ?1")?.query_row([&id], |_| Ok(())).optional()?;
            match known {
                Some(()) => credit::page(c, &id, skip, take).map(Some),
                None => Ok(None),
            }
        })
        .await?;
    let (items, total) = page.ok_or(ApiError::NotFound)?;
    Ok(Json(QueryResult { count: items.len() as u64, items: Some(items), total_count: total }))
}
