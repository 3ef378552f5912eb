//! The DealPOS Customer endpoints: list (GET with a query, POST `Customer/p` with a body),
//! Detail by ID, Code, Email or Mobile, create, update (`PUT Customer` as documented, and
//! `PUT Customer/ByID`) and delete by Email. Writes
//! go through the same storage as PORTOS (so both see them at once, `_v` included) and
//! empty the PORTOS list cache.

use super::token::Client;
use super::{DealposError, DealposState, parse_body};
use crate::db::dealpos::{self as store, Key, ListFilter};
use crate::db::{StorageError, customers};
use crate::http::query::query_pairs;
use crate::http::sender::SenderConnection;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use customer_desk_domain::customer::{Customer, CustomerStatus};
use customer_desk_domain::dealpos::wire::{ACTIVE, SUSPENDED};
use customer_desk_domain::dealpos::{
    ContactsRole, DEFAULT_PAGE_SIZE, DealposCustomer, DealposListRequest, DealposWriteResult, MAX_PAGE_SIZE, parse_date, validate_dealpos,
};
use customer_desk_domain::live::{Action, UserRef};

/// The request's query parameters, names matched without case.
struct Query(Vec<(String, String)>);

impl Query {
    fn parse(raw: Option<String>) -> Self {
        Query(query_pairs(raw.as_deref()))
    }

    /// The last non-blank value of `name`.
    fn get(&self, name: &str) -> Option<String> {
        self.0.iter().rev().find(|(n, v)| n.eq_ignore_ascii_case(name) && !v.trim().is_empty()).map(|(_, v)| v.clone())
    }
}

fn list_request_from_query(query: &Query) -> Result<DealposListRequest, DealposError> {
    let number = |name: &str| -> Result<Option<u32>, DealposError> {
        query
            .get(name)
            .map(|v| v.trim().parse().map_err(|_| DealposError::bad_request(format!("{name}: '{v}' is not a whole number."))))
            .transpose()
    };
    let date = |name: &str| -> Result<_, DealposError> {
        query
            .get(name)
            .map(|v| parse_date(&v).ok_or_else(|| DealposError::bad_request(format!("{name}: '{v}' is not a date (YYYY-MM-DD)."))))
            .transpose()
    };
    Ok(DealposListRequest {
        page_number: number("PageNumber")?,
        page_size: number("PageSize")?,
        name: query.get("Name"),
        outlet: query.get("Outlet"),
        from: date("From")?,
        to: date("To")?,
    })
}

/// The keys the vendor's list example shows, all a documented list item promises.
const DOCUMENTED_LIST_KEYS: [&str; 7] = ["Name", "Code", "Mobile", "Email", "BirthDate", "JoinDate", "ID"];

async fn run_list(state: &DealposState, request: DealposListRequest) -> Result<Json<Vec<serde_json::Value>>, DealposError> {
    let page_number = request.page_number.unwrap_or(1);
    let page_size = request.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
    if page_number < 1 {
        return Err(DealposError::bad_request("PageNumber: must be at least 1."));
    }
    if !(1..=MAX_PAGE_SIZE).contains(&page_size) {
        return Err(DealposError::bad_request(format!("PageSize: must be from 1 to {MAX_PAGE_SIZE}.")));
    }
    let filter = ListFilter {
        name: request.name.filter(|n| !n.trim().is_empty()),
        outlet: request.outlet.filter(|o| !o.trim().is_empty()),
        from: request.from,
        to: request.to,
        limit: i64::from(page_size),
        offset: i64::from(page_number - 1) * i64::from(page_size),
    };
    let page = state.app.db.read(move |c| store::list(c, &filter, Utc::now())).await?;
    let items = page.iter().map(|customer| {
        let mut item = serde_json::to_value(DealposCustomer::from_customer(customer)).unwrap_or_default();
        // As stingy as the documentation allows: a list item is not the whole customer.
        if state.documented_list
            && let Some(object) = item.as_object_mut()
        {
            object.retain(|key, _| DOCUMENTED_LIST_KEYS.contains(&key.as_str()));
        }
        item
    });
    Ok(Json(items.collect()))
}

pub async fn list(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<serde_json::Value>>, DealposError> {
    client.require(ContactsRole::View)?;
    let request = list_request_from_query(&Query::parse(raw))?;
    run_list(&state, request).await
}

pub async fn list_page(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    body: Bytes,
) -> Result<Json<Vec<serde_json::Value>>, DealposError> {
    client.require(ContactsRole::View)?;
    run_list(&state, parse_body(&body)?).await
}

/// The one key of a Detail request.
fn detail_key(query: &Query) -> Result<Key, DealposError> {
    let keys: Vec<Key> = [
        query.get("ID").map(Key::Id),
        query.get("Code").map(Key::Code),
        query.get("Email").map(Key::Email),
        query.get("Mobile").map(Key::Mobile),
    ]
    .into_iter()
    .flatten()
    .collect();
    match <[Key; 1]>::try_from(keys) {
        Ok([key]) => Ok(key),
        Err(_) => Err(DealposError::bad_request("Give exactly one of ID, Code, Email or Mobile.")),
    }
}

pub async fn detail(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    RawQuery(raw): RawQuery,
) -> Result<Json<DealposCustomer>, DealposError> {
    client.require(ContactsRole::View)?;
    let key = detail_key(&Query::parse(raw))?;
    let found = state
        .app
        .db
        .read(move |c| -> Result<_, StorageError> {
            // Shared keys (possible only through PORTOS) give the first customer by id.
            match store::find(c, &key)?.first() {
                Some(id) => store::get(c, id, Utc::now()),
                None => Ok(None),
            }
        })
        .await?;
    found.map(|customer| Json(DealposCustomer::from_customer(&customer))).ok_or_else(DealposError::not_found)
}

/// Server-owned fields, the rules, and DealPOS's unique Code and Email; `Message` names the
/// field of the first broken rule and lists the others after it.
fn check(c: &rusqlite::Connection, mut customer: Customer) -> Result<Customer, DealposError> {
    customer.full_name = customer.derived_full_name();
    customer.status = CustomerStatus::at(Utc::now(), customer.activation_time, customer.expiration_time);
    let errors = validate_dealpos(&customer);
    if !errors.is_empty() {
        let text: Vec<String> = errors.iter().map(|e| format!("{}: {}", e.member_name, e.message)).collect();
        return Err(DealposError::bad_request(text.join(" ")));
    }
    for (field, key) in [("Code", customer.external_id.clone().map(Key::Code)), ("Email", customer.email.clone().map(Key::Email))] {
        if let Some(key) = key
            && store::taken_by_other(c, &key, &customer.id)?
        {
            return Err(DealposError::bad_request(format!("{field}: another customer already has this {field}.")));
        }
    }
    Ok(customer)
}

fn written(status: StatusCode, id: String, message: Option<&str>) -> Response {
    (status, Json(DealposWriteResult { id, message: message.map(str::to_owned) })).into_response()
}

/// A body's `Status` must be one DealPOS has (the app keeps an unknown one it reads, but
/// this server does not store one).
fn known_status(body: &DealposCustomer) -> Result<(), DealposError> {
    match body.status.as_deref().map(str::trim) {
        None => Ok(()),
        Some(status) if [ACTIVE, SUSPENDED].iter().any(|known| known.eq_ignore_ascii_case(status)) => Ok(()),
        Some(status) => Err(DealposError::bad_request(format!("Status: '{status}' is not Active or Suspended."))),
    }
}

pub async fn create(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    sender: SenderConnection,
    body: Bytes,
) -> Result<Response, DealposError> {
    client.require(ContactsRole::Create)?;
    let body: DealposCustomer = parse_body(&body)?;
    known_status(&body)?;
    let id = body.id.clone().map(|id| id.trim().to_string()).filter(|id| !id.is_empty());
    let mut customer = body.into_new_customer();
    customer.id = id.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    customer.version = 1;
    let id = state
        .app
        .db
        .write(move |c| -> Result<_, DealposError> {
            let tx = c.transaction()?;
            if store::exists(&tx, &customer.id)? {
                return Err(DealposError::bad_request("ID: a customer with this ID already exists."));
            }
            let customer = check(&tx, customer)?;
            customers::insert(&tx, &customer)?;
            tx.commit()?;
            Ok(customer.id)
        })
        .await?;
    state.app.list_cache.invalidate();
    state.app.published(Action::Created, &id, Some(1), client.writer(), sender);
    // The documented answer of a create is the ID alone.
    Ok(written(StatusCode::CREATED, id, None))
}

/// `PUT Customer`, as the vendor documents it. Its example body has no `ID`, so the
/// customer is the one named by `ID` in the body or the query (both: they must agree),
/// else by the body's `Code`, else by its `Email` (any case); see docs/dealpos.md.
pub async fn update(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    sender: SenderConnection,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Result<Response, DealposError> {
    client.require(ContactsRole::Edit)?;
    let body: DealposCustomer = parse_body(&body)?;
    let key = match id_of(&body, raw)? {
        Some(id) => Key::Id(id),
        None => match (clean(&body.code), clean(&body.email)) {
            (Some(code), _) => Key::Code(code),
            (None, Some(email)) => Key::Email(email),
            (None, None) => return Err(DealposError::bad_request("ID: give the ID, or a Code or Email that names the customer.")),
        },
    };
    replace(state, body, key, client.writer(), sender).await
}

/// `PUT Customer/ByID`: the customer named by `ID` in the body or the query.
pub async fn update_by_id(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    sender: SenderConnection,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> Result<Response, DealposError> {
    client.require(ContactsRole::Edit)?;
    let body: DealposCustomer = parse_body(&body)?;
    let id = id_of(&body, raw)?.ok_or_else(|| DealposError::bad_request("ID: the ID is required (in the body or the query)."))?;
    replace(state, body, Key::Id(id), client.writer(), sender).await
}

fn clean(text: &Option<String>) -> Option<String> {
    text.as_ref().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The `ID` of the body or the query; both must agree.
fn id_of(body: &DealposCustomer, raw: Option<String>) -> Result<Option<String>, DealposError> {
    match (clean(&body.id), Query::parse(raw).get("ID")) {
        (Some(a), Some(b)) if a != b => Err(DealposError::bad_request("ID: the ID in the body differs from the one in the query.")),
        (Some(id), _) | (None, Some(id)) => Ok(Some(id)),
        (None, None) => Ok(None),
    }
}

/// The customer `key` names, replaced by the body where DealPOS shows it; PORTOS-only
/// data stays and `_v` goes up by one.
async fn replace(
    state: DealposState,
    body: DealposCustomer,
    key: Key,
    writer: UserRef,
    sender: SenderConnection,
) -> Result<Response, DealposError> {
    known_status(&body)?;
    let id = state
        .app
        .db
        .write(move |c| -> Result<_, DealposError> {
            let tx = c.transaction()?;
            let id = match store::find(&tx, &key)?.as_slice() {
                [] => return Err(DealposError::not_found()),
                [id] => id.clone(),
                more => return Err(DealposError::bad_request(format!("{} customers match; none was updated.", more.len()))),
            };
            let stored = store::get(&tx, &id, Utc::now())?.ok_or_else(DealposError::not_found)?;
            let stored_version = stored.version;
            let mut customer = body.apply_to(stored);
            customer.id = id;
            customer.version = stored_version + 1;
            let customer = check(&tx, customer)?;
            if !customers::replace(&tx, &customer, stored_version)? {
                return Err(DealposError::not_found());
            }
            tx.commit()?;
            Ok((customer.id, customer.version))
        })
        .await?;
    state.app.list_cache.invalidate();
    let (id, version) = id;
    state.app.published(Action::Updated, &id, Some(version), writer, sender);
    Ok(written(StatusCode::OK, id, Some("Record updated")))
}

/// `DELETE Customer?Email=`: exactly one customer with that Email (any case) is deleted,
/// with its cards, credit history and DealPOS data.
pub async fn delete_by_email(
    State(state): State<DealposState>,
    Extension(client): Extension<Client>,
    sender: SenderConnection,
    RawQuery(raw): RawQuery,
) -> Result<Response, DealposError> {
    client.require(ContactsRole::Delete)?;
    let email = Query::parse(raw).get("Email").ok_or_else(|| DealposError::bad_request("Email: the Email is required."))?;
    let id = state
        .app
        .db
        .write(move |c| -> Result<_, DealposError> {
            let tx = c.transaction()?;
            let ids = store::find(&tx, &Key::Email(email))?;
            let id = match ids.as_slice() {
                [] => return Err(DealposError::not_found()),
                [id] => id.clone(),
                _ => return Err(DealposError::bad_request(format!("Email: {} customers have this Email; none was deleted.", ids.len()))),
            };
            let version = store::get(&tx, &id, Utc::now())?.map(|customer| customer.version);
            customers::delete(&tx, &id)?;
            tx.commit()?;
            Ok((id, version))
        })
        .await?;
    state.app.list_cache.invalidate();
    let (id, version) = id;
    state.app.published(Action::Deleted, &id, version, client.writer(), sender);
    Ok(written(StatusCode::OK, id, Some("Record deleted")))
}
