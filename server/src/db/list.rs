//! Runs a `CustomerQuery`: the match count (unless known) and one page. Filtering and
//! sorting run on the narrow `customer_keys` table and yield only the page's row ids;
//! just those rows are then read in full from `customers`.

use super::StorageError;
use super::customers;
use super::query::CustomerQuery;
use chrono::{DateTime, Utc};
use customer_desk_domain::customer::{Customer, QueryResult};
use rusqlite::Connection;
use rusqlite::types::Value;

/// The page and the total number of matches.
pub fn run(
    c: &Connection,
    query: &CustomerQuery,
    known_total: Option<u64>,
    now: DateTime<Utc>,
) -> Result<(QueryResult<Customer>, u64), StorageError> {
    let (from, where_clause) = (query.from_clause(), query.where_clause());
    let total = match known_total {
        Some(total) => total,
        None => {
            let total: i64 = c
                .prepare_cached(&format!("SELECT COUNT(*) FROM {from} {where_clause}"))?
                .query_row(rusqlite::params_from_iter(query.params.iter()), |row| row.get(0))?;
            total as u64
        }
    };
    if query.count_only {
        return Ok((QueryResult { items: None, count: total, total_count: total }, total));
    }
    if query.take == 0 || query.skip >= total {
        return Ok((QueryResult { items: Some(Vec::new()), count: 0, total_count: total }, total));
    }
    // LIMIT and OFFSET are bound, not formatted in, so every page of a query reuses one
    // prepared statement.
    let sql = format!("SELECT c.rowid FROM {from} {where_clause} ORDER BY {} LIMIT ? OFFSET ?", query.order_by.join(", "));
    let paging = [Value::Integer(query.take as i64), Value::Integer(query.skip.min(i64::MAX as u64) as i64)];
    let params = query.params.iter().chain(&query.order_params).chain(&paging);
    let rows = c
        .prepare_cached(&sql)?
        .query_map(rusqlite::params_from_iter(params), |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut items = customers::by_rowids(c, &rows, now)?;
    customers::attach_cards(c, &mut items)?;
    Ok((QueryResult { count: items.len() as u64, items: Some(items), total_count: total }, total))
}
