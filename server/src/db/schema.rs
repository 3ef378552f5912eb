//! The schema, created at start-up if missing. Times are stored as Unix milliseconds (UTC)
//! so comparisons and sorting are plain integer operations.

use customer_desk_domain::fold::fold;
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
        -- A card's serial number (unique, filtered on) and the rest of its documented
        -- fields as PORTOS JSON (its status is derived when read).
        CREATE TABLE IF NOT EXISTS customer_cards (
            serial_number TEXT PRIMARY KEY,
            customer_id   TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            position      INTEGER NOT NULL,
            data          TEXT NOT NULL DEFAULT '{}'
        );
        -- No foreign key: an update replaces the customer row (delete, then insert), and
        -- its history must survive that; deleting a customer deletes them explicitly.
        CREATE TABLE IF NOT EXISTS credit_transactions (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id TEXT NOT NULL,
            time        INTEGER NOT NULL,
            amount      REAL NOT NULL,
            balance     REAL NOT NULL,
            note        TEXT,
            record      TEXT
        );
        CREATE INDEX IF NOT EXISTS credit_transactions_customer ON credit_transactions(customer_id, id);
        ",
    )?;
    add_sort_keys(connection)?;
    // Columns added after the first release; older databases get them here.
    add_column_if_missing(connection, "customers", "delivery_address", "TEXT")?;
    // `meta` and the credit's currency label as documented; `record`: with --wire-extras,
    // the customer as last written, fields the server does not know included.
    add_column_if_missing(connection, "customers", "meta", "TEXT")?;
    add_column_if_missing(connection, "customers", "credit_currency", "TEXT")?;
    add_column_if_missing(connection, "customers", "record", "TEXT")?;
    add_column_if_missing(connection, "credit_transactions", "record", "TEXT")?;
    if add_column_if_missing(connection, "customer_cards", "data", "TEXT NOT NULL DEFAULT '{}'")? {
        // Cards stored before the documented card had only a "blocked" flag.
        let had_blocked = connection.prepare("SELECT 1 FROM pragma_table_info('customer_cards') WHERE name = 'is_blocked'")?.exists([])?;
        if had_blocked {
            connection.execute_batch(
                "UPDATE customer_cards SET data = json_object('isActive', json(CASE is_blocked WHEN 0 THEN 'true' ELSE 'false' END))",
            )?;
        }
    }
    connection.execute_batch(
        "
        -- Covering: a list page reads its customers' cards from the index alone.
        DROP INDEX IF EXISTS customer_cards_customer;
        DROP INDEX IF EXISTS customer_cards_by_customer;
        CREATE INDEX IF NOT EXISTS customer_cards_of_customer
            ON customer_cards(customer_id, position, serial_number, data);
        -- Search: a trigram index over the folded text finds substrings without a scan.
        CREATE VIRTUAL TABLE IF NOT EXISTS customer_search USING fts5(search_text, tokenize = 'trigram');
        CREATE TRIGGER IF NOT EXISTS customers_search_insert AFTER INSERT ON customers BEGIN
            INSERT INTO customer_search (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
        CREATE TRIGGER IF NOT EXISTS customers_search_delete AFTER DELETE ON customers BEGIN
            DELETE FROM customer_search WHERE rowid = old.rowid;
        END;
        ",
    )?;
    // Databases written before the search index existed get it filled once.
    let indexed: i64 = connection.query_row("SELECT COUNT(*) FROM customer_search", [], |row| row.get(0))?;
    if indexed == 0 {
        connection.execute_batch("INSERT INTO customer_search (rowid, search_text) SELECT rowid, search_text FROM customers")?;
    }
    create_keys(connection)?;
    super::dealpos_data::create_schema(connection)?;
    super::dealpos_clients::create_schema(connection)
}

/// The columns lists filter and sort on, copied from `customers` by triggers.
const KEY_COLUMNS: &str = "id, external_id, is_active, activation_time, expiration_time, first_name_key, \
    last_name_key, full_name_key, company_name_key, is_company, discount_rate, credit_rate, credit, version";

/// `customer_keys`: one narrow row (about 90 bytes, against about 300 in `customers`) per
/// customer, keyed by the customer's rowid. Lists filter and sort here and read only the
/// page's rows from `customers`, so a search that must look at thousands of candidates
/// touches a table that fits in each connection's page cache.
fn create_keys(connection: &Connection) -> rusqlite::Result<()> {
    let new_values = KEY_COLUMNS.split(", ").map(|column| format!("new.{column}")).collect::<Vec<_>>().join(", ");
    connection.execute_batch(&format!(
        "
        CREATE TABLE IF NOT EXISTS customer_keys (
            customer_row     INTEGER PRIMARY KEY,
            id               TEXT NOT NULL,
            external_id      TEXT,
            is_active        INTEGER NOT NULL,
            activation_time  INTEGER,
            expiration_time  INTEGER,
            first_name_key   TEXT,
            last_name_key    TEXT,
            full_name_key    TEXT,
            company_name_key TEXT,
            is_company       INTEGER NOT NULL,
            discount_rate    REAL NOT NULL,
            credit_rate      REAL NOT NULL,
            credit           REAL NOT NULL,
            version          INTEGER NOT NULL
        );
        CREATE TRIGGER IF NOT EXISTS customers_keys_insert AFTER INSERT ON customers BEGIN
            INSERT INTO customer_keys (customer_row, {KEY_COLUMNS}) VALUES (new.rowid, {new_values});
        END;
        CREATE TRIGGER IF NOT EXISTS customers_keys_update AFTER UPDATE ON customers BEGIN
            INSERT OR REPLACE INTO customer_keys (customer_row, {KEY_COLUMNS}) VALUES (new.rowid, {new_values});
        END;
        CREATE TRIGGER IF NOT EXISTS customers_keys_delete AFTER DELETE ON customers BEGIN
            DELETE FROM customer_keys WHERE customer_row = old.rowid;
        END;
        -- The list's indexes live on the narrow table (older databases had them on customers).
        DROP INDEX IF EXISTS customers_name_key;
        DROP INDEX IF EXISTS customers_full_name_key;
        DROP INDEX IF EXISTS customers_external_id;
        DROP INDEX IF EXISTS customers_discount_rate;
        DROP INDEX IF EXISTS customers_credit_rate;
        DROP INDEX IF EXISTS customers_expiration_time;
        DROP INDEX IF EXISTS customers_active_name_key;
        CREATE INDEX IF NOT EXISTS customer_keys_name ON customer_keys(last_name_key, first_name_key, id);
        CREATE INDEX IF NOT EXISTS customer_keys_active_name ON customer_keys(is_active, last_name_key, first_name_key, id);
        CREATE INDEX IF NOT EXISTS customer_keys_full_name ON customer_keys(full_name_key, id);
        CREATE INDEX IF NOT EXISTS customer_keys_external_id ON customer_keys(external_id);
        CREATE INDEX IF NOT EXISTS customer_keys_discount_rate ON customer_keys(discount_rate);
        CREATE INDEX IF NOT EXISTS customer_keys_credit_rate ON customer_keys(credit_rate);
        CREATE INDEX IF NOT EXISTS customer_keys_expiration_time ON customer_keys(expiration_time);
        "
    ))?;
    // Databases written before the table existed get it filled once.
    let filled = connection.prepare("SELECT 1 FROM customer_keys")?.exists([])?;
    if !filled {
        connection.execute_batch(&format!(
            "INSERT INTO customer_keys (customer_row, {KEY_COLUMNS}) SELECT rowid, {KEY_COLUMNS} FROM customers"
        ))?;
    }
    Ok(())
}

/// Adds the column unless the table has it; true when it was added.
fn add_column_if_missing(connection: &Connection, table: &str, column: &str, definition: &str) -> rusqlite::Result<bool> {
    let exists = connection.prepare(&format!("SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"))?.exists([column])?;
    if !exists {
        connection.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {definition}"))?;
    }
    Ok(!exists)
}

/// Names sort by folded keys (lower case, no diacritics: "Šťastný" sorts as "stastny").
/// Databases from before these columns existed get them added and filled here.
fn add_sort_keys(connection: &Connection) -> rusqlite::Result<()> {
    let has_keys = connection.prepare("SELECT 1 FROM pragma_table_info('customers') WHERE name = 'last_name_key'")?.exists([])?;
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
