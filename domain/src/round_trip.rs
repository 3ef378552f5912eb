//! "Patch, don't rebuild" (docs/design.md): a PUT replaces the whole resource, so a write
//! sends back the record exactly as it was read, changed only where the user changed
//! something. Keys the app does not know, and values it would have written differently
//! (`10` for `10.0`, `"2022-11-01T00:00:00.00Z"`, a `null` list), survive untouched.

use serde_json::Value;
use std::sync::Arc;

/// The record as a vendor sent it, kept beside the domain value read from it. Opaque to
/// views; only the vendors' mappings look inside.
#[derive(Clone, Debug, Default)]
pub struct Source(Option<Arc<Value>>);

impl Source {
    pub fn new(record: Value) -> Self {
        Self(Some(Arc::new(record)))
    }

    pub fn none() -> Self {
        Self(None)
    }

    pub fn record(&self) -> Option<&Value> {
        self.0.as_deref()
    }
}

/// Two customers are equal for the app when what it shows and edits is equal; where they
/// came from does not count.
impl PartialEq for Source {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// `source` with the app's changes applied. `before` is the app's own rendering of what it
/// read from `source`, `after` its rendering of the edited value: wherever the two agree,
/// `source`'s value (or its absence) is kept; objects that differ are patched key by key.
pub fn patch(source: &Value, before: &Value, after: &Value) -> Value {
    match (source, before, after) {
        (Value::Object(source), Value::Object(before), Value::Object(after)) => {
            let mut out = source.clone();
            for (key, new) in after {
                let old = before.get(key);
                if old == Some(new) {
                    continue;
                }
                let value = match (source.get(key), old) {
                    (Some(kept), Some(old)) => patch(kept, old, new),
                    _ => new.clone(),
                };
                out.insert(key.clone(), value);
            }
            for key in before.keys().filter(|key| !after.contains_key(*key)) {
                out.shift_remove(key);
            }
            Value::Object(out)
        }
        _ if before == after => source.clone(),
        _ => after.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unchanged_values_keep_their_spelling_and_unknown_keys_stay() {
        let source = json!({"rate": 10, "when": "2022-11-01T00:00:00.00Z", "x-tier": "gold", "cards": null, "note": "a"});
        let before = json!({"rate": 10.0, "when": "2022-11-01T00:00:00Z", "cards": [], "note": "a"});
        let after = json!({"rate": 10.0, "when": "2022-11-01T00:00:00Z", "cards": [], "note": "b"});
        let patched = patch(&source, &before, &after);
        assert_eq!(patched, json!({"rate": 10, "when": "2022-11-01T00:00:00.00Z", "x-tier": "gold", "cards": null, "note": "b"}));
        assert_eq!(
            serde_json::to_string(&patched).unwrap(),
            r#"{"rate":10,"when":"2022-11-01T00:00:00.00Z","x-tier":"gold","cards":null,"note":"b"}"#
        );
    }

    #[test]
    fn nested_objects_are_patched_key_by_key() {
        let source = json!({"company": {"name": "A", "vatId": "SK1", "x-registry": {"court": "KE"}}});
        let before = json!({"company": {"name": "A", "vatId": "SK1", "taxId": null}});
        let after = json!({"company": {"name": "B", "vatId": "SK1", "taxId": null}});
        assert_eq!(patch(&source, &before, &after), json!({"company": {"name": "B", "vatId": "SK1", "x-registry": {"court": "KE"}}}));
    }

    #[test]
    fn a_value_that_was_null_takes_the_new_one_whole() {
        let source = json!({"address": null});
        let before = json!({"address": null});
        let after = json!({"address": {"street": "Hlavná 1", "city": null}});
        assert_eq!(patch(&source, &before, &after), after);
    }

    #[test]
    fn nothing_changed_is_the_source_itself() {
        let source = json!({"a": 1, "b": [1, 2], "unknown": true});
        let mine = json!({"a": 1.0, "b": [1.0, 2.0]});
        assert_eq!(patch(&source, &mine, &mine), source);
    }
}
