//! Every way an API call can fail, in terms a person can act on.

use customer_desk_domain::problem::{ErrorCode, ProblemDetails, ValidationError};
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer: offline, DNS, refused connection, CORS.
    Unreachable,
    /// The token is missing, wrong or expired (401, errorCode 1).
    Unauthenticated { title: Option<String> },
    /// The user lacks a right (403, errorCode 2); `detail` names it.
    Forbidden { detail: String },
    NotFound { title: String },
    /// 400 with errors[] tied to fields (errorCode 3).
    Validation { title: String, errors: Vec<ValidationError> },
    /// Someone else changed the resource (errorCode 6).
    VersionConflict { current_version: Option<i64> },
    /// The vendor licence has expired (errorCode 4).
    LicenceExpired,
    /// The resource is locked by another operation (errorCode 5).
    Locked,
    /// 5xx or anything else unexpected.
    Server { status: u16, title: Option<String> },
    /// The answer was not what the API documents.
    UnexpectedResponse { detail: String },
    /// A newer request replaced this one; nobody is waiting for its answer.
    Aborted,
    /// Too many requests (429); the server says when to try again.
    RateLimited { retry_after_seconds: Option<u32> },
}

impl ApiError {
    /// Maps an HTTP status and an optional problem-details body.
    pub fn from_status(status: u16, problem: Option<ProblemDetails>) -> Self {
        let code = problem.as_ref().and_then(ProblemDetails::code);
        let title = problem.as_ref().and_then(|p| p.title.clone());
        match (status, code) {
            (_, Some(ErrorCode::ResourceVersionMismatch)) => Self::VersionConflict {
                current_version: problem.and_then(|p| p.resource).and_then(|r| r.version),
            },
            (_, Some(ErrorCode::LicenseExpired)) => Self::LicenceExpired,
            (_, Some(ErrorCode::ResourceLocked)) => Self::Locked,
            (401, _) | (_, Some(ErrorCode::Unauthenticated)) => Self::Unauthenticated { title },
            (403, _) | (_, Some(ErrorCode::Unauthorized)) => Self::Forbidden {
                detail: problem
                    .and_then(|p| p.detail.or(p.title))
                    .unwrap_or_else(|| "You do not have the right to do this.".to_owned()),
            },
            (429, _) => Self::RateLimited { retry_after_seconds: None },
            (404, _) => Self::NotFound { title: title.unwrap_or_else(|| "Not found".to_owned()) },
            (400, _) => Self::Validation {
                title: title.unwrap_or_else(|| "The request was not valid.".to_owned()),
                errors: problem.map(|p| p.errors).unwrap_or_default(),
            },
            _ => Self::Server { status, title },
        }
    }
}

impl ApiError {
    /// A DealPOS `{"Message": ...}` answer. A 400 message starts with the field it is about
    /// ("Email: ..."), which becomes the error's member (in domain terms).
    pub fn from_dealpos(status: u16, message: String, retry_after_seconds: Option<u32>) -> Self {
        match status {
            401 => Self::Unauthenticated { title: Some(message) },
            403 => Self::Forbidden { detail: message },
            404 => Self::NotFound { title: message },
            429 => Self::RateLimited { retry_after_seconds },
            400 => {
                let errors = match message.split_once(": ") {
                    Some((field, detail)) if !field.contains(' ') => vec![ValidationError {
                        member_name: customer_desk_domain::dealpos::domain_member(field).to_owned(),
                        message: detail.to_owned(),
                        code: None,
                    }],
                    _ => Vec::new(),
                };
                Self::Validation { title: message, errors }
            }
            _ => Self::Server { status, title: Some(message) },
        }
    }

    /// Adds the `Retry-After` of a 429 answer.
    pub fn with_retry_after(self, seconds: Option<u32>) -> Self {
        match self {
            Self::RateLimited { retry_after_seconds } => Self::RateLimited { retry_after_seconds: seconds.or(retry_after_seconds) },
            other => other,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable => f.write_str("The server could not be reached. Check the connection and try again."),
            Self::Unauthenticated { .. } => f.write_str("Your session has ended. Please sign in again."),
            Self::Forbidden { detail } => write!(f, "Not allowed: {detail}"),
            Self::NotFound { title } => f.write_str(title),
            Self::Validation { title, errors } if errors.is_empty() => f.write_str(title),
            Self::Validation { title, errors } => {
                let fields: Vec<String> =
                    errors.iter().map(|e| format!("{}: {}", e.member_name, e.message)).collect();
                write!(f, "{title} ({})", fields.join("; "))
            }
            Self::VersionConflict { .. } => f.write_str("Someone else changed this customer in the meantime."),
            Self::LicenceExpired => f.write_str("The point-of-sale licence has expired. Contact your administrator."),
            Self::Locked => f.write_str("This record is locked by another operation. Try again in a moment."),
            Self::Server { status, title: Some(title) } => write!(f, "The server failed (HTTP {status}: {title}). Try again."),
            Self::Server { status, title: None } => write!(f, "The server failed (HTTP {status}). Try again."),
            Self::UnexpectedResponse { detail } => write!(f, "The server sent an unexpected answer: {detail}"),
            Self::Aborted => f.write_str("The request was cancelled."),
            Self::RateLimited { retry_after_seconds: Some(seconds) } => {
                write!(f, "Too many requests for the point-of-sale server. It can be asked again in {seconds} s.")
            }
            Self::RateLimited { retry_after_seconds: None } => {
                f.write_str("Too many requests for the point-of-sale server. Try again in a moment.")
            }
        }
    }
}
