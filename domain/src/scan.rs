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

/// Keys further apart than this are typed by a person (scanners send one every few ms;
/// people rarely keep under 60 ms for four keys in a row). Generous, as a busy tablet may
/// deliver a scanner's keys late.
pub const MAX_GAP_MS: f64 = 50.0;
/// Shorter bursts are not a card (and could be a person's accidental double key).
pub const MIN_LENGTH: usize = 4;

/// Reads key presses and says when one completed a scan.
#[derive(Debug, Default)]
pub struct ScanDetector {
    code: String,
    last_key_ms: Option<f64>,
}

impl ScanDetector {
    /// A key press (the DOM `key`) at `at_ms`: the scanned code when this Enter ends a
    /// burst long and fast enough; otherwise `None`.
    pub fn key(&mut self, key: &str, at_ms: f64) -> Option<String> {
        let in_burst = self.last_key_ms.is_some_and(|last| at_ms - last <= MAX_GAP_MS);
        match key {
            "Enter" => {
                let code = std::mem::take(&mut self.code);
                self.last_key_ms = None;
                (in_burst && code.chars().count() >= MIN_LENGTH).then_some(code)
            }
            // Modifier keys (Shift for capitals) come between a scanner's characters too.
            "Shift" | "Control" | "Alt" | "Meta" | "AltGraph" | "CapsLock" => None,
            _ if key.chars().count() == 1 && !key.chars().any(char::is_control) => {
                if !in_burst {
                    self.code.clear();
                }
                self.code.push_str(key);
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
        self.code.clear();
        self.last_key_ms = None;
    }

    /// What the burst in progress has so far, so a scan into a text field can be told apart
    /// from what the user typed there before.
    pub fn pending(&self) -> &str {
        &self.code
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
        assert_eq!(detector.pending(), "");
    }
}
