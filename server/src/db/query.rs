//! Turns `GET /api/customers` query parameters into one SQL query. Every parameter is
//! checked here; a bad one becomes a `ParameterError` naming it (a 400), never a 500.

use chrono::{DateTime, Utc};
use customer_desk_domain::fold::fold;
use customer_desk_domain::ndata::{self, Operation, Operator, SortKey};
use rusqlite::types::Value;

pub const DEFAULT_TAKE: u64 = 25;
pub const MAX_TAKE: u64 = 1000;

/// A query parameter that cannot be used, with a message for the client.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterError {
    pub parameter: String,
    pub message: String,
}

fn bad(parameter: &str, message: impl Into<String>) -> ParameterError {
    ParameterError { parameter: parameter.to_string(), message: message.into() }
}

/// The WHERE clause, ORDER BY and page of a customer list request.
#[derive(Debug, Default, Clone)]
pub struct CustomerQuery {
    pub conditions: Vec<String>,
    pub params: Vec<Value>,
    pub order_by: Vec<String>,
    /// Arguments of the `?`s in `order_by` (the clock, for `status`), in order.
    pub order_params: Vec<Value>,
    pub skip: u64,
    pub take: u64,
    pub count_only: bool,
    /// Whether the matches or their order depend on the clock (`IsExpired`, sorting by
    /// `status`): such results are not kept, as they change without a write.
    pub uses_clock: bool,
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Number,
    Bool,
    Time,
}

/// The NData filters: parameter name, column (or the card table), and value kind.
const FILTERS: [(&str, &str, Kind); 6] = [
    ("CardSerialNumber", "card.serial_number", Kind::Text),
    ("ExternalId", "c.external_id", Kind::Text),
    ("CreditRate", "c.credit_rate", Kind::Number),
    ("DiscountRate", "c.discount_rate", Kind::Number),
    ("IsActive", "c.is_active", Kind::Bool),
    ("ExpirationTime", "c.expiration_time", Kind::Time),
];

/// Sortable properties (lower case) and their SQL; names sort by folded keys (no case,
/// no diacritics), other text ignores ASCII case. `c` is the narrow `customer_keys`, `w`
/// the wide `customers` row, joined only when a query needs one of its columns.
const SORTABLE: [(&str, &str); 21] = [
    ("id", "c.id"),
    ("externalid", "c.external_id"),
    ("isactive", "c.is_active"),
    ("activationtime", "c.activation_time"),
    ("expirationtime", "c.expiration_time"),
    ("firstname", "c.first_name_key"),
    ("lastname", "c.last_name_key"),
    ("fullname", "c.full_name_key"),
    ("gender", "w.gender"),
    ("birthdate", "w.birth_date"),
    ("email", "w.email COLLATE NOCASE"),
    ("phone", "w.phone"),
    ("iscompany", "c.is_company"),
    ("company.name", "c.company_name_key"),
    ("companyname", "c.company_name_key"),
    ("note", "w.note COLLATE NOCASE"),
    ("discountrate", "c.discount_rate"),
    ("creditrate", "c.credit_rate"),
    ("credit", "c.credit"),
    ("_v", "c.version"),
    ("version", "c.version"),
];

fn parse_bool(parameter: &str, value: &str) -> Result<bool, ParameterError> {
    match value.to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(bad(parameter, format!("'{value}' is not a boolean (true or false)"))),
    }
}

fn typed_value(parameter: &str, kind: Kind, arg: &str) -> Result<Value, ParameterError> {
    Ok(match kind {
        Kind::Text => Value::Text(arg.to_string()),
        Kind::Number => match arg.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => Value::Real(n),
            _ => return Err(bad(parameter, format!("'{arg}' is not a number"))),
        },
        Kind::Bool => Value::Integer(parse_bool(parameter, arg)? as i64),
        Kind::Time => match ndata::parse_date_time(arg) {
            Ok(time) => Value::Integer(time.timestamp_millis()),
            Err(error) => return Err(bad(parameter, error.to_string())),
        },
    })
}

/// Escapes LIKE's wildcards so user text matches literally.
fn like_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

impl CustomerQuery {
    /// Builds the query from the raw (decoded) query pairs, in order.
    pub fn from_pairs(pairs: &[(String, String)], now: DateTime<Utc>) -> Result<Self, ParameterError> {
        let mut query = CustomerQuery { take: DEFAULT_TAKE, ..Default::default() };
        let mut sort_keys: Vec<SortKey> = Vec::new();
        let mut seen_paging: Vec<String> = Vec::new();
        for (name, value) in pairs {
            let lower = name.to_ascii_lowercase();
            if matches!(lower.as_str(), "$skip" | "$take" | "$count" | "isexpired" | "search") {
                if seen_paging.contains(&lower) {
                    return Err(bad(name, "may be given only once"));
                }
                seen_paging.push(lower.clone());
            }
            match lower.as_str() {
                "$skip" => query.skip = parse_count(name, value)?,
                "$take" => {
                    query.take = parse_count(name, value)?;
                    if query.take > MAX_TAKE {
                        return Err(bad(name, format!("must be at most {MAX_TAKE}")));
                    }
                }
                "$count" => query.count_only = parse_bool(name, value)?,
                "$sort" => sort_keys.extend(ndata::parse_sort(value).map_err(|e| bad(name, e.to_string()))?),
                "isexpired" => {
                    let expired = parse_bool(name, value)?;
                    query.uses_clock = true;
                    let condition = "(c.expiration_time IS NOT NULL AND c.expiration_time <= ?)";
                    query.conditions.push(if expired { condition.to_string() } else { format!("NOT {condition}") });
                    query.params.push(Value::Integer(now.timestamp_millis()));
                }
                "search" => {
                    let folded = fold(value.trim());
                    if folded.chars().count() >= 3 {
                        // The trigram index finds a quoted phrase as a substring; three or
                        // more characters are needed for it, shorter text is scanned.
                        query.conditions.push("c.rowid IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)".into());
                        query.params.push(Value::Text(format!("\"{}\"", folded.replace('"', "\"\""))));
                    } else if !folded.is_empty() {
                        query.conditions.push("w.search_text LIKE ? ESCAPE '\\'".into());
                        query.params.push(Value::Text(like_pattern(&folded)));
                    }
                }
                _ => {
                    let Some(&(canonical, column, kind)) = FILTERS.iter().find(|(filter, _, _)| filter.eq_ignore_ascii_case(name)) else {
                        return Err(bad(name, "unknown query parameter"));
                    };
                    let operations = ndata::parse_filter(value).map_err(|e| bad(canonical, e.to_string()))?;
                    for operation in &operations {
                        query.add_filter(canonical, column, kind, operation)?;
                    }
                }
            }
        }
        (query.order_by, query.order_params) =
            order_by(&sort_keys, now).map_err(|property| bad("$sort", format!("'{property}' is not a sortable property")))?;
        query.uses_clock |= !query.order_params.is_empty();
        Ok(query)
    }

    fn add_filter(&mut self, parameter: &str, column: &str, kind: Kind, operation: &Operation) -> Result<(), ParameterError> {
        let operator = operation.operator;
        let allowed = match kind {
            Kind::Text => true,
            Kind::Bool => matches!(operator, Operator::Eq | Operator::Ne | Operator::In | Operator::Null | Operator::NotNull),
            Kind::Number | Kind::Time => operator != Operator::Like,
        };
        if !allowed {
            return Err(bad(parameter, format!("operator '{operator}' is not supported here")));
        }
        let mut args = Vec::new();
        for arg in &operation.args {
            args.push(if operator == Operator::Like { Value::Text(like_pattern(arg)) } else { typed_value(parameter, kind, arg)? });
        }
        let predicate = |target: &str| -> String {
            match operator {
                Operator::Eq => format!("{target} = ?"),
                Operator::Ne => format!("{target} <> ?"),
                Operator::Gt => format!("{target} > ?"),
                Operator::Gte => format!("{target} >= ?"),
                Operator::Lt => format!("{target} < ?"),
                Operator::Lte => format!("{target} <= ?"),
                Operator::Like => format!("{target} LIKE ? ESCAPE '\\'"),
                Operator::In => format!("{target} IN ({})", vec!["?"; args.len()].join(",")),
                Operator::Null => format!("{target} IS NULL"),
                Operator::NotNull => format!("{target} IS NOT NULL"),
            }
        };
        let condition = if column == "card.serial_number" {
            // A customer matches when one of its cards does; `ne` means no card equals it
            // and `null` means no cards at all.
            let exists = |inner: &str| format!("EXISTS (SELECT 1 FROM customer_cards card WHERE card.customer_id = c.id AND {inner})");
            match operator {
                Operator::Null => format!("NOT {}", exists("1")),
                Operator::NotNull => exists("1"),
                Operator::Ne => format!("NOT {}", exists("card.serial_number = ?")),
                _ => exists(&predicate(column)),
            }
        } else if operator == Operator::Ne {
            // "Not equal" includes customers without a value.
            format!("({column} IS NULL OR {column} <> ?)")
        } else {
            predicate(column)
        };
        self.conditions.push(condition);
        self.params.extend(args);
        Ok(())
    }

    /// The narrow key table, joined to the wide rows only when a condition or sort key
    /// reads a column that only they have (`w.`).
    pub fn from_clause(&self) -> &'static str {
        let uses_wide = self.conditions.iter().chain(&self.order_by).any(|sql| sql.contains("w."));
        if uses_wide { "customer_keys c JOIN customers w ON w.rowid = c.rowid" } else { "customer_keys c" }
    }

    pub fn where_clause(&self) -> String {
        if self.conditions.is_empty() { String::new() } else { format!("WHERE {}", self.conditions.join(" AND ")) }
    }
}

pub fn parse_count(parameter: &str, value: &str) -> Result<u64, ParameterError> {
    value.trim().parse::<u64>().map_err(|_| bad(parameter, format!("'{value}' is not a non-negative integer")))
}

/// `status` in sort order: Valid (0), NotYetValid (1), Expired (2), the same rule as
/// `CustomerStatus::at`, with the clock bound twice.
const STATUS_ORDER: &str = "CASE WHEN c.expiration_time <= ? THEN 2 WHEN c.activation_time > ? THEN 1 ELSE 0 END";

/// ORDER BY terms for the keys (default: last name, first name), with `id` last so pages
/// are stable, and the arguments they bind. Returns the first unknown property as the error.
fn order_by(keys: &[SortKey], now: DateTime<Utc>) -> Result<(Vec<String>, Vec<Value>), String> {
    let mut terms = Vec::new();
    let mut params = Vec::new();
    let defaults = [SortKey::asc("lastName"), SortKey::asc("firstName")];
    let keys = if keys.is_empty() { &defaults[..] } else { keys };
    for key in keys {
        let lower = key.property.to_ascii_lowercase();
        let sql = if lower == "status" {
            params.extend([Value::Integer(now.timestamp_millis()), Value::Integer(now.timestamp_millis())]);
            STATUS_ORDER
        } else {
            SORTABLE.iter().find(|(name, _)| *name == lower).ok_or_else(|| key.property.clone())?.1
        };
        terms.push(format!("{sql} {}", if key.descending { "DESC" } else { "ASC" }));
    }
    terms.push("c.id ASC".into());
    Ok((terms, params))
}
