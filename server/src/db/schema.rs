//! The schema, created at start-up if missing. Times are stored as Unix milliseconds (UTC)
//! so comparisons and sorting are plain integer operations.

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
            address         TEXT,
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
            position      INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS customer_cards_customer ON customer_cards(customer_id);
        CREATE INDEX IF NOT EXISTS customers_name ON customers(last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
        CREATE INDEX IF NOT EXISTS customers_full_name ON customers(full_name COLLATE NOCASE, id);
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
        CREATE INDEX IF NOT EXISTS customers_active_name ON customers(is_active, last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
        ",
    )?;
    // Databases written before the search index existed get it filled once.
    let indexed: i64 = connection.query_row("SELECT COUNT(*) FROM customer_search", [], |row| row.get(0))?;
    if indexed == 0 {
        connection.execute_batch("INSERT INTO customer_search (rowid, search_text) SELECT rowid, search_text FROM customers")?;
    }
    Ok(())
}

/// Refreshes the query planner's statistics (after bulk loads), so it picks the selective
/// index instead of a range scan over most of the table.
pub fn analyze(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch("ANALYZE")
}
