//! Messages to and from other windows and tabs (`postMessage` to a portal, a
//! `BroadcastChannel` between tabs): plain objects of text fields, one of them `type`.

use wasm_bindgen::{JsCast, JsValue};

/// `{type: kind, ...fields}`.
pub fn message(kind: &str, fields: &[(&str, &str)]) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*key).into(), &(*value).into());
    }
    message
}

/// The text field `key` of a message, if it is an object with one.
pub fn text_field(data: &JsValue, key: &str) -> Option<String> {
    data.dyn_ref::<js_sys::Object>()?;
    js_sys::Reflect::get(data, &key.into()).ok()?.as_string()
}
