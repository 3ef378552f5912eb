//! The local PORTOS v4 API under `/api`: sign-in and sessions (`auth`), the customers
//! (`customers`, with the list and id caches), and its problem details (`problem`, with
//! `slovak`).

pub mod auth;
pub mod customers;
pub mod id_cache;
pub mod list_cache;
pub mod problem;
pub mod slovak;

use crate::ServerOptions;
use crate::http::problem::ApiError;
use crate::http::{CorsRules, fault, with_cors};
use crate::state::AppState;
use axum::Router;
use axum::http::{HeaderName, Method, header};
use axum::routing::{get, post};
use std::sync::Arc;

/// The `/api` routes with problem rendering, fault injection and CORS.
pub fn router(state: AppState, options: &ServerOptions) -> anyhow::Result<Router> {
    let api = Router::new()
        .route("/auth", post(auth::sign_in).get(auth::current_user).delete(auth::sign_out))
        .route("/auth/refresh", post(auth::refresh))
        .route("/customers", get(customers::list).post(customers::create))
        .route("/customers/{id}", get(customers::get_one).put(customers::upsert).delete(customers::delete))
        .route("/health", get(health))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::NotFound })
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(Arc::new(options.faults.clone()), fault::inject))
        .layer(axum::middleware::from_fn(problem::localise))
        // JSON shrinks to about a fifth: a list page is 29 KB plain, some 5 KB gzipped.
        .layer(tower_http::compression::CompressionLayer::new());
    let rules = CorsRules {
        methods: &[Method::GET, Method::POST, Method::PUT, Method::DELETE],
        headers: &[header::AUTHORIZATION, header::CONTENT_TYPE, header::ACCEPT_LANGUAGE, HeaderName::from_static("x-connection-id")],
        exposed: &[header::LOCATION, HeaderName::from_static("content-language")],
    };
    let api = with_cors(api, &options.cors_origins, rules)?;
    Ok(Router::new().nest("/api", api))
}

async fn health() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "status": "ok" }))
}
