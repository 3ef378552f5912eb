//! The ordered row ids of a list result, per filter, Search and `$sort`, so that any page
//! of it (any `$skip`/`$take`) is a slice plus one read of at most `$take` rows instead of
//! a filter and sort of every match. Kept under the list cache's generation: every write
//! bumps it, so a list after a write never uses ids from before it; ids also age out after
//! a second, like the other list caches. A key seen for the first time is not computed
//! (the caller runs an ordinary page query): a one-off query, such as each keystroke of a
//! search, should not pay for all its ids. From the second sight on, one caller computes
//! them while the others wait for that result instead of running the query too. When ids
//! age out without a write, one caller recomputes them while the others keep slicing the
//! old ones: with the same generation they are still exact (clock-dependent queries are
//! never kept), and nobody waits once a second.
//!
//! Memory: ids only (8 bytes each), at most `MAX_IDS` per key (more matches fall back to
//! page queries) and `BUDGET` in all (the oldest entries are dropped beyond it).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const LIFETIME: Duration = Duration::from_secs(1);
/// Keys remembered at once, computed or only seen.
const MAX_KEYS: usize = 256;
/// A result with more matches is not kept (2 MB of ids).
pub const MAX_IDS: u64 = 250_000;
/// Ids kept over all keys (8 MB).
const BUDGET: usize = 1_000_000;

/// `None` once computed means "too many matches to keep": use page queries.
pub type Ids = Option<Arc<[i64]>>;

pub struct Slot {
    generation: u64,
    created: Instant,
    pub ids: tokio::sync::OnceCell<Ids>,
    /// The ids of the aged-out entry this one replaced, from the same generation.
    stale: Ids,
    /// Set by the first caller to find `ids` missing, which computes them.
    claimed: AtomicBool,
}

impl Slot {
    fn new(generation: u64, stale: Ids) -> Arc<Self> {
        let ids = tokio::sync::OnceCell::new();
        Arc::new(Slot { generation, created: Instant::now(), ids, stale, claimed: AtomicBool::new(false) })
    }

    /// Ids to use without waiting: the computed ones, or the stale ones while another
    /// caller computes. `None`: compute (or wait for) them with `ids.get_or_try_init`.
    pub fn ready(&self) -> Option<Ids> {
        if let Some(ids) = self.ids.get() {
            return Some(ids.clone());
        }
        let computing = self.claimed.swap(true, Ordering::AcqRel);
        (computing && self.stale.is_some()).then(|| self.stale.clone())
    }

    fn len(&self) -> usize {
        let computed = self.ids.get().and_then(|ids| ids.as_ref()).map_or(0, |ids| ids.len());
        computed + self.stale.as_ref().map_or(0, |ids| ids.len())
    }

    /// The newest ids this entry holds, for the one that replaces it.
    fn latest(&self) -> Ids {
        self.ids.get().cloned().flatten().or_else(|| self.stale.clone())
    }
}

#[derive(Default)]
pub struct IdCache {
    slots: Mutex<HashMap<String, Arc<Slot>>>,
}

impl IdCache {
    /// The slot holding (or to compute) the ids of `key` under `current`, the generation
    /// now; `None` on the key's first sight in a second.
    pub fn slot(&self, key: &str, current: u64) -> Option<Arc<Slot>> {
        let mut slots = self.slots.lock().ok()?;
        if let Some(slot) = slots.get(key).filter(|s| s.generation == current) {
            if slot.created.elapsed() < LIFETIME {
                return Some(slot.clone());
            }
            // Aged out: recompute at once if it was in use (computed), else start over.
            let was_used = slot.ids.initialized() || slot.stale.is_some();
            let fresh = Slot::new(current, slot.latest());
            slots.insert(key.to_string(), fresh.clone());
            return was_used.then_some(fresh);
        }
        slots.retain(|_, s| s.generation == current && s.created.elapsed() < LIFETIME);
        if slots.len() >= MAX_KEYS {
            slots.clear();
        }
        slots.insert(key.to_string(), Slot::new(current, None));
        None
    }

    /// Called after `key`'s ids were computed: drops the oldest other entries until all
    /// kept ids fit the budget.
    pub fn trim(&self, key: &str) {
        let Ok(mut slots) = self.slots.lock() else { return };
        let mut total: usize = slots.values().map(|s| s.len()).sum();
        while total > BUDGET {
            let oldest =
                slots.iter().filter(|(k, s)| k.as_str() != key && s.len() > 0).min_by_key(|(_, s)| s.created).map(|(k, _)| k.clone());
            let Some(oldest) = oldest else { break };
            total -= slots.remove(&oldest).map_or(0, |s| s.len());
        }
    }

    pub fn clear(&self) {
        if let Ok(mut slots) = self.slots.lock() {
            slots.clear();
        }
    }

    #[cfg(test)]
    fn kept(&self) -> usize {
        self.slots.lock().unwrap().values().map(|s| s.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(slot: &Slot, n: usize) {
        slot.ids.set(Some((0..n as i64).collect())).unwrap();
    }

    #[test]
    fn first_sight_is_not_computed_the_second_is_and_a_new_generation_starts_over() {
        let cache = IdCache::default();
        assert!(cache.slot("k", 1).is_none());
        let slot = cache.slot("k", 1).expect("second sight");
        fill(&slot, 3);
        assert_eq!(cache.slot("k", 1).unwrap().len(), 3);
        assert!(cache.slot("k", 2).is_none(), "after a write");
    }

    #[test]
    fn an_aged_entry_in_use_is_recomputed_by_the_next_caller() {
        let cache = IdCache::default();
        cache.slot("k", 1);
        fill(&cache.slot("k", 1).unwrap(), 3);
        std::thread::sleep(LIFETIME + Duration::from_millis(20));
        let fresh = cache.slot("k", 1).expect("in use, so recomputed at once");
        assert_eq!(fresh.ready(), None, "the first caller computes");
        assert_eq!(fresh.ready().flatten().map(|ids| ids.len()), Some(3), "the others slice the old ids");
        fill(&fresh, 4);
        assert_eq!(fresh.ready().flatten().map(|ids| ids.len()), Some(4));
    }

    #[test]
    fn kept_ids_stay_within_the_budget() {
        let cache = IdCache::default();
        for key in ["a", "b", "c", "d", "e"] {
            cache.slot(key, 1);
            fill(&cache.slot(key, 1).unwrap(), BUDGET / 4);
            cache.trim(key);
            assert!(cache.kept() <= BUDGET);
        }
        assert_eq!(cache.slot("e", 1).unwrap().len(), BUDGET / 4, "the newest is kept");
        assert_eq!(cache.slot("a", 1).map(|s| s.len()), None, "the oldest went first");
    }
}
