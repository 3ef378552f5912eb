//! A customer's credit history: one row per change of `credit`, written in the same
//! transaction as the change, and sent inline as the customer's `creditTransactions`,
//! newest first.

use super::{StorageError, to_millis};
use chrono::{DateTime, Utc};
use customer_desk_domain::customer::{CreditTransaction, Customer};
use customer_desk_domain::round_trip::Source;
use rusqlite::{Connection, params};
use serde_json::Value;
use std::collections::HashMap;

/// Records a change from `before` to `after` (nothing when they are equal). `record`: with
/// --wire-extras, the transaction's JSON with the fields the server does not know.
pub fn record(
    connection: &Connection,
    customer_id: &str,
    time: DateTime<Utc>,
    before: f64,
    after: f64,
    note: Option<&str>,
    record: Option<&Value>,
) -> Result<(), StorageError> {
    if before == after {
        return Ok(());
    }
    // Rounded to 1e-9 so 100.1 - 50.05 is stored as 50.05, not 50.050000000000004.
    let amount = ((after - before) * 1e9).round() / 1e9;
    connection
        .prepare_cached(
            "INSERT INTO credit_transactions (customer_id, time, amount, balance, note, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![customer_id, to_millis(time), amount, after, note, record.map(Value::to_string)])?;
    Ok(())
}

/// Loads the credit histories of `customers` in one query, newest first.
pub fn attach(connection: &Connection, customers: &mut [Customer]) -> Result<(), StorageError> {
    if customers.is_empty() {
        return Ok(());
    }
    let placeholders = vec!["?"; customers.len()].join(",");
    // Ids grow with every insert, so they order by recording even when times tie.
    let sql = format!(
        "SELECT customer_id, id, time, amount, balance, note, record FROM credit_transactions \
         WHERE customer_id IN ({placeholders}) ORDER BY customer_id, id DESC"
    );
    let mut statement = connection.prepare_cached(&sql)?;
    let mut by_customer: HashMap<String, Vec<CreditTransaction>> = HashMap::new();
    let mut rows = statement.query(rusqlite::params_from_iter(customers.iter().map(|c| c.id.as_str())))?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(1)?;
        let millis: i64 = row.get(2)?;
        let record: Option<String> = row.get(6)?;
        let transaction = CreditTransaction {
            id: Some(id.to_string()),
            time: DateTime::from_timestamp_millis(millis),
            amount: row.get(3)?,
            balance: Some(row.get(4)?),
            note: row.get(5)?,
            source: record.and_then(|text| serde_json::from_str(&text).ok()).map_or_else(Source::none, Source::new),
        };
        by_customer.entry(row.get(0)?).or_default().push(transaction);
    }
    for customer in customers {
        customer.credit_transactions = by_customer.remove(&customer.id).unwrap_or_default();
    }
    Ok(())
}

pub fn delete_for(connection: &Connection, customer_id: &str) -> Result<(), StorageError> {
    connection.prepare_cached("DELETE FROM credit_transactions WHERE customer_id = ?1")?.execute([customer_id])?;
    Ok(())
}
