//! DealPOS API clients (OAuth2 client credentials) and their Contacts roles. Secrets are
//! stored as SHA-256 hashes: client secrets are long random strings in real use, so a fast
//! hash suffices (unlike user passwords), and a copy of the database cannot sign in.

use super::StorageError;
use super::users::hash_token;
use customer_desk_domain::dealpos::ContactsRole;
use rusqlite::{Connection, OptionalExtension, params};

/// The demo clients: client id (also the secret) and roles.
pub const DEMO_CLIENTS: [(&str, &[ContactsRole]); 2] = [("demo", &ContactsRole::ALL), ("viewer", &[ContactsRole::View])];

pub fn create_schema(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch(
        "CREATE TABLE IF NOT EXISTS dealpos_clients (
            client_id   TEXT PRIMARY KEY,
            secret_hash TEXT NOT NULL,
            roles       TEXT NOT NULL
        );",
    )
}

/// Creates the demo clients when there are no clients at all.
pub fn ensure_demo_clients(connection: &Connection) -> Result<(), StorageError> {
    let existing: i64 = connection.query_row("SELECT COUNT(*) FROM dealpos_clients", [], |row| row.get(0))?;
    if existing > 0 {
        return Ok(());
    }
    for (client_id, roles) in DEMO_CLIENTS {
        let roles: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        connection.execute(
            "INSERT INTO dealpos_clients (client_id, secret_hash, roles) VALUES (?1, ?2, ?3)",
            params![client_id, hash_token(client_id), roles.join(",")],
        )?;
    }
    Ok(())
}

/// The client's roles when `secret` is its secret.
pub fn check_secret(connection: &Connection, client_id: &str, secret: &str) -> Result<Option<Vec<ContactsRole>>, StorageError> {
    let row: Option<(String, String)> = connection
        .prepare_cached("SELECT secret_hash, roles FROM dealpos_clients WHERE client_id = ?1")?
        .query_row([client_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(row.filter(|(hash, _)| *hash == hash_token(secret)).map(|(_, roles)| roles.split(',').filter_map(ContactsRole::parse).collect()))
}
