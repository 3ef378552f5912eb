//! config.json parsing and validation, and how its problems read.

use super::*;

const DOCUMENTED_EXAMPLE: &str = r#"{ "backend": "portos", "apiBaseUrl": "/api", "deviceName": "customer-desk" }"#;

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
    assert!(!config.kiosk && !config.embed && !config.embed_drafts);
    assert!(config.keeps_drafts());
    assert!(config.live_updates, "PORTOS listens to its hub unless told not to");
}

#[test]
fn live_updates_can_be_switched_off_and_dealpos_has_none() {
    let off = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/api", "liveUpdates": false }"#).unwrap();
    assert!(!off.live_updates);
    let dealpos = AppConfig::from_json(r#"{ "backend": "dealpos", "apiBaseUrl": "/dealpos/api/v3", "liveUpdates": true }"#).unwrap();
    assert!(!dealpos.live_updates);
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
        (r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["https://a.example/path"] }"#, "allowedOrigins"),
        // Origins go into the Content-Security-Policy: they cannot bring directives along.
        (r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["https://a.example;script-src"] }"#, "allowedOrigins"),
        (r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["https://a.example,'unsafe-inline'"] }"#, "allowedOrigins"),
        (r#"{ "backend": "portos", "apiBaseUrl": "https://pos.example;script-src 'unsafe-inline'/api" }"#, "apiBaseUrl"),
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
    let mut config = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/api", "kiosk": true }"#).unwrap();
    config.apply_url_query("kiosk=0");
    assert!(config.kiosk);
}

#[test]
fn status_errors_read_well() {
    assert_eq!(ConfigError::HttpStatus { status: 404 }.to_string(), "config.json was not found on the server (HTTP 404)");
    assert_eq!(ConfigError::HttpStatus { status: 500 }.to_string(), "config.json could not be loaded: the server answered HTTP 500");
}

#[test]
fn invalid_values_read_as_before_in_english_and_are_translated() {
    let err = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/api", "pageSize": 33 }"#).unwrap_err();
    assert_eq!(err.to_string(), "config.json has an invalid \"pageSize\": 33 is not one of 10, 25, 50 or 100");
    let err = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["*"] }"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "config.json has an invalid \"allowedOrigins\": \"*\" is not an origin such as \"https://portal.example.com\""
    );
    let slovak = crate::i18n::catalog(Locale::Sk).render(&ConfigError::HttpStatus { status: 404 }.text());
    assert_eq!(slovak, "Súbor config.json sa na serveri nenašiel (HTTP 404)");
}

#[test]
fn a_link_may_name_the_language() {
    assert_eq!(url_locale("?embed=1&lang=sk"), Some(Locale::Sk));
    assert_eq!(url_locale("lang=id-ID"), Some(Locale::Id));
    assert_eq!(url_locale("?lang=fr"), None);
    assert_eq!(url_locale("?embed=1"), None);
}

#[test]
fn drafts_are_kept_in_an_iframe_only_when_the_portal_allows() {
    let mut config = AppConfig::from_json(r#"{"backend": "portos", "apiBaseUrl": "/api"}"#).unwrap();
    config.apply_url_query("?embed=1");
    assert!(!config.keeps_drafts());
    let mut allowed = AppConfig::from_json(r#"{"backend": "portos", "apiBaseUrl": "/api", "embedDrafts": true}"#).unwrap();
    allowed.apply_url_query("?embed=1");
    assert!(allowed.keeps_drafts());
}
