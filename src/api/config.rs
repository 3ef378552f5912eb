//! Fetching `config.json`, relative to the page's base URL so one build deploys anywhere.

use customer_desk_domain::config::{CONFIG_FILE, ConfigError};
use gloo_net::http::Request;
use web_sys::RequestCache;

pub async fn fetch_config_text() -> Result<String, ConfigError> {
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
