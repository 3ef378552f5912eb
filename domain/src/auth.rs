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

/// The answer to sign-in and refresh. `tokenId` is the bearer token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthResponse {
    pub token_id: String,
    pub refresh_token: String,
    pub user: UserProfile,
}

/// The signed-in user (`GET /auth`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserProfile {
    pub id: String,
    pub name: String,
    pub user_name: String,
    pub rights: Vec<String>,
    pub device: Device,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
}
