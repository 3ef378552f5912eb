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
    #[serde(default, deserialize_with = "crate::lenient::text_or_empty")]
    pub member_name: String,
    #[serde(default, deserialize_with = "crate::lenient::text_or_empty")]
    pub message: String,
    #[serde(default, deserialize_with = "crate::lenient::text")]
    pub code: Option<String>,
    /// The same message for the app to show in the user's language; set by the shared
    /// validation rules, absent from the wire (the server's `message` stays English).
    #[serde(skip)]
    pub text: Option<crate::i18n::Text>,
}

/// Whether a server's `memberName` names the member `ours` (`cards[0].serialNumber`):
/// .NET servers write `Cards[0].SerialNumber` or a JSON path such as
/// `$.cards[0].serialNumber`, so case and a leading `$.` do not count.
pub fn same_member(member_name: &str, ours: &str) -> bool {
    let plain = member_name.trim();
    let plain = plain.strip_prefix("$.").unwrap_or(plain);
    plain.eq_ignore_ascii_case(ours)
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
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "validation_errors")]
    pub errors: Vec<ValidationError>,
}

/// `errors` as PORTOS documents it (`[{memberName, message, code}]`), or as ASP.NET's
/// default validation problem writes it (`{"Email": ["message", ...]}`); anything else is
/// no errors rather than an unreadable problem.
fn validation_errors<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<ValidationError>, D::Error> {
    use serde_json::Value;
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items.into_iter().filter_map(|item| serde_json::from_value(item).ok()).collect(),
        Value::Object(members) => members
            .into_iter()
            .flat_map(|(member, messages)| {
                let messages = match messages {
                    Value::Array(list) => list.into_iter().filter_map(|m| m.as_str().map(str::to_owned)).collect(),
                    Value::String(message) => vec![message],
                    _ => Vec::new(),
                };
                messages.into_iter().map(move |message| ValidationError { member_name: member.clone(), message, code: None, text: None })
            })
            .collect(),
        _ => Vec::new(),
    })
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
    fn member_names_match_without_case_and_json_path_prefix() {
        for theirs in ["email", "Email", "$.email", " EMAIL "] {
            assert!(same_member(theirs, "email"), "{theirs}");
        }
        assert!(same_member("Company.VatId", "company.vatId"));
        assert!(same_member("Cards[0].SerialNumber", "cards[0].serialNumber"));
        assert!(!same_member("Cards[1].SerialNumber", "cards[0].serialNumber"));
        assert!(!same_member("emails", "email"));
    }

    #[test]
    fn asp_net_style_errors_are_read_too() {
        let raw = r#"{"title":"One or more validation errors occurred.","status":400,"errorCode":3,
            "errors":{"Email":["Not a valid e-mail address."],"Cards[0].SerialNumber":["Taken.","Too long."]}}"#;
        let problem: ProblemDetails = serde_json::from_str(raw).unwrap();
        let members: Vec<(&str, &str)> = problem.errors.iter().map(|e| (e.member_name.as_str(), e.message.as_str())).collect();
        assert_eq!(
            members,
            [("Email", "Not a valid e-mail address."), ("Cards[0].SerialNumber", "Taken."), ("Cards[0].SerialNumber", "Too long.")]
        );
        let odd: ProblemDetails = serde_json::from_str(r#"{"title":"x","errors":[{"memberName":null,"message":"m"}, 5]}"#).unwrap();
        assert_eq!((odd.errors.len(), odd.errors[0].member_name.as_str()), (1, ""));
    }

    #[test]
    fn validation_problem_round_trips() {
        let raw = r#"{"title":"One or more validation errors occurred.","status":400,"errorCode":3,"errors":[{"memberName":"email","message":"Not a valid e-mail address.","code":null}]}"#;
        let problem: ProblemDetails = serde_json::from_str(raw).unwrap();
        assert_eq!(problem.errors[0].member_name, "email");
        assert_eq!(serde_json::to_string(&problem).unwrap(), raw);
    }
}
