//! Waiting in async code: a rate-limited run pauses until the server says it may go on,
//! and long work (a big CSV file) yields to the browser between chunks so the tab stays
//! responsive.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Resolves after `millis` milliseconds (0: after the browser has had a turn).
pub async fn sleep(millis: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(done.unchecked_ref(), millis as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing).
pub fn when_idle(task: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(task);
    let function = callback.unchecked_ref::<js_sys::Function>();
    let has_idle_callback = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    let _ = if has_idle_callback {
        window.request_idle_callback(function).map(drop)
    } else {
        window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 200).map(drop)
    };
}

/// Whether the user's connection is slow or metered (Save-Data, or an effective type of 3G
/// or worse): then code is fetched when the user shows intent, not ahead of it.
pub fn data_is_dear() -> bool {
    let Some(connection) = web_sys::window().and_then(|window| js_sys::Reflect::get(&window.navigator(), &"connection".into()).ok()) else {
        return false;
    };
    if connection.is_undefined() || connection.is_null() {
        return false;
    }
    let save_data = js_sys::Reflect::get(&connection, &"saveData".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    let effective_type = js_sys::Reflect::get(&connection, &"effectiveType".into()).ok().and_then(|v| v.as_string());
    save_data || matches!(effective_type.as_deref(), Some("slow-2g" | "2g" | "3g"))
}

/// Below this, a link is slow: a shop's Wi-Fi or a hotspot, where what is fetched ahead
/// competes with what the user asks for next.
const SLOW_LINK_BITS_PER_SECOND: f64 = 5_000_000.0;
/// A download shorter than this says little about the link.
const MEASURABLE_BYTES: f64 = 50_000.0;

/// Set while the device's last measured link was slow: a module from a cache measures
/// nothing, and a device on a shop's Wi-Fi stays on it. Nothing is stored for a fast link.
const SLOW_LINK_KEY: &str = "customer-desk.slow-link";

/// Whether this page's own main module came over a slow link (measured, as the browser's
/// effective type says "4g" for anything from 1.5 Mbit/s up). Fetched from a cache, the
/// device's last measurement says; with none, not slow. Measured once.
pub fn link_is_slow() -> bool {
    use crate::storage::{Area, read, remove, write};
    thread_local! {
        static SLOW: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
    }
    SLOW.with(|slow| {
        *slow.get_or_init(|| match main_module_bits_per_second() {
            Some(speed) if speed < SLOW_LINK_BITS_PER_SECOND => {
                write(Area::Local, SLOW_LINK_KEY, "1");
                true
            }
            Some(_) => {
                remove(Area::Local, SLOW_LINK_KEY);
                false
            }
            None => read(Area::Local, SLOW_LINK_KEY).is_some(),
        })
    })
}

fn main_module_bits_per_second() -> Option<f64> {
    let window = web_sys::window()?;
    let performance = js_sys::Reflect::get(&window, &"performance".into()).ok()?;
    let entries_by_type = js_sys::Reflect::get(&performance, &"getEntriesByType".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let entries = entries_by_type.call1(&performance, &"resource".into()).ok()?.dyn_into::<js_sys::Array>().ok()?;
    let number = |entry: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(entry, &key.into()).ok().and_then(|v| v.as_f64());
    entries.iter().find_map(|entry| {
        let name = js_sys::Reflect::get(&entry, &"name".into()).ok()?.as_string()?;
        if !name.ends_with("_bg.wasm") {
            return None;
        }
        let bytes = number(&entry, "encodedBodySize")?;
        let (start, end) = (number(&entry, "responseStart")?, number(&entry, "responseEnd")?);
        // From a cache, the transfer is (nearly) nothing; a worker's answer times its cache.
        let from_network = number(&entry, "transferSize").is_some_and(|size| size >= bytes) && bytes >= MEASURABLE_BYTES;
        (from_network && end > start).then(|| bytes * 8.0 / ((end - start) / 1000.0))
    })
}
