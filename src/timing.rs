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
