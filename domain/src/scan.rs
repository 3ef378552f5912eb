//! Keyboard-wedge scanners type a card's code as key presses, much faster than a person,
//! and end it with Enter. [`ScanDetector`] tells such a burst from typing by the time
//! between keys, so the app can look the card up wherever the user is.

use crate::list::query::ListQuery;
use crate::ndata::{Operation, Operator, encode_filter};

/// The list of the customers who hold the card `serial` (PORTOS's `CardSerialNumber`
/// filter; the list shows it as the Card filter's chip).
pub fn card_query(serial: &str, page_size: u32) -> ListQuery {
    let mut query = ListQuery::new(page_size);
    query.set_filter("CardSerialNumber", Some(encode_filter(&[Operation::new(Operator::Eq, [serial])])));
    query
}

/// Keys further apart than this belong to different bursts. Generous, because a busy
/// tablet, or a Bluetooth link, may deliver one of a scanner's keys late.
pub const MAX_GAP_MS: f64 = 200.0;
/// A burst is a scan when its keys came at most this far apart on average: scanners send
/// one every few ms, while even a fast typist averages over 60 ms a key.
pub const MAX_MEAN_GAP_MS: f64 = 35.0;
/// Shorter bursts are not a card (and could be a person's accidental double key).
pub const MIN_LENGTH: usize = 4;

/// Reads key presses and says when one completed a scan.
#[derive(Debug, Default)]
pub struct ScanDetector {
    code: String,
    keys: u32,
    first_key_ms: f64,
    last_key_ms: Option<f64>,
}

impl ScanDetector {
    /// A key press (the DOM `key`) at `at_ms`: the scanned code when this Enter ends a
    /// burst long and fast enough; otherwise `None`.
    pub fn key(&mut self, key: &str, at_ms: f64) -> Option<String> {
        let in_burst = self.last_key_ms.is_some_and(|last| at_ms - last <= MAX_GAP_MS);
        match key {
            "Enter" => {
                let fast = in_burst && (at_ms - self.first_key_ms) / f64::from(self.keys) <= MAX_MEAN_GAP_MS;
                let code = std::mem::take(&mut self.code);
                self.reset();
                (fast && code.chars().count() >= MIN_LENGTH).then_some(code)
            }
            // Modifier keys (Shift for capitals) come between a scanner's characters too.
            "Shift" | "Control" | "Alt" | "Meta" | "AltGraph" | "CapsLock" => None,
            _ if key.chars().count() == 1 && !key.chars().any(char::is_control) => {
                if !in_burst {
                    self.reset();
                    self.first_key_ms = at_ms;
                }
                self.code.push_str(key);
                self.keys += 1;
                self.last_key_ms = Some(at_ms);
                None
            }
            _ => {
                self.reset();
                None
            }
        }
    }

    /// Forgets a burst in progress.
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(detector: &mut ScanDetector, keys: &[&str], gap_ms: f64) -> Option<String> {
        let mut at = 1000.0;
        let mut result = None;
        for key in keys {
            at += gap_ms;
            result = detector.key(key, at);
        }
        result
    }

    #[test]
    fn a_card_is_looked_up_by_its_whole_serial() {
        let query = card_query("CARD-1;2", 25);
        assert_eq!(query.filter("CardSerialNumber"), Some(encode_filter(&[Operation::new(Operator::Eq, ["CARD-1;2"])]).as_str()));
    }

    #[test]
    fn a_fast_burst_ending_in_enter_is_a_scan() {
        let mut detector = ScanDetector::default();
        let keys = ["C", "A", "R", "D", "-", "0", "0", "4", "2", "Enter"];
        assert_eq!(feed(&mut detector, &keys, 5.0), Some("CARD-0042".to_owned()));
        // Shift between capitals does not break it.
        assert_eq!(feed(&mut detector, &["Shift", "C", "Shift", "A", "1", "2", "Enter"], 4.0), Some("CA12".to_owned()));
    }

    #[test]
    fn typing_at_a_persons_pace_is_not_a_scan() {
        let mut detector = ScanDetector::default();
        assert_eq!(feed(&mut detector, &["1", "2", "3", "4", "5", "Enter"], 120.0), None);
        assert_eq!(feed(&mut detector, &["1", "2", "Enter"], 5.0), None, "too short for a card");
    }

    #[test]
    fn a_pause_starts_a_new_burst_and_other_keys_end_one() {
        let mut detector = ScanDetector::default();
        detector.key("x", 0.0);
        assert_eq!(feed(&mut detector, &["9", "8", "7", "6", "Enter"], 10.0), Some("9876".to_owned()), "the x was long before");
        assert_eq!(feed(&mut detector, &["9", "8", "Backspace", "7", "6", "Enter"], 10.0), None);
    }

    #[test]
    fn one_key_delivered_late_does_not_break_a_scan() {
        let mut detector = ScanDetector::default();
        for (index, key) in ["C", "A", "R", "D", "-", "0", "0", "4", "2"].iter().enumerate() {
            // The renderer was busy for 150 ms while the fifth key came.
            let at = 1000.0 + 5.0 * index as f64 + if index >= 4 { 150.0 } else { 0.0 };
            assert_eq!(detector.key(key, at), None);
        }
        assert_eq!(detector.key("Enter", 1200.0), Some("CARD-0042".to_owned()));
    }
}
