//! A small cache of list answers, keyed by the raw query string. Any write bumps the
//! generation, which empties it at once; entries also expire after a second because
//! `status` and `IsExpired` depend on the clock. Repeated list requests (every client
//! polling the same page) then cost a lookup instead of a query. When an entry ages out,
//! only the first request recomputes it while the others still get the old copy, so the
//! clients do not all run the same query at once.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const LIFETIME: Duration = Duration::from_secs(1);
const CAPACITY: usize = 512;
/// A recomputation that has not finished by then (its request failed) is given up on.
const REFRESH_GRACE: Duration = Duration::from_secs(5);

struct Entry {
    generation: u64,
    stored: Instant,
    body: axum::body::Bytes,
    refreshing: bool,
}

#[derive(Default)]
pub struct ListCache {
    generation: AtomicU64,
    entries: Mutex<HashMap<String, Entry>>,
    /// Match counts by WHERE clause and arguments: paging through one filter reuses it.
    counts: Mutex<HashMap<String, (u64, Instant, u64)>>,
    /// Ordered ids per filter, Search and sort: any page of a result is a slice of them.
    pub ids: super::id_cache::IdCache,
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
        if let Ok(mut counts) = self.counts.lock() {
            counts.clear();
        }
        self.ids.clear();
    }

    pub fn count(&self, filter: &str) -> Option<u64> {
        let counts = self.counts.lock().ok()?;
        let (generation, stored, count) = counts.get(filter)?;
        (*generation == self.generation() && stored.elapsed() < LIFETIME).then_some(*count)
    }

    pub fn put_count(&self, filter: String, generation: u64, count: u64) {
        if generation != self.generation() {
            return;
        }
        if let Ok(mut counts) = self.counts.lock() {
            if counts.len() >= CAPACITY {
                counts.clear();
            }
            counts.insert(filter, (generation, Instant::now(), count));
        }
    }

    /// A current answer, or `None` when the caller should compute (and `put`) it.
    pub fn get(&self, query: &str) -> Option<axum::body::Bytes> {
        let current = self.generation();
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.get_mut(query).filter(|e| e.generation == current)?;
        let age = entry.stored.elapsed();
        if age < LIFETIME || (entry.refreshing && age < REFRESH_GRACE) {
            return Some(entry.body.clone());
        }
        // This caller refreshes; the others keep getting the old copy meanwhile.
        entry.refreshing = true;
        None
    }

    pub fn put(&self, query: String, generation: u64, body: axum::body::Bytes) {
        if generation != self.generation() {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY {
                entries.retain(|_, e| e.generation == generation && e.stored.elapsed() < LIFETIME);
                if entries.len() >= CAPACITY {
                    entries.clear();
                }
            }
            entries.insert(query, Entry { generation, stored: Instant::now(), body, refreshing: false });
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

    #[test]
    fn an_aged_entry_is_recomputed_by_one_caller_while_others_get_the_old_copy() {
        let cache = ListCache::default();
        cache.put("q".into(), cache.generation(), "old".into());
        std::thread::sleep(LIFETIME + Duration::from_millis(20));
        assert!(cache.get("q").is_none(), "the first caller recomputes");
        assert_eq!(cache.get("q").as_deref(), Some(&b"old"[..]), "the others are not blocked");
        cache.put("q".into(), cache.generation(), "new".into());
        assert_eq!(cache.get("q").as_deref(), Some(&b"new"[..]));
    }
}
