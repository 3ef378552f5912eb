//! The runtime configuration: `config.json`, read at start-up, then a few URL parameters.
//!
//! One build deploys anywhere because everything site-specific lives in this file. A bad
//! file must produce a message that names the key and the problem, so an administrator can
//! fix it without reading code.

use crate::i18n::Locale;
use serde::Deserialize;
use std::fmt;

/// The file the app reads at start-up, relative to the page's base URL.
pub const CONFIG_FILE: &str = "config.json";

/// Which vendor API the app talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Portos,
    Dealpos,
}

pub const PAGE_SIZES: [u32; 4] = [10, 25, 50, 100];
pub const DEFAULT_PAGE_SIZE: u32 = 25;
pub const DEFAULT_KIOSK_IDLE_SECONDS: u32 = 120;
pub const DEFAULT_DEVICE_NAME: &str = "customer-desk";

/// The validated configuration the app runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    pub backend: Backend,
    /// Absolute (`https://pos.example.com/api`) or relative to the page (`/api`); never
    /// ends with `/`.
    pub api_base_url: String,
    pub device_name: String,
    /// Origins (`scheme://host[:port]`) that may embed the app and hand it a token.
    pub allowed_origins: Vec<String>,
    /// Kiosk mode: touch-first layout and idle sign-out.
    pub kiosk: bool,
    pub kiosk_idle_seconds: u32,
    /// The language when neither the user nor the browser names one the app speaks.
    pub default_locale: Locale,
    /// ISO 4217 code of the shop's currency, for credit balances.
    pub currency: String,
    pub page_size: u32,
    /// `?embed=1`: running inside an iframe, without the outer chrome.
    pub embed: bool,
}

/// What can go wrong loading the configuration. Every message names the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The request for the file failed before any answer arrived.
    Unreachable { detail: String },
    /// The server answered, but not with the file.
    HttpStatus { status: u16 },
    /// The file is not JSON, or has a key of the wrong type or an unknown key.
    Malformed { detail: String },
    /// The JSON is well-formed but a value is not acceptable.
    InvalidValue { key: &'static str, problem: String },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable { detail } => {
                write!(f, "{CONFIG_FILE} could not be loaded: {detail}")
            }
            Self::HttpStatus { status: 404 } => {
                write!(f, "{CONFIG_FILE} was not found on the server (HTTP 404)")
            }
            Self::HttpStatus { status } => {
                write!(f, "{CONFIG_FILE} could not be loaded: the server answered HTTP {status}")
            }
            Self::Malformed { detail } => write!(f, "{CONFIG_FILE} is malformed: {detail}"),
            Self::InvalidValue { key, problem } => {
                write!(f, "{CONFIG_FILE} has an invalid \"{key}\": {problem}")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// The file as written, before validation. Unknown keys are refused so that a typo such
/// as `apiBaseURL` is reported instead of silently ignored.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RawConfig {
    backend: Backend,
    api_base_url: String,
    #[serde(default)]
    device_name: Option<String>,
    #[serde(default)]
    allowed_origins: Vec<String>,
    #[serde(default)]
    kiosk: bool,
    #[serde(default)]
    kiosk_idle_seconds: Option<u32>,
    #[serde(default)]
    default_locale: Option<String>,
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    page_size: Option<u32>,
}

impl AppConfig {
    /// Parses and validates the text of `config.json`.
    pub fn from_json(text: &str) -> Result<Self, ConfigError> {
        let raw: RawConfig = serde_json::from_str(text)
            .map_err(|err| ConfigError::Malformed { detail: describe_json_error(&err) })?;

        let api_base_url = raw.api_base_url.trim();
        if api_base_url.is_empty() {
            return Err(invalid("apiBaseUrl", "it is empty; use a URL such as \"/api\""));
        }
        if !["/", "http://", "https://"].iter().any(|prefix| api_base_url.starts_with(prefix)) {
            return Err(invalid(
                "apiBaseUrl",
                "it must start with \"/\", \"http://\" or \"https://\"",
            ));
        }
        // Request paths are appended with their own leading slash.
        let api_base_url = api_base_url.trim_end_matches('/').to_owned();

        let device_name = match raw.device_name {
            None => DEFAULT_DEVICE_NAME.to_owned(),
            Some(name) if name.trim().is_empty() => {
                return Err(invalid("deviceName", "it is empty"));
            }
            Some(name) => name.trim().to_owned(),
        };

        let allowed_origins = raw
            .allowed_origins
            .iter()
            .map(|origin| normalize_origin(origin).map_err(|problem| invalid("allowedOrigins", problem)))
            .collect::<Result<Vec<_>, _>>()?;

        let kiosk_idle_seconds = raw.kiosk_idle_seconds.unwrap_or(DEFAULT_KIOSK_IDLE_SECONDS);
        if !(10..=86_400).contains(&kiosk_idle_seconds) {
            return Err(invalid(
                "kioskIdleSeconds",
                format!("{kiosk_idle_seconds} is outside 10 to 86400 seconds"),
            ));
        }

        let default_locale = match raw.default_locale {
            None => Locale::En,
            Some(tag) => Locale::from_tag(&tag)
                .ok_or_else(|| invalid("defaultLocale", format!("\"{tag}\" is not one of \"en\", \"sk\" or \"id\"")))?,
        };

        let currency = raw.currency.unwrap_or_else(|| "EUR".to_owned());
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(invalid("currency", format!("\"{currency}\" is not a three-letter ISO 4217 code such as \"EUR\"")));
        }

        let page_size = raw.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !PAGE_SIZES.contains(&page_size) {
            return Err(invalid(
                "pageSize",
                format!("{page_size} is not one of 10, 25, 50 or 100"),
            ));
        }

        Ok(Self {
            backend: raw.backend,
            api_base_url,
            device_name,
            allowed_origins,
            kiosk: raw.kiosk,
            kiosk_idle_seconds,
            default_locale,
            currency,
            page_size,
            embed: false,
        })
    }

    /// Applies the URL parameters that may change how the app presents itself: `embed=1`
    /// and `kiosk=1`. Nothing security-relevant (such as the API address) can be changed
    /// from a URL, because a crafted link could then send the token elsewhere.
    pub fn apply_url_query(&mut self, query: &str) {
        for (key, value) in query_pairs(query) {
            let on = matches!(value, "1" | "true" | "yes");
            match key {
                "embed" => self.embed = on,
                "kiosk" => self.kiosk = self.kiosk || on,
                _ => {}
            }
        }
    }

    /// Whether `origin` may embed the app and hand it a token.
    pub fn allows_origin(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|allowed| allowed == origin)
    }
}

fn invalid(key: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError::InvalidValue { key, problem: problem.into() }
}

/// serde_json's messages already name the key and position; only the category prefix is
/// reworded so the sentence reads naturally after "config.json is malformed:".
fn describe_json_error(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match err.classify() {
        Category::Syntax | Category::Eof => "not valid JSON",
        Category::Data => "a value does not fit",
        Category::Io => "it could not be read",
    };
    format!("{what} ({err})")
}

/// Accepts `scheme://host[:port]` (a trailing `/` is tolerated) and returns it without
/// the slash, which is how browsers report `MessageEvent.origin`.
pub fn normalize_origin(origin: &str) -> Result<String, String> {
    let trimmed = origin.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or_else(|| format!("\"{origin}\" is not an origin such as \"https://portal.example.com\""))?;
    if rest.is_empty() || rest.contains(['/', '?', '#', '*', ' ', '@']) {
        return Err(format!(
            "\"{origin}\" is not an origin such as \"https://portal.example.com\" (no path, no wildcard)"
        ));
    }
    Ok(trimmed.to_ascii_lowercase())
}

/// Splits `a=1&b=2` (with or without a leading `?`) into pairs. Values here are plain
/// flags, so percent-decoding is not needed.
fn query_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENTED_EXAMPLE: &str =
        r#"{ "backend": "portos", "apiBaseUrl": "/api", "deviceName": "customer-desk" }"#;

    #[test]
    fn parses_the_documented_example_with_defaults() {
        let config = AppConfig::from_json(DOCUMENTED_EXAMPLE).unwrap();
        assert_eq!(config.backend, Backend::Portos);
        assert_eq!(config.api_base_url, "/api");
        assert_eq!(config.device_name, "customer-desk");
        assert_eq!(config.page_size, 25);
        assert_eq!(config.kiosk_idle_seconds, 120);
        assert_eq!(config.default_locale, Locale::En);
        assert_eq!(config.currency, "EUR");
        assert!(config.allowed_origins.is_empty());
        assert!(!config.kiosk && !config.embed);
    }

    #[test]
    fn parses_every_optional_key() {
        let config = AppConfig::from_json(
            r#"{ "backend": "dealpos", "apiBaseUrl": "https://pos.example.com/api/",
                 "allowedOrigins": ["https://Portal.example.com/"], "kiosk": true,
                 "kioskIdleSeconds": 30, "defaultLocale": "sk", "currency": "IDR", "pageSize": 50 }"#,
        )
        .unwrap();
        assert_eq!(config.backend, Backend::Dealpos);
        assert_eq!(config.api_base_url, "https://pos.example.com/api");
        assert_eq!(config.allowed_origins, ["https://portal.example.com"]);
        assert!(config.kiosk);
        assert_eq!(config.kiosk_idle_seconds, 30);
        assert_eq!(config.default_locale, Locale::Sk);
        assert_eq!(config.currency, "IDR");
        assert_eq!(config.page_size, 50);
        assert!(config.allows_origin("https://portal.example.com"));
        assert!(!config.allows_origin("https://evil.example.com"));
    }

    #[test]
    fn broken_json_names_the_file_and_the_position() {
        let err = AppConfig::from_json("{ \"backend\": \"portos\",, }").unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("config.json is malformed: not valid JSON"), "{message}");
        assert!(message.contains("line 1 column"), "{message}");
    }

    #[test]
    fn an_unknown_key_is_reported_by_name() {
        let err = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseURL": "/api" }"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `apiBaseURL`"), "{err}");
    }

    #[test]
    fn a_missing_required_key_is_reported_by_name() {
        let err = AppConfig::from_json(r#"{ "backend": "portos" }"#).unwrap_err();
        assert!(err.to_string().contains("missing field `apiBaseUrl`"), "{err}");
    }

    #[test]
    fn an_unknown_backend_is_refused() {
        let err = AppConfig::from_json(r#"{ "backend": "square", "apiBaseUrl": "/api" }"#).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("unknown variant `square`"), "{message}");
        assert!(message.contains("portos"), "{message}");
    }

    #[test]
    fn invalid_values_name_their_key() {
        let cases = [
            (r#"{ "backend": "portos", "apiBaseUrl": "" }"#, "apiBaseUrl"),
            (r#"{ "backend": "portos", "apiBaseUrl": "ftp://x" }"#, "apiBaseUrl"),
            (r#"{ "backend": "portos", "apiBaseUrl": "/api", "pageSize": 33 }"#, "pageSize"),
            (r#"{ "backend": "portos", "apiBaseUrl": "/api", "kioskIdleSeconds": 1 }"#, "kioskIdleSeconds"),
            (r#"{ "backend": "portos", "apiBaseUrl": "/api", "deviceName": " " }"#, "deviceName"),
            (r#"{ "backend": "portos", "apiBaseUrl": "/api", "defaultLocale": "fr" }"#, "defaultLocale"),
            (r#"{ "backend": "portos", "apiBaseUrl": "/api", "currency": "euro" }"#, "currency"),
            (r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["*"] }"#, "allowedOrigins"),
            (
                r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["https://a.example/path"] }"#,
                "allowedOrigins",
            ),
        ];
        for (json, key) in cases {
            match AppConfig::from_json(json) {
                Err(ConfigError::InvalidValue { key: got, .. }) => assert_eq!(got, key, "{json}"),
                other => panic!("{json}: expected an invalid {key}, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_root_relative_api_base_is_kept() {
        let config = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/" }"#).unwrap();
        assert_eq!(config.api_base_url, "");
    }

    #[test]
    fn url_flags_turn_on_embed_and_kiosk_only() {
        let mut config = AppConfig::from_json(DOCUMENTED_EXAMPLE).unwrap();
        config.apply_url_query("?embed=1&kiosk=true&apiBaseUrl=https://evil.example");
        assert!(config.embed);
        assert!(config.kiosk);
        assert_eq!(config.api_base_url, "/api");
    }

    #[test]
    fn a_config_kiosk_cannot_be_turned_off_from_the_url() {
        let mut config =
            AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/api", "kiosk": true }"#).unwrap();
        config.apply_url_query("kiosk=0");
        assert!(config.kiosk);
    }

    #[test]
    fn status_errors_read_well() {
        assert_eq!(
            ConfigError::HttpStatus { status: 404 }.to_string(),
            "config.json was not found on the server (HTTP 404)"
        );
        assert_eq!(
            ConfigError::HttpStatus { status: 500 }.to_string(),
            "config.json could not be loaded: the server answered HTTP 500"
        );
    }
}
