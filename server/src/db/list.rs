//! Runs a `CustomerQuery`: the match count (unless known) and one page. Filtering and
//! sorting run on the narrow `customer_keys` table and yield only the page's row ids;
//! just those rows are then read in full from `customers`.

use super::StorageError;
use super::customers;
use super::query::CustomerQuery;
use chrono::{DateTime, Utc};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::portos::wire::QueryResult;
use rusqlite::Connection;
use rusqlite::types::Value;

/// The page and the total number of matches.
pub fn run(
    c: &Connection,
    query: &CustomerQuery,
    known_total: Option<u64>,
    now: DateTime<Utc>,
) -> Result<(QueryResult<Customer>, u64), StorageError> {
    let total = match known_total {
        Some(total) => total,
        None => count(c, query)?,
    };
    if query.count_only {
        return Ok((QueryResult { items: None, count: total, total_count: total }, total));
    }
    if query.take == 0 || query.skip >= total {
        return Ok((QueryResult { items: Some(Vec::new()), count: 0, total_count: total }, total));
    }
    // LIMIT and OFFSET are bound, not formatted in, so every page of a query reuses one
    // prepared statement.
    let sql = format!("{} LIMIT ? OFFSET ?", ordered_sql(query));
    let paging = [Value::Integer(query.take as i64), Value::Integer(query.skip.min(i64::MAX as u64) as i64)];
    let params = query.params.iter().chain(&query.order_params).chain(&paging);
    let rows = c
        .prepare_cached(&sql)?
        .query_map(rusqlite::params_from_iter(params), |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok((rows_page(c, &rows, total, now)?, total))
}

fn count(c: &Connection, query: &CustomerQuery) -> Result<u64, StorageError> {
    let sql = format!("SELECT COUNT(*) FROM {} {}", query.from_clause(), query.where_clause());
    let total: i64 = c.prepare_cached(&sql)?.query_row(rusqlite::params_from_iter(query.params.iter()), |row| row.get(0))?;
    Ok(total as u64)
}

fn ordered_sql(query: &CustomerQuery) -> String {
    format!("SELECT c.rowid FROM {} {} ORDER BY {}", query.from_clause(), query.where_clause(), query.order_by.join(", "))
}

/// Every match's rowid in page order (the same ORDER BY as a page query, so ties fall
/// the same way), or `None` when there are more than `cap`.
pub fn ordered_rowids(c: &Connection, query: &CustomerQuery, known_total: Option<u64>, cap: u64) -> Result<Option<Vec<i64>>, StorageError> {
    let total = match known_total {
        Some(total) => total,
        None => count(c, query)?,
    };
    if total > cap {
        return Ok(None);
    }
    let params = query.params.iter().chain(&query.order_params);
    let mut rows = Vec::with_capacity(total as usize);
    let mut statement = c.prepare_cached(&ordered_sql(query))?;
    let mut found = statement.query(rusqlite::params_from_iter(params))?;
    while let Some(row) = found.next()? {
        rows.push(row.get(0)?);
    }
    Ok(Some(rows))
}

/// The page `query` asks for out of `rowids`, every match in order: what `run` answers.
pub fn page_of(c: &Connection, query: &CustomerQuery, rowids: &[i64], now: DateTime<Utc>) -> Result<QueryResult<Customer>, StorageError> {
    let total = rowids.len() as u64;
    let start = query.skip.min(total) as usize;
    let end = query.skip.saturating_add(query.take).min(total) as usize;
    rows_page(c, &rowids[start..end], total, now)
}

fn rows_page(c: &Connection, rows: &[i64], total: u64, now: DateTime<Utc>) -> Result<QueryResult<Customer>, StorageError> {
    if rows.is_empty() {
        return Ok(QueryResult { items: Some(Vec::new()), count: 0, total_count: total });
    }
    let mut items = customers::by_rowids(c, rows, now)?;
    customers::attach_cards(c, &mut items, now)?;
    super::credit::attach(c, &mut items)?;
    Ok(QueryResult { count: items.len() as u64, items: Some(items), total_count: total })
}
