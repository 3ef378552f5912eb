//! PORTOS error models: RFC 7807 problem details with an `errorCode`, validation `errors[]`
//! and, on a version mismatch, the `resource` concerned.

use serde::{Deserialize, Serialize};

/// PORTOS API error codes (the "Error codes" page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    Unauthenticated = 1,
    Unauthorized = 2,
    ValidationFailed = 3,
    LicenseExpired = 4,
    ResourceLocked = 5,
    ResourceVersionMismatch = 6,
}

impl ErrorCode {
    pub fn from_code(code: i32) -> Option<Self> {
        Some(match code {
            1 => ErrorCode::Unauthenticated,
            2 => ErrorCode::Unauthorized,
            3 => ErrorCode::ValidationFailed,
            4 => ErrorCode::LicenseExpired,
            5 => ErrorCode::ResourceLocked,
            6 => ErrorCode::ResourceVersionMismatch,
            _ => return None,
        })
    }
}

/// The documented validation constraints (`code` of a validation error).
pub mod constraint {
    pub const REQUIRED: &str = "Required";
    pub const UNIQUE: &str = "Unique";
}

/// One broken validation rule (`PortosValidationProblemDetailsError`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidationError {
    /// The property, camelCase as on the wire (`email`, `company.vatId`, `cards[0].serialNumber`).
    pub member_name: String,
    pub message: String,
    #[serde(default)]
    pub code: Option<String>,
    /// The same message for the app to show in the user's language; set by the shared
    /// validation rules, absent from the wire (the server's `message` stays English).
    #[serde(skip)]
    pub text: Option<crate::i18n::Text>,
}

/// `ResourceInfo`, present when `errorCode` is 6.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceInfo {
    pub name: String,
    pub id: String,
    #[serde(default)]
    pub version: Option<i64>,
}

/// `ProblemDetails` / `PortosValidationProblemDetails`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProblemDetails {
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub problem_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<ResourceInfo>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ValidationError>,
}

impl ProblemDetails {
    pub fn code(&self) -> Option<ErrorCode> {
        self.error_code.and_then(ErrorCode::from_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_mismatch_problem_parses() {
        let raw = r#"{
            "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
            "title": "Resource version mismatch.",
            "status": 400,
            "instance": "/api/customers/c-1",
            "traceId": "00-abc-01",
            "errorCode": 6,
            "resource": { "name": "customer", "id": "c-1", "version": 3 }
        }"#;
        let problem: ProblemDetails = serde_json::from_str(raw).unwrap();
        assert_eq!(problem.code(), Some(ErrorCode::ResourceVersionMismatch));
        assert_eq!(problem.resource.unwrap().version, Some(3));
    }

    #[test]
    fn validation_problem_round_trips() {
        let raw = r#"{"title":"One or more validation errors occurred.","status":400,"errorCode":3,"errors":[{"memberName":"email","message":"Not a valid e-mail address.","code":null}]}"#;
        let problem: ProblemDetails = serde_json::from_str(raw).unwrap();
        assert_eq!(problem.errors[0].member_name, "email");
        assert_eq!(serde_json::to_string(&problem).unwrap(), raw);
    }
}
