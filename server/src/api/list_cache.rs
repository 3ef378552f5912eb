//! A small cache of list answers, keyed by the raw query string. Any write bumps the
//! generation, which empties it at once; entries also expire after a second because
//! `status` and `IsExpired` depend on the clock. Repeated list requests (every client
//! polling the same page) then cost a lookup instead of a query.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const LIFETIME: Duration = Duration::from_secs(1);
const CAPACITY: usize = 512;

#[derive(Default)]
pub struct ListCache {
    generation: AtomicU64,
    entries: Mutex<HashMap<String, (u64, Instant, axum::body::Bytes)>>,
}

impl ListCache {
    /// The generation to store a freshly computed answer under (read it before querying,
    /// so a write during the query makes the answer stale rather than cached as current).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Forgets every answer; called after each successful write.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }

    pub fn get(&self, query: &str) -> Option<axum::body::Bytes> {
        let entries = self.entries.lock().ok()?;
        let (generation, stored, body) = entries.get(query)?;
        (*generation == self.generation() && stored.elapsed() < LIFETIME).then(|| body.clone())
    }

    pub fn put(&self, query: String, generation: u64, body: axum::body::Bytes) {
        if generation != self.generation() {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY {
                entries.retain(|_, (g, stored, _)| *g == generation && stored.elapsed() < LIFETIME);
                if entries.len() >= CAPACITY {
                    entries.clear();
                }
            }
            entries.insert(query, (generation, Instant::now(), body));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_or_a_second_makes_answers_stale() {
        let cache = ListCache::default();
        let g = cache.generation();
        cache.put("a".into(), g, "1".into());
        assert_eq!(cache.get("a").as_deref(), Some(&b"1"[..]));
        cache.invalidate();
        assert!(cache.get("a").is_none());
        cache.put("b".into(), g, "stale".into());
        assert!(cache.get("b").is_none(), "computed before the write");
    }
}
