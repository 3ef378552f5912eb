//! Signing in with what the user typed, for the sign-in page and the sign-in-again
//! dialog alike: PORTOS user name, password and device name; DealPOS client ID and secret
//! (OAuth2 client credentials); or, for either, an access token issued elsewhere.

use super::Session;
use crate::api::ApiError;
use crate::api::dealpos::auth as dealpos_auth;
use crate::api::portos::auth as portos_auth;
use customer_desk_domain::auth::{Device, SignInRequest, UserProfile};
use customer_desk_domain::config::{Backend, SignInKind};
use customer_desk_domain::i18n::Text;
use customer_desk_domain::session::Right;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// PORTOS: user name and password; DealPOS: client ID and secret.
    Password,
    AccessToken,
}

#[derive(Clone)]
pub struct Credentials {
    pub method: Method,
    pub user_name: String,
    pub password: String,
    pub device_name: String,
    pub access_token: String,
}

/// A DealPOS client's ID and secret, kept in memory only (never stored) so the session
/// can fetch a new token by itself when one expires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientCredentials {
    pub id: String,
    pub secret: String,
}

/// A new session, and the DealPOS client credentials that can renew it.
pub async fn authenticate(
    backend: Backend,
    base_url: &str,
    credentials: Credentials,
    token_user: &str,
) -> Result<(Session, Option<ClientCredentials>), ApiError> {
    match (backend, credentials.method) {
        (Backend::Dealpos, Method::Password) => {
            let client = ClientCredentials { id: credentials.user_name, secret: credentials.password };
            let token = dealpos_auth::client_credentials(base_url, &client.id, &client.secret).await?;
            Ok((dealpos_session(token.access_token, &client.id), Some(client)))
        }
        (backend, Method::AccessToken) => Ok((token_session(backend, base_url, credentials.access_token, token_user).await?, None)),
        (Backend::Portos, Method::Password) => {
            let request =
                SignInRequest { user_name: credentials.user_name, password: credentials.password, device_name: credentials.device_name };
            Ok((Session::from(portos_auth::sign_in(base_url, &request).await?), None))
        }
    }
}

/// A session for a token issued elsewhere (typed in, or handed over by a portal), once the
/// vendor has accepted it: PORTOS tells whose it is; DealPOS only whether it reads customers.
pub async fn token_session(backend: Backend, base_url: &str, token: String, token_user: &str) -> Result<Session, ApiError> {
    match backend {
        Backend::Portos => {
            let user = portos_auth::profile(base_url, &token).await?;
            Ok(Session { token, refresh_token: None, user })
        }
        Backend::Dealpos => {
            dealpos_auth::check_token(base_url, &token).await?;
            Ok(dealpos_session(token, token_user))
        }
    }
}

/// A DealPOS token says nothing about its roles: the app offers every action and DealPOS
/// refuses what the client may not do (a 403 names the missing role).
pub fn dealpos_session(token: String, name: &str) -> Session {
    let rights =
        [Right::CustomerCreate, Right::CustomerUpdate, Right::CustomerDelete, Right::CustomerSetDiscount, Right::CustomerSetCredit];
    let user = UserProfile {
        id: name.to_owned(),
        name: name.to_owned(),
        user_name: name.to_owned(),
        rights: rights.iter().map(|right| right.name().to_owned()).collect(),
        device: Device { name: String::new(), env_name: String::new() },
    };
    Session { token, refresh_token: None, user }
}

/// Each failure gets its own message: the user can tell a typo from an outage.
pub fn sign_in_message(error: &ApiError, backend: Backend) -> Text {
    match error {
        ApiError::Unauthenticated { .. } if backend.sign_in_kind() == SignInKind::ClientCredentials => Text::new("sign-in-error-client"),
        ApiError::Unauthenticated { .. } => Text::new("sign-in-error-credentials"),
        ApiError::Unreachable => Text::new("sign-in-error-unreachable"),
        ApiError::Forbidden { detail: Some(detail) } => Text::new("sign-in-error-forbidden").with("detail", detail.as_str()),
        ApiError::Forbidden { detail: None } => Text::new("sign-in-error-forbidden-no-detail"),
        other => other.text(),
    }
}
