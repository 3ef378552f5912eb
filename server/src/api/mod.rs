//! The local PORTOS v4 API under `/api`, and (`dealpos`) DealPOS v3 under `/dealpos/api/v3`.

pub mod auth;
pub mod body;
pub mod customers;
pub mod dealpos;
pub mod fault;
pub mod id_cache;
pub mod list_cache;
pub mod problem;
pub mod slovak;

use crate::db::Database;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::routing::{get, post};
use problem::ApiError;
use std::sync::Arc;
use tower_http::cors::{AllowOrigin, CorsLayer};

#[derive(Clone)]
pub struct ApiState {
    pub db: Database,
    pub issuer: Arc<auth::TokenIssuer>,
    pub list_cache: Arc<list_cache::ListCache>,
    /// `--wire-extras`: answers carry fields and values the documentation does not show,
    /// and written bodies are kept whole (see `wire_extras`).
    pub wire_extras: bool,
    /// The notification hub every write is published to (none with `--no-hub`).
    pub hub: Option<Arc<crate::hub::Hub>>,
}

/// The `/api` routes with problem rendering, fault injection and CORS.
pub fn router(state: ApiState, faults: Vec<fault::Fault>, cors_origins: &[String]) -> anyhow::Result<Router> {
    let api = Router::new()
        .route("/auth", post(auth::sign_in).get(auth::current_user).delete(auth::sign_out))
        .route("/auth/refresh", post(auth::refresh))
        .route("/customers", get(customers::list).post(customers::create))
        .route("/customers/{id}", get(customers::get_one).put(customers::upsert).delete(customers::delete))
        .route("/health", get(health))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::NotFound })
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(Arc::new(faults), fault::inject))
        .layer(axum::middleware::from_fn(problem::localise));
    let api = if cors_origins.is_empty() {
        api
    } else {
        let origins = parse_origins(cors_origins)?;
        api.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
                .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::ACCEPT_LANGUAGE, HeaderName::from_static("x-connection-id")])
                .expose_headers([header::LOCATION, HeaderName::from_static("content-language")])
                .max_age(std::time::Duration::from_secs(600)),
        )
    };
    Ok(Router::new().nest("/api", api))
}

/// `--cors-origin` values as header values (a bad one stops the server at start).
pub fn parse_origins(origins: &[String]) -> anyhow::Result<Vec<HeaderValue>> {
    origins
        .iter()
        .map(|o| HeaderValue::from_str(o).map_err(|_| anyhow::anyhow!("bad CORS origin '{o}'")))
        .collect()
}

async fn health() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "status": "ok" }))
}
