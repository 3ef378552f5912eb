//! The browser's storage in one place: preferences in localStorage (columns, saved views,
//! colour scheme, and whether the device's link was slow) and the remembered session in
//! sessionStorage. Storage can be full, disabled or private; then reads find nothing and
//! writes are dropped, so the app simply forgets on reload and nothing fails because of it.

use serde::Serialize;
use serde::de::DeserializeOwned;

#[derive(Clone, Copy)]
pub enum Area {
    /// Kept across tabs and restarts: preferences only, never a secret.
    Local,
    /// Kept for this tab: the session, when the user asks to be remembered, and form drafts.
    Session,
}

fn storage(area: Area) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match area {
        Area::Local => window.local_storage(),
        Area::Session => window.session_storage(),
    }
    .ok()
    .flatten()
}

pub fn read(area: Area, key: &str) -> Option<String> {
    storage(area)?.get_item(key).ok().flatten()
}

pub fn write(area: Area, key: &str, value: &str) {
    if let Some(storage) = storage(area) {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(area: Area, key: &str) {
    if let Some(storage) = storage(area) {
        let _ = storage.remove_item(key);
    }
}

/// Removes every key that starts with `prefix` (the drafts, at sign-out).
pub fn remove_prefixed(area: Area, prefix: &str) {
    let Some(storage) = storage(area) else { return };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).collect();
    for key in keys.into_iter().filter(|key| key.starts_with(prefix)) {
        let _ = storage.remove_item(&key);
    }
}

/// The value stored as JSON under `key`; `None` when missing or unreadable.
pub fn read_json<T: DeserializeOwned>(area: Area, key: &str) -> Option<T> {
    serde_json::from_str(&read(area, key)?).ok()
}

pub fn write_json<T: Serialize>(area: Area, key: &str, value: &T) {
    if let Ok(text) = serde_json::to_string(value) {
        write(area, key, &text);
    }
}
