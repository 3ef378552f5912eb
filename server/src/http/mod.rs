//! What both vendors' APIs use on the way in and out: query-string decoding (`query`), the
//! JSON body extractor (`body`), the writer's hub connection (`sender`), the error a handler
//! returns (`problem`), injected faults (`fault`) and the one CORS builder (`with_cors`).

pub mod body;
pub mod fault;
pub mod problem;
pub mod query;
pub mod sender;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, Method};
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// What browsers on the allowed origins may do with one set of routes.
pub struct CorsRules<'a> {
    pub methods: &'a [Method],
    /// Request headers they may send.
    pub headers: &'a [HeaderName],
    /// Response headers they may read.
    pub exposed: &'a [HeaderName],
}

/// `routes` with CORS for `origins` (`--cors-origin`), or unchanged when there are none.
pub fn with_cors(routes: Router, origins: &[String], rules: CorsRules) -> anyhow::Result<Router> {
    if origins.is_empty() {
        return Ok(routes);
    }
    let origins = parse_origins(origins)?;
    Ok(routes.layer(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods(rules.methods.to_vec())
            .allow_headers(rules.headers.to_vec())
            .expose_headers(rules.exposed.to_vec())
            .max_age(Duration::from_secs(600)),
    ))
}

/// `--cors-origin` values as header values (a bad one stops the server at start).
fn parse_origins(origins: &[String]) -> anyhow::Result<Vec<HeaderValue>> {
    origins.iter().map(|o| HeaderValue::from_str(o).map_err(|_| anyhow::anyhow!("bad CORS origin '{o}'"))).collect()
}
