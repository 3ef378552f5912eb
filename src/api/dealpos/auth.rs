//! DealPOS sign-in: an OAuth2 client-credentials token, or an access token issued elsewhere
//! (checked by listing one customer, as DealPOS has no profile endpoint).

use crate::api::error::ApiError;
use crate::api::http::Endpoint;
use customer_desk_domain::config::Backend;
use customer_desk_domain::dealpos::TokenResponse;

pub async fn client_credentials(base_url: &str, client_id: &str, client_secret: &str) -> Result<TokenResponse, ApiError> {
    let fields =
        [("grant_type", "client_credentials".to_owned()), ("client_id", client_id.to_owned()), ("client_secret", client_secret.to_owned())];
    Endpoint::new(Backend::Dealpos, base_url, None).post_form("/token", &fields).await
}

/// Succeeds when `token` may read customers.
pub async fn check_token(base_url: &str, token: &str) -> Result<(), ApiError> {
    let endpoint = Endpoint::new(Backend::Dealpos, base_url, Some(token.to_owned()));
    let _: Vec<serde_json::Value> = endpoint.get_with_query("/Customer", &[("PageSize", "1".to_owned())]).await?;
    Ok(())
}
