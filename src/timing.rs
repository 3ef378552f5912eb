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
