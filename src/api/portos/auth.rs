//! PORTOS sign-in: `POST /auth`, `GET /auth`, `DELETE /auth`.

use crate::api::error::ApiError;
use crate::api::http::Endpoint;
use customer_desk_domain::auth::{AuthResponse, RefreshRequest, SignInRequest, UserProfile};
use customer_desk_domain::config::Backend;

pub async fn sign_in(base_url: &str, request: &SignInRequest) -> Result<AuthResponse, ApiError> {
    Endpoint::new(Backend::Portos, base_url, None).post("/auth", request).await
}

/// The profile of the token's user; also how a token issued elsewhere is validated.
pub async fn profile(base_url: &str, token: &str) -> Result<UserProfile, ApiError> {
    Endpoint::new(Backend::Portos, base_url, Some(token.to_owned())).get("/auth").await
}

pub async fn sign_out(base_url: &str, token: &str) -> Result<(), ApiError> {
    Endpoint::new(Backend::Portos, base_url, Some(token.to_owned())).delete("/auth").await
}

/// Exchanges the (possibly expired) token and its refresh token for new ones; the old
/// refresh token stops working.
pub async fn refresh(base_url: &str, request: &RefreshRequest) -> Result<AuthResponse, ApiError> {
    Endpoint::new(Backend::Portos, base_url, None).post("/auth/refresh", request).await
}
