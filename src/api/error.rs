//! Every way an API call can fail, in terms a person can act on.

use customer_desk_domain::i18n::{Text, catalog};
use customer_desk_domain::problem::{ErrorCode, ProblemDetails, ValidationError};
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer: offline, DNS, refused connection, CORS.
    Unreachable,
    /// The token is missing, wrong or expired (401, errorCode 1).
    Unauthenticated { title: Option<String> },
    /// The user lacks a right (403, errorCode 2); `detail` names it, if the server did.
    Forbidden { detail: Option<String> },
    /// `title` is the server's, if it sent one.
    NotFound { title: Option<String> },
    /// 400 with errors[] tied to fields (errorCode 3); `title` is the server's, if any.
    Validation { title: Option<String>, errors: Vec<ValidationError> },
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
    /// The answer was not JSON at all (an HTML page, say: often a wrong `apiBaseUrl`).
    NotJson,
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
            (_, Some(ErrorCode::ResourceVersionMismatch)) => {
                Self::VersionConflict { current_version: problem.and_then(|p| p.resource).and_then(|r| r.version) }
            }
            (_, Some(ErrorCode::LicenseExpired)) => Self::LicenceExpired,
            (_, Some(ErrorCode::ResourceLocked)) => Self::Locked,
            // PORTOS documents errorCode 6; other servers say the same with 409 or 412.
            (409 | 412, _) => Self::VersionConflict { current_version: problem.and_then(|p| p.resource).and_then(|r| r.version) },
            (401, _) | (_, Some(ErrorCode::Unauthenticated)) => Self::Unauthenticated { title },
            (403, _) | (_, Some(ErrorCode::Unauthorized)) => Self::Forbidden { detail: problem.and_then(|p| p.detail.or(p.title)) },
            (429, _) => Self::RateLimited { retry_after_seconds: None },
            (404, _) => Self::NotFound { title },
            (400, _) => Self::Validation { title, errors: problem.map(|p| p.errors).unwrap_or_default() },
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
            403 => Self::Forbidden { detail: Some(message) },
            404 => Self::NotFound { title: Some(message) },
            429 => Self::RateLimited { retry_after_seconds },
            400 => {
                let errors = match message.split_once(": ") {
                    Some((field, detail)) if !field.contains(' ') => vec![ValidationError {
                        member_name: customer_desk_domain::dealpos::domain_member(field).to_owned(),
                        message: detail.to_owned(),
                        code: None,
                        text: None,
                    }],
                    _ => Vec::new(),
                };
                Self::Validation { title: Some(message), errors }
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

impl ApiError {
    /// What to tell the user. Titles and details from the server are passed through: the
    /// server wrote them in the user's language (`Accept-Language`) where it speaks it.
    pub fn text(&self) -> Text {
        match self {
            Self::Unreachable => Text::new("api-unreachable"),
            Self::Unauthenticated { .. } => Text::new("api-unauthenticated"),
            Self::Forbidden { detail: Some(detail) } => Text::new("api-forbidden").with("detail", detail.as_str()),
            Self::Forbidden { detail: None } => Text::new("api-forbidden-no-detail"),
            Self::NotFound { title: Some(title) } => Text::new("api-server-message").with("message", title.as_str()),
            Self::NotFound { title: None } => Text::new("api-not-found"),
            Self::Validation { title: Some(title), errors } if errors.is_empty() => {
                Text::new("api-server-message").with("message", title.as_str())
            }
            Self::Validation { title: None, errors } if errors.is_empty() => Text::new("api-invalid"),
            Self::Validation { title: Some(title), errors } => {
                Text::new("api-server-message-fields").with("message", title.as_str()).with("fields", fields(errors))
            }
            Self::Validation { title: None, errors } => Text::new("api-invalid-fields").with("fields", fields(errors)),
            Self::VersionConflict { .. } => Text::new("api-version-conflict"),
            Self::LicenceExpired => Text::new("api-licence-expired"),
            Self::Locked => Text::new("api-locked"),
            Self::Server { status, title: Some(title) } => {
                Text::new("api-server-failed-title").with("status", status.to_string()).with("title", title.as_str())
            }
            Self::Server { status, title: None } => Text::new("api-server-failed").with("status", status.to_string()),
            Self::UnexpectedResponse { detail } => Text::new("api-unexpected").with("detail", detail.as_str()),
            Self::NotJson => Text::new("api-not-json"),
            Self::Aborted => Text::new("api-aborted"),
            Self::RateLimited { retry_after_seconds: Some(seconds) } => Text::new("api-rate-limited-wait").with("seconds", *seconds),
            Self::RateLimited { retry_after_seconds: None } => Text::new("api-rate-limited"),
        }
    }
}

/// "email: Not a valid e-mail address.; phone: …", each message in the user's language
/// where the app knows it, else as the server wrote it.
fn fields(errors: &[ValidationError]) -> String {
    let language = catalog(crate::api::http::language());
    let described: Vec<String> = errors
        .iter()
        .map(|e| {
            let message = e.text.as_ref().map_or_else(|| e.message.clone(), |text| language.render(text));
            format!("{}: {message}", e.member_name)
        })
        .collect();
    described.join("; ")
}

/// In the user's current language (the one requests are sent with), so views can show
/// `{err}` as it is.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&catalog(crate::api::http::language()).render(&self.text()))
    }
}
