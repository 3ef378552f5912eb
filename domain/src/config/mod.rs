//! The runtime configuration: `config.json`, read at start-up, then a few URL parameters.
//!
//! One build deploys anywhere because everything site-specific lives in this file. A bad
//! file must produce a message that names the key and the problem, so an administrator can
//! fix it without reading code.

use crate::i18n::{Locale, Text};
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

/// How a vendor's users prove who they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInKind {
    /// User name and password for a token that renews with a refresh token (PORTOS).
    UserPassword,
    /// An OAuth2 client ID and secret for a token that is simply asked for again (DealPOS).
    ClientCredentials,
}

/// What differs between vendors beyond their wire format, one `match` each, so a vendor
/// added later must answer every question (the app's `Features` has the list's).
impl Backend {
    pub fn sign_in_kind(self) -> SignInKind {
        match self {
            Backend::Portos => SignInKind::UserPassword,
            Backend::Dealpos => SignInKind::ClientCredentials,
        }
    }

    /// The vendor pushes changes to a notification hub (PORTOS's SignalR).
    pub fn has_live_updates(self) -> bool {
        match self {
            Backend::Portos => true,
            Backend::Dealpos => false,
        }
    }

    /// A token can be revoked at sign-out (PORTOS's `DELETE /auth`).
    pub fn revokes_tokens(self) -> bool {
        match self {
            Backend::Portos => true,
            Backend::Dealpos => false,
        }
    }
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
    /// A portal may let the app keep form drafts in sessionStorage inside its iframe
    /// (`embedDrafts`); outside an iframe drafts are always kept.
    pub embed_drafts: bool,
    /// Listen to PORTOS's notification hub for other people's changes (`liveUpdates`,
    /// on unless switched off; DealPOS has no hub).
    pub live_updates: bool,
}

/// What can go wrong loading the configuration. Every message names the file.
#[derive(Clone, Debug, PartialEq)]
pub enum ConfigError {
    /// The request for the file failed before any answer arrived.
    Unreachable { detail: String },
    /// The server answered, but not with the file.
    HttpStatus { status: u16 },
    /// The file is not JSON, or has a key of the wrong type or an unknown key; `problem`
    /// is the whole message.
    Malformed { problem: Text },
    /// The JSON is well-formed but a value is not acceptable; `problem` is the whole
    /// message, naming the file and the key.
    InvalidValue { key: &'static str, problem: Text },
}

impl ConfigError {
    /// The message for the config error page, in the user's language.
    pub fn text(&self) -> Text {
        match self {
            Self::Unreachable { detail } => Text::new("config-unreachable").with("file", CONFIG_FILE).with("detail", detail.as_str()),
            Self::HttpStatus { status: 404 } => Text::new("config-not-found").with("file", CONFIG_FILE),
            Self::HttpStatus { status } => Text::new("config-http-status").with("file", CONFIG_FILE).with("status", status.to_string()),
            Self::Malformed { problem } | Self::InvalidValue { problem, .. } => problem.clone(),
        }
    }
}

/// In English, for logs and tests; the page shows [`ConfigError::text`].
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().english())
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
    #[serde(default)]
    embed_drafts: bool,
    #[serde(default)]
    live_updates: Option<bool>,
}

impl AppConfig {
    /// Parses and validates the text of `config.json`.
    pub fn from_json(text: &str) -> Result<Self, ConfigError> {
        let raw: RawConfig = serde_json::from_str(text).map_err(|err| ConfigError::Malformed { problem: describe_json_error(&err) })?;

        let api_base_url = raw.api_base_url.trim();
        if api_base_url.is_empty() {
            return Err(invalid("apiBaseUrl", Text::new("config-api-base-url-empty")));
        }
        if !["/", "http://", "https://"].iter().any(|prefix| api_base_url.starts_with(prefix)) {
            return Err(invalid("apiBaseUrl", Text::new("config-api-base-url-prefix")));
        }
        // The origin goes into the Content-Security-Policy: nothing but a host and a port.
        if let Some((_, rest)) = api_base_url.split_once("://") {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
            if !is_host_and_port(authority) {
                return Err(invalid("apiBaseUrl", Text::new("config-api-base-url-host").with("value", authority)));
            }
        }
        // Request paths are appended with their own leading slash.
        let api_base_url = api_base_url.trim_end_matches('/').to_owned();

        let device_name = match raw.device_name {
            None => DEFAULT_DEVICE_NAME.to_owned(),
            Some(name) if name.trim().is_empty() => {
                return Err(invalid("deviceName", Text::new("config-empty")));
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
            let problem = Text::new("config-idle-out-of-range").with("value", kiosk_idle_seconds.to_string());
            return Err(invalid("kioskIdleSeconds", problem));
        }

        let default_locale = match raw.default_locale {
            None => Locale::En,
            Some(tag) => Locale::from_tag(&tag)
                .ok_or_else(|| invalid("defaultLocale", Text::new("config-unknown-locale").with("value", tag.as_str())))?,
        };

        let currency = raw.currency.unwrap_or_else(|| "EUR".to_owned());
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(invalid("currency", Text::new("config-not-a-currency").with("value", currency.as_str())));
        }

        let page_size = raw.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !PAGE_SIZES.contains(&page_size) {
            return Err(invalid("pageSize", Text::new("config-not-a-page-size").with("value", page_size.to_string())));
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
            embed_drafts: raw.embed_drafts,
            live_updates: raw.live_updates.unwrap_or(true) && raw.backend.has_live_updates(),
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

    /// Whether a form's unsaved typing may be kept in the tab's sessionStorage.
    pub fn keeps_drafts(&self) -> bool {
        !self.embed || self.embed_drafts
    }

    /// Whether `origin` may embed the app and hand it a token.
    pub fn allows_origin(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|allowed| allowed == origin)
    }
}

/// `?lang=sk` (or `en`, `id`, or a tag such as `sk-SK`): the language a portal that embeds the
/// app asks for, since the embedded app has no header with the language menu.
pub fn url_locale(query: &str) -> Option<Locale> {
    query_pairs(query).find(|(key, _)| *key == "lang").and_then(|(_, value)| Locale::from_tag(value))
}

/// `problem` says what is wrong with the value; the message also names the file and key.
fn invalid(key: &'static str, problem: Text) -> ConfigError {
    ConfigError::InvalidValue { key, problem: problem.with("file", CONFIG_FILE).with("key", key) }
}

/// serde_json's messages already name the key and position; only the category prefix is
/// reworded so the sentence reads naturally after "config.json is malformed:".
fn describe_json_error(err: &serde_json::Error) -> Text {
    use serde_json::error::Category;
    let problem = match err.classify() {
        Category::Syntax | Category::Eof => Text::new("config-not-json"),
        Category::Data => Text::new("config-value-does-not-fit"),
        Category::Io => Text::new("config-unreadable"),
    };
    problem.with("file", CONFIG_FILE).with("detail", err.to_string())
}

/// Accepts `scheme://host[:port]` (a trailing `/` is tolerated) and returns it without
/// the slash, which is how browsers report `MessageEvent.origin`. The error says what is
/// wrong with it (see [`invalid`]).
pub fn normalize_origin(origin: &str) -> Result<String, Text> {
    let trimmed = origin.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or_else(|| Text::new("config-not-an-origin").with("value", origin))?;
    if !is_host_and_port(rest) {
        return Err(Text::new("config-origin-with-path").with("value", origin));
    }
    Ok(trimmed.to_ascii_lowercase())
}

/// A host with an optional port (`pos.example.com:8443`, `[::1]:80`): origins from
/// config.json go into the Content-Security-Policy, where a `;`, a space or a quote would
/// start a directive of its own.
fn is_host_and_port(authority: &str) -> bool {
    !authority.is_empty() && authority.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// Splits `a=1&b=2` (with or without a leading `?`) into pairs. Values here are plain
/// flags, so percent-decoding is not needed.
fn query_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query.trim_start_matches('?').split('&').filter(|pair| !pair.is_empty()).map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

#[cfg(test)]
mod tests;
