//! The runtime config: `config.json` (fetched through `api`), then the URL's flags.

use customer_desk_domain::config::{AppConfig, ConfigError};

pub async fn load() -> Result<AppConfig, ConfigError> {
    let text = crate::api::config::fetch_config_text().await?;
    let mut config = AppConfig::from_json(&text)?;
    let query = web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default();
    config.apply_url_query(&query);
    Ok(config)
}
