//! The DealPOS-only data of each customer (`dealpos_customers`, keyed by the customer's id):
//! its table, written with every customer (`customers::insert`) and deleted with it, and
//! read into `Customer.membership` by the DealPOS look-ups (`dealpos`).

use super::StorageError;
use chrono::{NaiveDate, Utc};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::customer::Membership;
use rusqlite::{Connection, Row, params};
use std::collections::HashMap;

pub fn create_schema(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch(
        "
        -- No foreign key: an update replaces the customer row (delete, then insert), and
        -- this data must survive that; deleting a customer deletes it explicitly.
        CREATE TABLE IF NOT EXISTS dealpos_customers (
            customer_id    TEXT PRIMARY KEY,
            join_date      TEXT,
            phone          TEXT,
            customer_group TEXT,
            expired_group  TEXT,
            loyalty_point  REAL NOT NULL DEFAULT 0,
            referred_by    TEXT,
            image_url      TEXT,
            sign_up_outlet TEXT
        );
        CREATE INDEX IF NOT EXISTS dealpos_customers_join_date ON dealpos_customers(join_date);
        CREATE INDEX IF NOT EXISTS dealpos_customers_outlet ON dealpos_customers(sign_up_outlet COLLATE NOCASE);
        -- Customer/Detail and DELETE Customer find customers by Email and Mobile.
        CREATE INDEX IF NOT EXISTS customers_email ON customers(email COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS customers_phone ON customers(phone);
        ",
    )
}

pub(super) fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

fn parse_date(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok())
}

/// Stores a customer's DealPOS data: `Some` replaces it (a missing join date becomes
/// today); `None` (a PORTOS write) keeps what is stored, and for a new customer records
/// today as its join date.
pub fn save(connection: &Connection, id: &str, data: Option<&Membership>) -> Result<(), StorageError> {
    let today = Utc::now().date_naive();
    let Some(data) = data else {
        connection
            .prepare_cached("INSERT OR IGNORE INTO dealpos_customers (customer_id, join_date) VALUES (?1, ?2)")?
            .execute(params![id, date_text(Some(today))])?;
        return Ok(());
    };
    connection
        .prepare_cached(
            "INSERT OR REPLACE INTO dealpos_customers (customer_id, join_date, phone, customer_group, expired_group, \
             loyalty_point, referred_by, image_url, sign_up_outlet) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            id,
            date_text(data.join_date.or(Some(today))),
            data.phone,
            data.group,
            date_text(data.expired_group),
            data.loyalty_point,
            data.referred_by,
            data.image_url,
            data.sign_up_outlet,
        ])?;
    Ok(())
}

pub fn delete(connection: &Connection, id: &str) -> Result<(), StorageError> {
    connection.prepare_cached("DELETE FROM dealpos_customers WHERE customer_id = ?1")?.execute([id])?;
    Ok(())
}

fn data_from_row(row: &Row<'_>) -> rusqlite::Result<Membership> {
    Ok(Membership {
        join_date: parse_date(row.get(1)?),
        phone: row.get(2)?,
        group: row.get(3)?,
        expired_group: parse_date(row.get(4)?),
        loyalty_point: row.get(5)?,
        referred_by: row.get(6)?,
        image_url: row.get(7)?,
        sign_up_outlet: row.get(8)?,
    })
}

/// Fills `dealpos` of each customer (empty data for customers stored before DealPOS
/// support, which have no row).
pub fn attach(connection: &Connection, customers: &mut [Customer]) -> Result<(), StorageError> {
    let ids: Vec<&str> = customers.iter().map(|c| c.id.as_str()).collect();
    let list = serde_json::to_string(&ids).map_err(|e| StorageError(e.to_string()))?;
    let mut statement = connection.prepare_cached(
        "SELECT customer_id, join_date, phone, customer_group, expired_group, loyalty_point, referred_by, image_url, \
         sign_up_outlet FROM dealpos_customers WHERE customer_id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut by_id: HashMap<String, Membership> = HashMap::new();
    let mut rows = statement.query([list])?;
    while let Some(row) = rows.next()? {
        by_id.insert(row.get(0)?, data_from_row(row)?);
    }
    for customer in customers {
        customer.membership = Some(by_id.remove(&customer.id).unwrap_or_default());
    }
    Ok(())
}
