//! A customer's credit history: one row per change of `credit`, written in the same
//! transaction as the change, read newest first.

use super::StorageError;
use super::customers::to_millis;
use chrono::{DateTime, Utc};
use customer_desk_domain::customer::CreditTransaction;
use rusqlite::{Connection, params};

/// Records a change from `before` to `after` (nothing when they are equal).
pub fn record(
    connection: &Connection,
    customer_id: &str,
    time: DateTime<Utc>,
    before: f64,
    after: f64,
    note: Option<&str>,
) -> Result<(), StorageError> {
    if before == after {
        return Ok(());
    }
    // Rounded to 1e-9 so 100.1 - 50.05 is stored as 50.05, not 50.050000000000004.
    let amount = ((after - before) * 1e9).round() / 1e9;
    connection
        .prepare_cached(
            "INSERT INTO credit_transactions (customer_id, time, amount, balance, note) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![customer_id, to_millis(time), amount, after, note])?;
    Ok(())
}

/// One page of a customer's transactions, newest first, and how many there are in all.
pub fn page(connection: &Connection, customer_id: &str, skip: u64, take: u64) -> Result<(Vec<CreditTransaction>, u64), StorageError> {
    let total: i64 = connection
        .prepare_cached("SELECT COUNT(*) FROM credit_transactions WHERE customer_id = ?1")?
        .query_row([customer_id], |row| row.get(0))?;
    // Ids grow with every insert, so they order by recording even when times tie.
    let mut statement = connection.prepare_cached(
        "SELECT id, time, amount, balance, note FROM credit_transactions WHERE customer_id = ?1 \
         ORDER BY id DESC LIMIT ?2 OFFSET ?3",
    )?;
    let clamp = |n: u64| n.min(i64::MAX as u64) as i64;
    let items = statement
        .query_map(params![customer_id, clamp(take), clamp(skip)], |row| {
            let millis: i64 = row.get(1)?;
            Ok(CreditTransaction {
                id: row.get(0)?,
                time: DateTime::from_timestamp_millis(millis).unwrap_or_default(),
                amount: row.get(2)?,
                balance: row.get(3)?,
                note: row.get(4)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok((items, total as u64))
}

pub fn delete_for(connection: &Connection, customer_id: &str) -> Result<(), StorageError> {
    connection.prepare_cached("DELETE FROM credit_transactions WHERE customer_id = ?1")?.execute([customer_id])?;
    Ok(())
}
