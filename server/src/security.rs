//! Security headers for every response: a strict Content-Security-Policy built from the
//! served config.json (API origin, embedding origins) and the hashes of Trunk's inline
//! loader, plus `X-Content-Type-Options` and `Referrer-Policy`.

use axum::http::{HeaderValue, header};
use axum::response::Response;
use customer_desk_domain::config::AppConfig;

#[derive(Clone)]
pub struct SecurityHeaders {
    csp: HeaderValue,
}

impl SecurityHeaders {
    /// `config_json` is the served config.json (if it parses, its `apiBaseUrl` origin may be
    /// connected to and its `allowedOrigins` may frame the app); `inline_script_hashes` are
    /// the `'sha256-…'` sources of index.html's inline scripts.
    pub fn new(config_json: Option<&[u8]>, inline_script_hashes: &[String]) -> Self {
        let config = config_json.and_then(|bytes| std::str::from_utf8(bytes).ok()).and_then(|text| AppConfig::from_json(text).ok());

        let mut connect_src = vec!["'self'".to_owned()];
        let mut frame_ancestors = vec!["'self'".to_owned()];
        if let Some(config) = &config {
            if let Some(origin) = absolute_origin(&config.api_base_url) {
                // The notification hub's WebSocket lives on the same server.
                if let Some(socket_origin) = socket_origin(&origin).filter(|_| config.live_updates) {
                    connect_src.push(socket_origin);
                }
                connect_src.insert(1, origin);
            }
            frame_ancestors.extend(config.allowed_origins.iter().cloned());
        }
        let mut script_src = vec!["'self'".to_owned(), "'wasm-unsafe-eval'".to_owned()];
        script_src.extend(inline_script_hashes.iter().cloned());

        let csp = format!(
            "default-src 'self'; script-src {}; style-src 'self'; img-src 'self' data:; \
             font-src 'self'; connect-src {}; manifest-src 'self'; frame-ancestors {}; \
             base-uri 'self'; form-action 'self'; object-src 'none'",
            script_src.join(" "),
            connect_src.join(" "),
            frame_ancestors.join(" "),
        );
        Self { csp: HeaderValue::from_str(&csp).expect("CSP is built from validated parts") }
    }

    pub fn content_security_policy(&self) -> &HeaderValue {
        &self.csp
    }

    pub fn apply(&self, mut response: Response) -> Response {
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_SECURITY_POLICY, self.csp.clone());
        headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        response
    }
}

/// `https://pos.example.com:8443/api` -> `https://pos.example.com:8443`; relative URLs
/// are same-origin and need no entry.
fn absolute_origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    (!authority.is_empty()).then(|| format!("{scheme}://{authority}"))
}

/// `https://host` -> `wss://host` (and `http` -> `ws`), the WebSocket twin of an origin.
fn socket_origin(origin: &str) -> Option<String> {
    let (scheme, rest) = origin.split_once("://")?;
    let scheme = match scheme {
        "https" => "wss",
        "http" => "ws",
        _ => return None,
    };
    Some(format!("{scheme}://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_lists_the_api_origin_the_embedders_and_the_loader_hash() {
        let config = br#"{ "backend": "portos", "apiBaseUrl": "https://pos.example.com/api",
                           "allowedOrigins": ["https://portal.example.com"] }"#;
        let headers = SecurityHeaders::new(Some(config), &["'sha256-abc'".to_owned()]);
        let csp = headers.content_security_policy().to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';"), "{csp}");
        assert!(csp.contains("connect-src 'self' https://pos.example.com wss://pos.example.com;"), "{csp}");
        assert!(csp.contains("frame-ancestors 'self' https://portal.example.com;"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
    }

    #[test]
    fn a_broken_config_still_yields_a_strict_policy() {
        let headers = SecurityHeaders::new(Some(b"{ not json"), &[]);
        let csp = headers.content_security_policy().to_str().unwrap();
        assert!(csp.contains("connect-src 'self';"), "{csp}");
        assert!(csp.contains("frame-ancestors 'self';"), "{csp}");
    }
}
