//! The schema, created at start-up if missing. Times are stored as Unix milliseconds (UTC)
//! so comparisons and sorting are plain integer operations.

use super::fold::fold;
use rusqlite::Connection;

pub fn create(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch(
        "
        CREATE TABLE IF NOT EXISTS settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS users (
            user_name     TEXT PRIMARY KEY,
            id            TEXT NOT NULL UNIQUE,
            name          TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            rights        TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS sessions (
            id                 TEXT PRIMARY KEY,
            user_name          TEXT NOT NULL REFERENCES users(user_name) ON DELETE CASCADE,
            device_name        TEXT NOT NULL,
            refresh_hash       TEXT NOT NULL,
            refresh_expires_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS customers (
            id              TEXT PRIMARY KEY,
            external_id     TEXT,
            is_active       INTEGER NOT NULL,
            activation_time INTEGER,
            expiration_time INTEGER,
            first_name      TEXT,
            last_name       TEXT,
            full_name       TEXT NOT NULL,
            gender          TEXT,
            birth_date      TEXT,
            email           TEXT,
            phone           TEXT,
            is_company      INTEGER NOT NULL,
            company         TEXT,
            company_name    TEXT,
            first_name_key  TEXT,
            last_name_key   TEXT,
            full_name_key   TEXT,
            company_name_key TEXT,
            address         TEXT,
            delivery_address TEXT,
            note            TEXT,
            discount_rate   REAL NOT NULL,
            credit_rate     REAL NOT NULL,
            credit          REAL NOT NULL,
            search_text     TEXT NOT NULL,
            version         INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS customer_cards (
            serial_number TEXT PRIMARY KEY,
            customer_id   TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            position      INTEGER NOT NULL,
            is_blocked    INTEGER NOT NULL DEFAULT 0
        );
        -- No foreign key: an update replaces the customer row (delete, then insert), and
        -- its history must survive that; deleting a customer deletes them explicitly.
        CREATE TABLE IF NOT EXISTS credit_transactions (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id TEXT NOT NULL,
            time        INTEGER NOT NULL,
            amount      REAL NOT NULL,
            balance     REAL NOT NULL,
            note        TEXT
        );
        CREATE INDEX IF NOT EXISTS credit_transactions_customer ON credit_transactions(customer_id, id);
        ",
    )?;
    add_sort_keys(connection)?;
    // Columns added after the first release; older databases get them here.
    add_column_if_missing(connection, "customers", "delivery_address", "TEXT")?;
    add_column_if_missing(connection, "customer_cards", "is_blocked", "INTEGER NOT NULL DEFAULT 0")?;
    connection.execute_batch(
        "
        CREATE INDEX IF NOT EXISTS customer_cards_customer ON customer_cards(customer_id);
        CREATE INDEX IF NOT EXISTS customers_name_key ON customers(last_name_key, first_name_key, id);
        CREATE INDEX IF NOT EXISTS customers_full_name_key ON customers(full_name_key, id);
        CREATE INDEX IF NOT EXISTS customers_external_id ON customers(external_id);
        CREATE INDEX IF NOT EXISTS customers_discount_rate ON customers(discount_rate);
        CREATE INDEX IF NOT EXISTS customers_credit_rate ON customers(credit_rate);
        CREATE INDEX IF NOT EXISTS customers_expiration_time ON customers(expiration_time);
        -- Search: a trigram index over the folded text finds substrings without a scan.
        CREATE VIRTUAL TABLE IF NOT EXISTS customer_search USING fts5(search_text, tokenize = 'trigram');
        CREATE TRIGGER IF NOT EXISTS customers_search_insert AFTER INSERT ON customers BEGIN
            INSERT INTO customer_search (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
        CREATE TRIGGER IF NOT EXISTS customers_search_delete AFTER DELETE ON customers BEGIN
            DELETE FROM customer_search WHERE rowid = old.rowid;
        END;
        CREATE INDEX IF NOT EXISTS customers_active_name_key ON customers(is_active, last_name_key, first_name_key, id);
        ",
    )?;
    // Databases written before the search index existed get it filled once.
    let indexed: i64 = connection.query_row("SELECT COUNT(*) FROM customer_search", [], |row| row.get(0))?;
    if indexed == 0 {
        connection.execute_batch("INSERT INTO customer_search (rowid, search_text) SELECT rowid, search_text FROM customers")?;
    }
    Ok(())
}

fn add_column_if_missing(connection: &Connection, table: &str, column: &str, definition: &str) -> rusqlite::Result<()> {
    let exists = connection
        .prepare(&format!("SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"))?
        .exists([column])?;
    if !exists {
        connection.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {definition}"))?;
    }
    Ok(())
}

/// Names sort by folded keys (lower case, no diacritics: "Šťastný" sorts as "stastny").
/// Databases from before these columns existed get them added and filled here.
fn add_sort_keys(connection: &Connection) -> rusqlite::Result<()> {
    let has_keys = connection
        .prepare("SELECT 1 FROM pragma_table_info('customers') WHERE name = 'last_name_key'")?
        .exists([])?;
    if has_keys {
        return Ok(());
    }
    for column in ["first_name_key", "last_name_key", "full_name_key", "company_name_key"] {
        connection.execute_batch(&format!("ALTER TABLE customers ADD COLUMN {column} TEXT"))?;
    }
    let rows: Vec<(i64, [Option<String>; 4])> = connection
        .prepare("SELECT rowid, first_name, last_name, full_name, company_name FROM customers")?
        .query_map([], |row| Ok((row.get(0)?, [row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?])))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = connection.prepare(
        "UPDATE customers SET first_name_key = ?2, last_name_key = ?3, full_name_key = ?4, company_name_key = ?5 WHERE rowid = ?1",
    )?;
    for (rowid, names) in rows {
        let [a, b, c, d] = names.map(|name| name.as_deref().map(fold));
        update.execute(rusqlite::params![rowid, a, b, c, d])?;
    }
    Ok(())
}

/// Refreshes the query planner's statistics (after bulk loads), so it picks the selective
/// index instead of a range scan over most of the table.
pub fn analyze(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch("ANALYZE")
}
