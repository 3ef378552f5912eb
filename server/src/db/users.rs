//! Users, their rights, sign-in sessions with rotating refresh tokens, and the JWT key.

use super::StorageError;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

/// PORTOS's customer rights (the "User rights" page).
pub const CUSTOMER_CREATE: &str = "customerCreate";
pub const CUSTOMER_UPDATE: &str = "customerUpdate";
pub const CUSTOMER_DELETE: &str = "customerDelete";
pub const CUSTOMER_SET_CREDIT: &str = "customerSetCredit";
pub const CUSTOMER_SET_DISCOUNT: &str = "customerSetDiscount";

/// PORTOS's role right that allows every action.
pub const ADMIN: &str = "admin";

/// The demo users: user name (also the password), display name, rights.
pub const DEMO_USERS: [(&str, &str, &[&str]); 4] = [
    ("admin", "Administrátor", &[CUSTOMER_CREATE, CUSTOMER_UPDATE, CUSTOMER_DELETE, CUSTOMER_SET_CREDIT, CUSTOMER_SET_DISCOUNT]),
    ("clerk", "Pokladník", &[CUSTOMER_CREATE, CUSTOMER_UPDATE]),
    ("viewer", "Náhľad", &[]),
    // Rights as the PORTOS documentation's sign-in example sends them.
    ("owner", "Majiteľ", &[ADMIN]),
];

#[derive(Clone, Debug)]
pub struct User {
    pub id: String,
    pub name: String,
    pub user_name: String,
    pub rights: Vec<String>,
}

impl User {
    pub fn has_right(&self, right: &str) -> bool {
        self.rights.iter().any(|r| r == right || r.eq_ignore_ascii_case(ADMIN))
    }
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

/// A random URL-safe token (refresh tokens, session IDs).
pub fn random_token() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// Refresh tokens are stored hashed, so a copy of the database cannot be used to sign in.
pub fn hash_token(token: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

fn hash_password(password: &str) -> Result<String, StorageError> {
    let salt = SaltString::encode_b64(&random_bytes::<16>()).map_err(|e| StorageError(e.to_string()))?;
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|hash| hash.to_string()).map_err(|e| StorageError(e.to_string()))
}

/// Creates the demo users when there are no users at all.
pub fn ensure_demo_users(connection: &Connection) -> Result<(), StorageError> {
    let existing: i64 = connection.query_row("SELECT COUNT(*) FROM users", [], |row| row.get(0))?;
    if existing > 0 {
        return Ok(());
    }
    for (index, (user_name, name, rights)) in DEMO_USERS.iter().enumerate() {
        connection.execute(
            "INSERT INTO users (user_name, id, name, password_hash, rights) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![user_name, format!("user-{}", index + 1), name, hash_password(user_name)?, rights.join(",")],
        )?;
    }
    Ok(())
}

/// The HS256 key, created once and kept in the database so `token` and the server agree.
pub fn jwt_secret(connection: &Connection) -> Result<Vec<u8>, StorageError> {
    use base64::Engine;
    let engine = base64::engine::general_purpose::STANDARD;
    let stored: Option<String> =
        connection.query_row("SELECT value FROM settings WHERE key = 'jwt_secret'", [], |row| row.get(0)).optional()?;
    if let Some(secret) = stored.and_then(|s| engine.decode(s).ok()) {
        return Ok(secret);
    }
    let secret = random_bytes::<32>().to_vec();
    connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('jwt_secret', ?1)", [engine.encode(&secret)])?;
    Ok(secret)
}

fn user_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    let rights: String = row.get(3)?;
    Ok(User {
        id: row.get(0)?,
        name: row.get(1)?,
        user_name: row.get(2)?,
        rights: rights.split(',').filter(|r| !r.is_empty()).map(str::to_string).collect(),
    })
}

pub fn find_user(connection: &Connection, user_name: &str) -> Result<Option<User>, StorageError> {
    Ok(connection
        .prepare_cached("SELECT id, name, user_name, rights FROM users WHERE user_name = ?1")?
        .query_row([user_name], user_from_row)
        .optional()?)
}

/// The user when `password` is theirs.
pub fn check_password(connection: &Connection, user_name: &str, password: &str) -> Result<Option<User>, StorageError> {
    let hash: Option<String> = connection
        .prepare_cached("SELECT password_hash FROM users WHERE user_name = ?1")?
        .query_row([user_name], |row| row.get(0))
        .optional()?;
    let Some(hash) = hash else { return Ok(None) };
    let parsed = PasswordHash::new(&hash).map_err(|e| StorageError(e.to_string()))?;
    if Argon2::default().verify_password(password.as_bytes(), &parsed).is_err() {
        return Ok(None);
    }
    find_user(connection, user_name)
}

pub fn create_session(
    connection: &Connection,
    session_id: &str,
    user_name: &str,
    device_name: &str,
    refresh_token: &str,
    refresh_expires_at: i64,
) -> Result<(), StorageError> {
    connection.execute(
        "INSERT INTO sessions (id, user_name, device_name, refresh_hash, refresh_expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![session_id, user_name, device_name, hash_token(refresh_token), refresh_expires_at],
    )?;
    Ok(())
}

/// The signed-in user and device of a live session.
pub fn session_user(connection: &Connection, session_id: &str) -> Result<Option<(User, String)>, StorageError> {
    Ok(connection
        .prepare_cached(
            "SELECT u.id, u.name, u.user_name, u.rights, s.device_name FROM sessions s \
             JOIN users u ON u.user_name = s.user_name WHERE s.id = ?1",
        )?
        .query_row([session_id], |row| Ok((user_from_row(row)?, row.get(4)?)))
        .optional()?)
}

/// Swaps the session's refresh token for a new one if `old` is its current, unexpired
/// token; an old or reused token is refused.
pub fn rotate_refresh(
    connection: &Connection,
    session_id: &str,
    old: &str,
    new: &str,
    now: i64,
    new_expires_at: i64,
) -> Result<bool, StorageError> {
    let changed = connection.execute(
        "UPDATE sessions SET refresh_hash = ?3, refresh_expires_at = ?4 \
         WHERE id = ?1 AND refresh_hash = ?2 AND refresh_expires_at > ?5",
        params![session_id, hash_token(old), hash_token(new), new_expires_at, now],
    )?;
    Ok(changed == 1)
}

pub fn delete_session(connection: &Connection, session_id: &str) -> Result<(), StorageError> {
    connection.execute("DELETE FROM sessions WHERE id = ?1", [session_id])?;
    Ok(())
}
