//! Fetching `config.json`, relative to the page's base URL so one build deploys anywhere.

use customer_desk_domain::config::{CONFIG_FILE, ConfigError};
use gloo_net::http::Request;
use web_sys::RequestCache;

pub async fn fetch_config_text() -> Result<String, ConfigError> {
    if let Some(text) = early_answer().await {
        return Ok(text);
    }
    let response = Request::get(CONFIG_FILE)
        // A changed config must take effect on the next load, whatever a cache holds.
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|err| ConfigError::Unreachable { detail: err.to_string() })?;
    if !response.ok() {
        return Err(ConfigError::HttpStatus { status: response.status() });
    }
    response.text().await.map_err(|err| ConfigError::Unreachable { detail: err.to_string() })
}

/// index.html's sign-in form asked for config.json before the app started
/// (scripts/build/boot-sign-in.mjs): its answer is taken once, not fetched again. `None`
/// when it did not ask, or got no good answer (the app's own request then says why).
async fn early_answer() -> Option<String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("customerDeskConfig");
    let promise = js_sys::Reflect::get(&window, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_string()
}
