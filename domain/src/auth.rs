//! PORTOS sign-in wire types (`POST /auth`, `POST /auth/refresh`, `GET /auth`).

use serde::{Deserialize, Serialize};

/// `POST /auth` body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInRequest {
    pub user_name: String,
    pub password: String,
    pub device_name: String,
}

/// `POST /auth/refresh` body: the (possibly expired) access token and its refresh token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefreshRequest {
    pub token_id: String,
    pub refresh_token: String,
}

/// The answer to sign-in and refresh. `tokenId` is the bearer token. Read tolerantly: of
/// the user, only `rights` matter to the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthResponse {
    pub token_id: String,
    #[serde(default, deserialize_with = "crate::lenient::text_or_empty")]
    pub refresh_token: String,
    #[serde(default)]
    pub user: UserProfile,
}

/// The signed-in user (`GET /auth`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserProfile {
    pub id: String,
    pub name: String,
    pub user_name: String,
    pub rights: Vec<String>,
    pub device: Device,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Device {
    pub name: String,
    pub env_name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_response_wire_format() {
        let raw = r#"{"tokenId":"eyJ.x.y","refreshToken":"r1","user":{"id":"user-1","name":"Admin","userName":"admin","rights":["customerCreate"],"device":{"name":"customer-desk","envName":"BackOffice"}}}"#;
        let parsed: AuthResponse = serde_json::from_str(raw).unwrap();
        assert_eq!(parsed.user.device.env_name, "BackOffice");
        assert_eq!(serde_json::to_string(&parsed).unwrap(), raw);
    }

    #[test]
    fn a_sparse_answer_still_signs_in() {
        let parsed: AuthResponse =
            serde_json::from_str(r#"{"tokenId":"t","refreshToken":null,"user":{"rights":["CustomerUpdate"]}}"#).unwrap();
        assert_eq!((parsed.refresh_token.as_str(), parsed.user.rights.as_slice()), ("", ["CustomerUpdate".to_string()].as_slice()));
    }
}
