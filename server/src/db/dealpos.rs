//! DealPOS look-ups: the DealPOS list (Name, Outlet, join-date range, pages) and the
//! customers named by ID, Code, Email or Mobile, each with its DealPOS data
//! (`dealpos_data`). Customers themselves are the PORTOS rows, so both APIs read and write
//! the same customers.

use super::StorageError;
use super::customers;
use super::dealpos_data::{attach, date_text};
use chrono::{DateTime, NaiveDate, Utc};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::fold::fold;
use rusqlite::{Connection, OptionalExtension, params};

/// One customer with its DealPOS data.
pub fn get(connection: &Connection, id: &str, now: DateTime<Utc>) -> Result<Option<Customer>, StorageError> {
    let Some(customer) = customers::get(connection, id, now)? else { return Ok(None) };
    let mut one = [customer];
    attach(connection, &mut one)?;
    let [customer] = one;
    Ok(Some(customer))
}

/// The list's filters and page; `name` is matched folded (no case, no diacritics).
#[derive(Clone, Debug, Default)]
pub struct ListFilter {
    pub name: Option<String>,
    pub outlet: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub limit: i64,
    pub offset: i64,
}

/// One page, ordered by name (folded) and id, so pages are stable.
pub fn list(connection: &Connection, filter: &ListFilter, now: DateTime<Utc>) -> Result<Vec<Customer>, StorageError> {
    let mut statement = connection.prepare_cached(
        "SELECT k.customer_row FROM customer_keys k LEFT JOIN dealpos_customers d ON d.customer_id = k.id \
         WHERE (?1 IS NULL OR instr(k.full_name_key, ?1) > 0) \
           AND (?2 IS NULL OR d.sign_up_outlet = ?2 COLLATE NOCASE) \
           AND (?3 IS NULL OR d.join_date >= ?3) AND (?4 IS NULL OR d.join_date <= ?4) \
         ORDER BY k.full_name_key, k.id LIMIT ?5 OFFSET ?6",
    )?;
    let name = filter.name.as_deref().map(fold);
    let rows: Vec<i64> = statement
        .query_map(params![name, filter.outlet, date_text(filter.from), date_text(filter.to), filter.limit, filter.offset], |row| {
            row.get(0)
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut page = customers::by_rowids(connection, &rows, now)?;
    attach(connection, &mut page)?;
    Ok(page)
}

/// How a single customer is named in Customer/Detail and DELETE Customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Id(String),
    Code(String),
    /// Any case.
    Email(String),
    Mobile(String),
}

/// The ids of the customers `key` names, in id order (more than one only for Code, Email
/// or Mobile shared by customers written through PORTOS, which does not keep them unique).
pub fn find(connection: &Connection, key: &Key) -> Result<Vec<String>, StorageError> {
    let (sql, value) = match key {
        Key::Id(id) => ("SELECT id FROM customers WHERE id = ?1", id),
        Key::Code(code) => ("SELECT id FROM customer_keys WHERE external_id = ?1 ORDER BY id", code),
        Key::Email(email) => ("SELECT id FROM customers WHERE email = ?1 COLLATE NOCASE ORDER BY id", email),
        Key::Mobile(mobile) => ("SELECT id FROM customers WHERE phone = ?1 ORDER BY id", mobile),
    };
    let ids = connection.prepare_cached(sql)?.query_map([value], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Whether a customer other than `own_id` has this key (DealPOS keeps Code and Email unique).
pub fn taken_by_other(connection: &Connection, key: &Key, own_id: &str) -> Result<bool, StorageError> {
    Ok(find(connection, key)?.iter().any(|id| id != own_id))
}

/// Whether a customer with this id exists.
pub fn exists(connection: &Connection, id: &str) -> Result<bool, StorageError> {
    Ok(connection.prepare_cached("SELECT 1 FROM customers WHERE id = ?1")?.query_row([id], |_| Ok(())).optional()?.is_some())
}
