//! `/api/customers`: list with NData filters, Search, sorting and paging; get, create,
//! upsert and delete with rights and `_v` checks.

use super::auth::Authenticated;
use super::id_cache;
use crate::db::query::CustomerQuery;
use crate::db::{StorageError, credit, customers, list, users};
use crate::http::body::JsonBody;
use crate::http::problem::ApiError;
use crate::http::query::query_pairs;
use crate::http::sender::SenderConnection;
use crate::state::AppState;
use crate::wire_extras;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use customer_desk_domain::customer::validation::validate_customer;
use customer_desk_domain::customer::{Customer, CustomerStatus, Gender};
use customer_desk_domain::live::Action;
use customer_desk_domain::portos::{self, wire::QueryResult};
use customer_desk_domain::problem::{ValidationError, constraint};
use serde_json::Value;
use std::sync::Arc;

pub async fn list(State(state): State<AppState>, _auth: Authenticated, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let raw = raw.unwrap_or_default();
    if let Some(body) = state.list_cache.get(&raw) {
        return Ok(json_bytes(body));
    }
    let generation = state.list_cache.generation();
    let now = Utc::now();
    let query = CustomerQuery::from_pairs(&query_pairs(Some(&raw)), now)?;
    let filter_key = format!("{}|{:?}", query.where_clause(), query.params);
    let known_total = state.list_cache.count(&filter_key);
    let result = match ordered_ids(&state, &query, &filter_key, known_total, generation).await? {
        Some(ids) => {
            state.list_cache.put_count(filter_key, generation, ids.len() as u64);
            state.db.read_short(move |c| list::page_of(c, &query, &ids, now)).await?
        }
        None => {
            let (result, total) = state.db.read(move |c| list::run(c, &query, known_total, now)).await?;
            state.list_cache.put_count(filter_key, generation, total);
            result
        }
    };
    let result = QueryResult {
        count: result.count,
        total_count: result.total_count,
        items: result.items.map(|items| items.iter().map(|customer| render(&state, customer)).collect::<Vec<Value>>()),
    };
    let body = axum::body::Bytes::from(serde_json::to_vec(&result).map_err(|_| ApiError::Internal)?);
    state.list_cache.put(raw, generation, body.clone());
    Ok(json_bytes(body))
}

/// Every match's rowid in order, from the id cache (computed once for all the requests
/// waiting on it), or `None` when this query should run as a page query instead.
async fn ordered_ids(
    state: &AppState,
    query: &CustomerQuery,
    filter_key: &str,
    known_total: Option<u64>,
    generation: u64,
) -> Result<Option<Arc<[i64]>>, ApiError> {
    if query.count_only || query.uses_clock {
        return Ok(None);
    }
    let key = format!("{filter_key}|{:?}", query.order_by);
    let Some(slot) = state.list_cache.ids.slot(&key, generation) else { return Ok(None) };
    if let Some(ids) = slot.ready() {
        return Ok(ids);
    }
    let mut computed = false;
    let ids = slot
        .ids
        .get_or_try_init(|| async {
            computed = true;
            let query = query.clone();
            let ids = state.db.read(move |c| list::ordered_rowids(c, &query, known_total, id_cache::MAX_IDS)).await?;
            Ok::<_, ApiError>(ids.map(Arc::from))
        })
        .await?
        .clone();
    if computed {
        state.list_cache.ids.trim(&key);
    }
    Ok(ids)
}

fn json_bytes(body: axum::body::Bytes) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

pub async fn get_one(State(state): State<AppState>, _auth: Authenticated, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let now = Utc::now();
    let customer = state.db.read(move |c| customers::get(c, &id, now)).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(render(&state, &customer)))
}

/// A customer as PORTOS answers it: documented JSON (with --wire-extras, also what the
/// server keeps beyond it).
fn render(state: &AppState, customer: &Customer) -> Value {
    let mut record = portos::write(customer);
    if state.wire_extras {
        wire_extras::decorate(&mut record);
    }
    record
}

/// The customer a request body describes; errors name the member, as PORTOS does.
/// Without --wire-extras only the documented fields are kept, with it the whole body.
fn customer_from_body(state: &AppState, body: &Value) -> Result<Customer, ApiError> {
    let customer = portos::parse(body).map_err(|error| {
        let member = if error.path == "." { "body".to_owned() } else { error.path };
        ApiError::invalid(&member, error.message)
    })?;
    Ok(if state.wire_extras { portos::read(body) } else { customer })
}

/// Fills the fields the server owns and checks the body. `meta` is an object, `{}` when a
/// body has none (with --wire-extras a `null` is kept, as an odd but legal value).
fn prepare(mut customer: Customer, id: String, version: i64, extras: bool) -> Result<Customer, ApiError> {
    if !extras {
        customer.meta.get_or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
    customer.id = id;
    customer.version = version;
    customer.full_name = customer.derived_full_name();
    customer.status = CustomerStatus::at(Utc::now(), customer.activation_time, customer.expiration_time);
    // DealPOS data is written through DealPOS only; a PORTOS write keeps what is stored.
    customer.membership = None;
    // The history is the server's: it records each change of credit itself.
    customer.credit_transactions = Vec::new();
    for text in [&mut customer.external_id, &mut customer.email, &mut customer.phone, &mut customer.note] {
        if text.as_deref().is_some_and(|t| t.trim().is_empty()) {
            *text = None;
        }
    }
    let mut errors = validate_customer(&customer);
    if extras {
        // A newer PORTOS keeps accounts in overdraft (the documentation does not forbid it).
        errors.retain(|error| error.member_name != "credit.amount");
    }
    // The app shows a gender it does not know as written; this server stores only these.
    if let Some(Gender::Other(gender)) = &customer.gender {
        errors.push(ValidationError {
            member_name: "gender".into(),
            message: format!("'{gender}' is not Male, Female or null."),
            code: None,
            text: None,
        });
    }
    if errors.is_empty() { Ok(customer) } else { Err(ApiError::Validation(errors)) }
}

fn check_money_rights(auth: &Authenticated, before: Option<&Customer>, after: &Customer) -> Result<(), ApiError> {
    let none = customer_desk_domain::customer::Credit::default();
    let (discount, credit) = before.map_or((0.0, &none), |b| (b.discount_rate, &b.credit));
    if after.discount_rate != discount {
        auth.require(users::CUSTOMER_SET_DISCOUNT)?;
    }
    if after.credit != *credit {
        auth.require(users::CUSTOMER_SET_CREDIT)?;
    }
    Ok(())
}

/// Refuses cards whose serial numbers belong to another customer.
fn refuse_card_conflicts(c: &rusqlite::Connection, customer: &Customer) -> Result<(), ApiError> {
    let taken = customers::cards_taken_by_others(c, &customer.id, &customer.cards)?;
    let conflicts: Vec<ValidationError> = customer
        .cards
        .iter()
        .enumerate()
        .filter(|(_, card)| taken.contains(&card.serial_number))
        .map(|(index, card)| ValidationError {
            member_name: format!("cards[{index}].serialNumber"),
            message: format!("The card '{}' already belongs to another customer.", card.serial_number),
            code: Some(constraint::UNIQUE.into()),
            text: None,
        })
        .collect();
    if conflicts.is_empty() { Ok(()) } else { Err(ApiError::Validation(conflicts)) }
}

/// Writes the credit change (if any) into the history, in the caller's transaction, so
/// the balance and its history cannot disagree.
fn record_credit(tx: &rusqlite::Connection, auth: &Authenticated, before: f64, after: &Customer, extras: bool) -> Result<(), StorageError> {
    let note = format!("Set by {}", auth.user.user_name);
    let record = extras.then(wire_extras::new_transaction);
    credit::record(tx, &after.id, Utc::now(), before, after.credit.amount, Some(&note), record.as_ref())
}

/// The customer as stored, read back (cards with their statuses, the credit history).
fn stored(tx: &rusqlite::Connection, id: &str) -> Result<Customer, ApiError> {
    customers::get(tx, id, Utc::now())?.ok_or(ApiError::Internal)
}

fn created(state: &AppState, customer: &Customer) -> Response {
    let location = HeaderValue::from_str(&format!("/api/customers/{}", customer.id)).ok();
    let mut response = (StatusCode::CREATED, Json(render(state, customer))).into_response();
    if let Some(location) = location {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

pub async fn create(
    State(state): State<AppState>,
    auth: Authenticated,
    sender: SenderConnection,
    JsonBody(body): JsonBody<Value>,
) -> Result<Response, ApiError> {
    auth.require(users::CUSTOMER_CREATE)?;
    let extras = state.wire_extras;
    let body = if extras { wire_extras::complete(body) } else { body };
    let body = customer_from_body(&state, &body)?;
    let id = if body.id.trim().is_empty() { uuid::Uuid::new_v4().to_string() } else { body.id.trim().to_string() };
    let customer = prepare(body, id, 1, extras)?;
    check_money_rights(&auth, None, &customer)?;
    let writer = auth.writer();
    let stored = state
        .db
        .write(move |c| -> Result<_, ApiError> {
            let tx = c.transaction()?;
            if customers::get(&tx, &customer.id, Utc::now())?.is_some() {
                return Err(ApiError::Validation(vec![ValidationError {
                    member_name: "id".into(),
                    message: "A customer with this id already exists.".into(),
                    code: Some(constraint::UNIQUE.into()),
                    text: None,
                }]));
            }
            refuse_card_conflicts(&tx, &customer)?;
            customers::insert(&tx, &customer)?;
            record_credit(&tx, &auth, 0.0, &customer, extras)?;
            let stored = stored(&tx, &customer.id)?;
            tx.commit()?;
            Ok(stored)
        })
        .await?;
    state.list_cache.invalidate();
    state.published(Action::Created, &stored.id, Some(stored.version), writer, sender);
    Ok(created(&state, &stored))
}

/// Upsert: creates when the id is new (customerCreate), otherwise replaces the stored
/// customer if `_v` matches (customerUpdate). The check and the write happen in one
/// transaction on the single writer, so of two writers with the same `_v` one loses.
pub async fn upsert(
    State(state): State<AppState>,
    auth: Authenticated,
    sender: SenderConnection,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let extras = state.wire_extras;
    let body = customer_from_body(&state, &body)?;
    if !body.id.is_empty() && body.id != id {
        return Err(ApiError::invalid("id", "The id in the body differs from the one in the URL."));
    }
    let requested_version = body.version;
    let draft = prepare(body, id, requested_version, extras)?;
    let writer = auth.writer();
    let outcome = state
        .db
        .write(move |c| -> Result<_, ApiError> {
            let tx = c.transaction()?;
            let outcome = match customers::get(&tx, &draft.id, Utc::now())? {
                None => {
                    auth.require(users::CUSTOMER_CREATE)?;
                    check_money_rights(&auth, None, &draft)?;
                    let customer = Customer { version: 1, ..draft };
                    refuse_card_conflicts(&tx, &customer)?;
                    customers::insert(&tx, &customer)?;
                    record_credit(&tx, &auth, 0.0, &customer, extras)?;
                    (true, stored(&tx, &customer.id)?)
                }
                Some(stored) => {
                    auth.require(users::CUSTOMER_UPDATE)?;
                    check_money_rights(&auth, Some(&stored), &draft)?;
                    let mismatch = || ApiError::VersionMismatch { id: stored.id.clone(), version: stored.version };
                    if stored.version != requested_version {
                        return Err(mismatch());
                    }
                    let customer = Customer { version: stored.version + 1, ..draft };
                    refuse_card_conflicts(&tx, &customer)?;
                    if !customers::replace(&tx, &customer, stored.version)? {
                        return Err(mismatch());
                    }
                    record_credit(&tx, &auth, stored.credit.amount, &customer, extras)?;
                    (false, self::stored(&tx, &customer.id)?)
                }
            };
            tx.commit()?;
            Ok(outcome)
        })
        .await?;
    state.list_cache.invalidate();
    let action = if outcome.0 { Action::Created } else { Action::Updated };
    state.published(action, &outcome.1.id, Some(outcome.1.version), writer, sender);
    Ok(match outcome {
        (true, customer) => created(&state, &customer),
        (false, customer) => Json(render(&state, &customer)).into_response(),
    })
}

pub async fn delete(
    State(state): State<AppState>,
    auth: Authenticated,
    sender: SenderConnection,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    auth.require(users::CUSTOMER_DELETE)?;
    let deleted = state
        .db
        .write(move |c| -> Result<_, ApiError> {
            let tx = c.transaction()?;
            let customer = customers::get(&tx, &id, Utc::now())?.ok_or(ApiError::NotFound)?;
            customers::delete(&tx, &id)?;
            tx.commit()?;
            Ok(customer)
        })
        .await?;
    state.list_cache.invalidate();
    state.published(Action::Deleted, &deleted.id, Some(deleted.version), auth.writer(), sender);
    Ok(Json(render(&state, &deleted)))
}
