//! The local DealPOS v3 customer API under `/dealpos/api/v3`, over the same SQLite customers
//! as PORTOS: an OAuth2 client-credentials token, the Customer endpoints with Contacts
//! roles, `{"Message": ...}` errors, a per-client rate limit and CORS.

pub mod customers;
pub mod rate_limit;
pub mod token;

use crate::ServerOptions;
use crate::db::StorageError;
use crate::http::problem::ApiError;
use crate::http::{CorsRules, fault, with_cors};
use crate::state::AppState;
use axum::Json;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use customer_desk_domain::dealpos::DealposMessage;
use std::sync::Arc;

/// Where the DealPOS API is mounted.
pub const PREFIX: &str = "/dealpos/api/v3";

#[derive(Clone)]
pub struct DealposState {
    pub app: AppState,
    pub tokens: Arc<token::ClientTokens>,
    pub limiter: Arc<rate_limit::RateLimiter>,
    /// List items carry only the seven keys the vendor's example shows.
    pub documented_list: bool,
}

/// A DealPOS error: a status, `{"Message": ...}` and any extra headers.
#[derive(Debug)]
pub struct DealposError {
    pub status: StatusCode,
    pub message: String,
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

impl DealposError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self { status, message: message.into(), headers: Vec::new() }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "Customer not found.")
    }

    fn internal() -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
    }
}

impl From<StorageError> for DealposError {
    fn from(error: StorageError) -> Self {
        tracing::error!("storage error: {error}");
        DealposError::internal()
    }
}

impl From<rusqlite::Error> for DealposError {
    fn from(error: rusqlite::Error) -> Self {
        StorageError::from(error).into()
    }
}

impl IntoResponse for DealposError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(DealposMessage { message: self.message })).into_response();
        for (name, value) in self.headers {
            response.headers_mut().insert(name, value);
        }
        response
    }
}

/// Reads a JSON body; a failure names the field (`LoyaltyPoint: invalid type: ...`).
pub fn parse_body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, DealposError> {
    let deserializer = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        if path == "." {
            DealposError::bad_request(format!("The request body is not valid JSON: {inner}"))
        } else {
            DealposError::bad_request(format!("{path}: {inner}"))
        }
    })
}

/// The `/dealpos/api/v3` routes.
pub fn router(app: AppState, options: &ServerOptions, secret: &[u8]) -> anyhow::Result<Router> {
    let ttl = options.token_ttl.unwrap_or(crate::DEFAULT_TOKEN_TTL);
    let state = DealposState {
        app,
        tokens: Arc::new(token::ClientTokens::new(secret, ttl)),
        limiter: Arc::new(rate_limit::RateLimiter::new(options.dealpos_rate_limit.unwrap_or_default())),
        documented_list: options.dealpos_documented_list,
    };
    let customers = Router::new()
        .route("/Customer", get(customers::list).post(customers::create).put(customers::update).delete(customers::delete_by_email))
        .route("/Customer/p", post(customers::list_page))
        .route("/Customer/Detail", get(customers::detail))
        .route("/Customer/ByID", put(customers::update_by_id))
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), rate_limit::guard));
    let v3 = Router::new()
        .route("/token", post(token::issue))
        .merge(customers)
        .fallback(|| async { DealposError::new(StatusCode::NOT_FOUND, "No such DealPOS resource.") })
        .method_not_allowed_fallback(|method: Method| async move {
            DealposError::new(StatusCode::METHOD_NOT_ALLOWED, format!("The resource does not support the method '{method}'."))
        })
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(Arc::new(options.faults.clone()), fault::inject))
        .layer(axum::middleware::map_response(fault_as_message))
        .layer(tower_http::compression::CompressionLayer::new());
    // Browsers on the allowed origins may also read the rate-limit headers.
    let exposed = rate_limit::HEADERS.map(HeaderName::from_static);
    let rules = CorsRules {
        methods: &[Method::GET, Method::POST, Method::PUT, Method::DELETE],
        headers: &[header::AUTHORIZATION, header::CONTENT_TYPE, HeaderName::from_static("x-connection-id")],
        exposed: &exposed,
    };
    let v3 = with_cors(v3, &options.cors_origins, rules)?;
    Ok(Router::new().nest(PREFIX, v3))
}

/// An injected fault (`--fault`) answers in DealPOS's error shape, not PORTOS's.
async fn fault_as_message(response: Response) -> Response {
    if response.extensions().get::<ApiError>().is_some() { DealposError::internal().into_response() } else { response }
}
