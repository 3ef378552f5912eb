//! Customer rows: mapping between `Customer` and the `customers` / `customer_cards` tables.
//! Nested parts (company, addresses, cards, meta) are stored as their PORTOS JSON.

use super::{StorageError, to_millis};
use chrono::{DateTime, NaiveDate, Utc};
use customer_desk_domain::customer::{Card, Credit, Customer, CustomerStatus, Gender};
use customer_desk_domain::fold::fold;
use customer_desk_domain::portos::{mapping, wire};
use customer_desk_domain::round_trip::Source;
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

/// The columns `from_row` reads, in order.
pub const COLUMNS: &str = "c.id, c.external_id, c.is_active, c.activation_time, c.expiration_time, \
    c.first_name, c.last_name, c.full_name, c.gender, c.birth_date, c.email, c.phone, c.is_company, \
    c.company, c.address, c.note, c.discount_rate, c.credit_rate, c.credit, c.version, c.delivery_address, \
    c.meta, c.credit_currency, c.record";

/// How many columns `COLUMNS` names.
const COLUMN_COUNT: usize = 24;

fn from_millis(millis: Option<i64>) -> Option<DateTime<Utc>> {
    millis.and_then(DateTime::from_timestamp_millis)
}

fn parse_json<T: serde::de::DeserializeOwned>(text: Option<String>) -> Option<T> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

/// Reads a row selected with `COLUMNS`; cards are attached by `attach_cards`.
pub fn from_row(row: &Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<Customer> {
    let activation_time = from_millis(row.get(3)?);
    let expiration_time = from_millis(row.get(4)?);
    let gender: Option<String> = row.get(8)?;
    let birth_date: Option<String> = row.get(9)?;
    let parsed = |index: usize| -> rusqlite::Result<Option<serde_json::Value>> {
        Ok(row.get::<_, Option<String>>(index)?.and_then(|text| serde_json::from_str(&text).ok()))
    };
    Ok(Customer {
        id: row.get(0)?,
        external_id: row.get(1)?,
        is_active: row.get(2)?,
        status: CustomerStatus::at(now, activation_time, expiration_time),
        activation_time,
        expiration_time,
        first_name: row.get(5)?,
        last_name: row.get(6)?,
        full_name: row.get(7)?,
        gender: gender.as_deref().map(Gender::parse),
        birth_date: birth_date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        email: row.get(10)?,
        phone: row.get(11)?,
        is_company: row.get(12)?,
        company: parse_json::<wire::Company>(row.get(13)?).map(mapping::company_from_wire),
        address: parse_json::<wire::Address>(row.get(14)?).map(mapping::address_from_wire),
        delivery_address: parse_json::<wire::Address>(row.get(20)?).map(mapping::address_from_wire),
        note: row.get(15)?,
        discount_rate: row.get(16)?,
        credit_rate: row.get(17)?,
        credit: Credit { amount: row.get(18)?, currency_label: row.get(22)? },
        credit_transactions: Vec::new(),
        cards: Vec::new(),
        meta: parsed(21)?,
        version: row.get(19)?,
        membership: None,
        source: parsed(23)?.map_or_else(Source::none, Source::new),
        unreadable: Vec::new(),
    })
}

/// Loads the cards of `customers` in one query and attaches them in their stored order,
/// each with its status derived at `now` from its validity window.
pub fn attach_cards(connection: &Connection, customers: &mut [Customer], now: DateTime<Utc>) -> Result<(), StorageError> {
    if customers.is_empty() {
        return Ok(());
    }
    let placeholders = vec!["?"; customers.len()].join(",");
    let sql = format!(
        "SELECT customer_id, serial_number, data FROM customer_cards WHERE customer_id IN ({placeholders}) ORDER BY customer_id, position"
    );
    let mut statement = connection.prepare_cached(&sql)?;
    let ids = customers.iter().map(|c| c.id.as_str());
    let mut by_customer: HashMap<String, Vec<Card>> = HashMap::new();
    let mut rows = statement.query(rusqlite::params_from_iter(ids))?;
    while let Some(row) = rows.next()? {
        let data: String = row.get(2)?;
        let record: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
        let mut card = mapping::card_from_wire(serde_json::from_value(record.clone()).unwrap_or_default());
        card.serial_number = row.get(1)?;
        card.status = CustomerStatus::at(now, card.activation_time, card.expiration_time);
        card.source = Source::new(record);
        by_customer.entry(row.get(0)?).or_default().push(card);
    }
    for customer in customers {
        customer.cards = by_customer.remove(&customer.id).unwrap_or_default();
    }
    Ok(())
}

/// The customers stored in `rows` (rowids), in that order, without cards.
pub fn by_rowids(connection: &Connection, rows: &[i64], now: DateTime<Utc>) -> Result<Vec<Customer>, StorageError> {
    // One statement for any number of rows: the ids travel as one JSON array.
    let sql = format!("SELECT {COLUMNS}, c.rowid FROM customers c WHERE c.rowid IN (SELECT value FROM json_each(?1))");
    let list = serde_json::to_string(rows).map_err(|e| StorageError(e.to_string()))?;
    let mut by_row: HashMap<i64, Customer> = HashMap::with_capacity(rows.len());
    let mut statement = connection.prepare_cached(&sql)?;
    let mut found = statement.query([list])?;
    while let Some(row) = found.next()? {
        by_row.insert(row.get(COLUMN_COUNT)?, from_row(row, now)?);
    }
    Ok(rows.iter().filter_map(|row| by_row.remove(row)).collect())
}

pub fn get(connection: &Connection, id: &str, now: DateTime<Utc>) -> Result<Option<Customer>, StorageError> {
    let sql = format!("SELECT {COLUMNS} FROM customers c WHERE c.id = ?1");
    let customer = connection.prepare_cached(&sql)?.query_row([id], |row| from_row(row, now)).optional()?;
    Ok(match customer {
        Some(customer) => {
            let mut one = [customer];
            attach_cards(connection, &mut one, now)?;
            super::credit::attach(connection, &mut one)?;
            let [customer] = one;
            Some(customer)
        }
        None => None,
    })
}

/// Serial numbers among `cards` that already belong to a customer other than `id`.
pub fn cards_taken_by_others(connection: &Connection, id: &str, cards: &[Card]) -> Result<Vec<String>, StorageError> {
    let mut statement = connection.prepare_cached("SELECT 1 FROM customer_cards WHERE serial_number = ?1 AND customer_id <> ?2")?;
    let mut taken = Vec::new();
    for card in cards {
        if statement.exists(params![card.serial_number, id])? {
            taken.push(card.serial_number.clone());
        }
    }
    Ok(taken)
}

/// The text Search matches against: folded names, company name, VAT and tax IDs, CRN and
/// note.
fn search_text(customer: &Customer) -> String {
    let company = customer.company.as_ref();
    [
        customer.first_name.as_deref(),
        customer.last_name.as_deref(),
        company.and_then(|c| c.name.as_deref()),
        company.and_then(|c| c.vat_id.as_deref()),
        company.and_then(|c| c.tax_id.as_deref()),
        company.and_then(|c| c.crn.as_deref()),
        customer.note.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(fold)
    .collect::<Vec<_>>()
    .join("\u{1f}")
}

fn json_or_null<T: serde::Serialize>(value: Option<T>) -> Option<String> {
    value.and_then(|v| serde_json::to_string(&v).ok())
}

/// Inserts `customer` as is (its `version` included) with its cards and (see
/// `dealpos_data::save`) its DealPOS data. A customer with a source (only with --wire-extras)
/// keeps its record, patched with the stored values, for the fields the server does not
/// know.
pub fn insert(connection: &Connection, customer: &Customer) -> Result<(), StorageError> {
    let mut statement = connection.prepare_cached(
        "INSERT INTO customers (id, external_id, is_active, activation_time, expiration_time, first_name, \
         last_name, full_name, gender, birth_date, email, phone, is_company, company, company_name, address, \
         note, discount_rate, credit_rate, credit, search_text, version, first_name_key, last_name_key, \
         full_name_key, company_name_key, delivery_address, meta, credit_currency, record) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, \
         ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)",
    )?;
    statement.execute(params![
        customer.id,
        customer.external_id,
        customer.is_active,
        customer.activation_time.map(to_millis),
        customer.expiration_time.map(to_millis),
        customer.first_name,
        customer.last_name,
        customer.full_name,
        customer.gender.as_ref().map(Gender::as_str),
        customer.birth_date.map(|d| d.format("%Y-%m-%d").to_string()),
        customer.email,
        customer.phone,
        customer.is_company,
        json_or_null(customer.company.as_ref().map(mapping::company_to_wire)),
        customer.company.as_ref().and_then(|c| c.name.clone()),
        json_or_null(customer.address.as_ref().map(mapping::address_to_wire)),
        customer.note,
        customer.discount_rate,
        customer.credit_rate,
        customer.credit.amount,
        search_text(customer),
        customer.version,
        customer.first_name.as_deref().map(fold),
        customer.last_name.as_deref().map(fold),
        fold(&customer.full_name),
        customer.company.as_ref().and_then(|c| c.name.as_deref()).map(fold),
        json_or_null(customer.delivery_address.as_ref().map(mapping::address_to_wire)),
        json_or_null(customer.meta.as_ref()),
        customer.credit.currency_label,
        customer.source.record().map(|_| mapping::write(customer).to_string()),
    ])?;
    insert_cards(connection, &customer.id, &customer.cards)?;
    super::dealpos_data::save(connection, &customer.id, customer.membership.as_ref())
}

fn insert_cards(connection: &Connection, id: &str, cards: &[Card]) -> Result<(), StorageError> {
    let mut statement =
        connection.prepare_cached("INSERT INTO customer_cards (serial_number, customer_id, position, data) VALUES (?1, ?2, ?3, ?4)")?;
    for (position, card) in cards.iter().enumerate() {
        statement.execute(params![card.serial_number, id, position as i64, mapping::write_card(card).to_string()])?;
    }
    Ok(())
}

/// Replaces the stored customer whose version is `expected_version`; returns false (and
/// changes nothing) when the stored version differs, so a stale write can never land.
pub fn replace(connection: &Connection, customer: &Customer, expected_version: i64) -> Result<bool, StorageError> {
    let removed = connection
        .prepare_cached("DELETE FROM customers WHERE id = ?1 AND version = ?2")?
        .execute(params![customer.id, expected_version])?;
    if removed == 0 {
        return Ok(false);
    }
    insert(connection, customer)?;
    Ok(true)
}

/// Deletes the customer, its cards, its credit history and its DealPOS data.
pub fn delete(connection: &Connection, id: &str) -> Result<bool, StorageError> {
    super::credit::delete_for(connection, id)?;
    super::dealpos_data::delete(connection, id)?;
    Ok(connection.prepare_cached("DELETE FROM customers WHERE id = ?1")?.execute([id])? > 0)
}

pub fn count(connection: &Connection) -> Result<u64, StorageError> {
    Ok(connection.query_row("SELECT COUNT(*) FROM customers", [], |row| row.get::<_, i64>(0))? as u64)
}
