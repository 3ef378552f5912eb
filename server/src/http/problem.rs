//! The error a handler returns (the PORTOS API, the hub, and an injected fault before any
//! handler). Its response is the status alone and carries the error as an extension: the
//! routes' own middleware writes the body in their vendor's shape (PORTOS's problem details
//! in the request's language, `portos::problem`; DealPOS's `{"Message": ...}`).

use crate::db::StorageError;
use crate::db::query::ParameterError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use customer_desk_domain::problem::ValidationError;

#[derive(Clone, Debug)]
pub enum ApiError {
    /// No, a malformed, an expired or a revoked token; or wrong credentials.
    Unauthenticated(&'static str),
    /// The user lacks `right`.
    Forbidden {
        right: &'static str,
    },
    NotFound,
    Validation(Vec<ValidationError>),
    /// `_v` in the request differs from the stored version.
    VersionMismatch {
        id: String,
        version: i64,
    },
    Internal,
}

impl From<StorageError> for ApiError {
    fn from(error: StorageError) -> Self {
        tracing::error!("storage error: {error}");
        ApiError::Internal
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> Self {
        StorageError::from(error).into()
    }
}

impl From<ParameterError> for ApiError {
    fn from(error: ParameterError) -> Self {
        ApiError::Validation(vec![ValidationError { member_name: error.parameter, message: error.message, code: None, text: None }])
    }
}

impl ApiError {
    pub fn invalid(member: &str, message: impl Into<String>) -> Self {
        ApiError::Validation(vec![ValidationError { member_name: member.to_string(), message: message.into(), code: None, text: None }])
    }

    /// The status it answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden { .. } => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Validation(_) | ApiError::VersionMismatch { .. } => StatusCode::BAD_REQUEST,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}
