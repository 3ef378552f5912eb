//! `POST /dealpos/api/v3/token`: OAuth2 client credentials (RFC 6749 section 4.4), client
//! authentication by form fields or HTTP Basic, and the bearer tokens it issues: HS256 JWTs
//! naming the client and its roles, signed with a key of their own, so a PORTOS token is
//! never a DealPOS token and the other way round.

use super::{DealposError, DealposState};
use crate::db::dealpos_clients;
use crate::http::query::{percent_decode, query_pairs};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use customer_desk_domain::dealpos::{ContactsRole, OAuthError, TokenResponse};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::time::Duration;

const AUDIENCE: &str = "dealpos-v3";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    aud: String,
    roles: Vec<ContactsRole>,
    iat: i64,
    exp: i64,
}

/// The client a valid bearer token was issued to.
#[derive(Clone, Debug)]
pub struct Client {
    pub client_id: String,
    pub roles: Vec<ContactsRole>,
}

impl Client {
    /// The client as a hub event names who wrote (a client has no other name).
    pub fn writer(&self) -> customer_desk_domain::live::UserRef {
        customer_desk_domain::live::UserRef { id: self.client_id.clone(), name: self.client_id.clone() }
    }

    /// 403 naming the missing role.
    pub fn require(&self, role: ContactsRole) -> Result<(), DealposError> {
        if self.roles.contains(&role) {
            Ok(())
        } else {
            Err(DealposError::new(StatusCode::FORBIDDEN, format!("The role 'Contacts - {}' is required.", role.as_str())))
        }
    }
}

pub struct ClientTokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    ttl: Duration,
}

impl ClientTokens {
    /// Keys derived from the database's signing secret.
    pub fn new(secret: &[u8], ttl: Duration) -> Self {
        let key = Sha256::new().chain_update(b"dealpos-v3-token-key:").chain_update(secret).finalize();
        Self { encoding: EncodingKey::from_secret(&key), decoding: DecodingKey::from_secret(&key), ttl }
    }

    fn issue(&self, client_id: &str, roles: Vec<ContactsRole>) -> Result<String, DealposError> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims { sub: client_id.into(), aud: AUDIENCE.into(), roles, iat: now, exp: now + self.ttl.as_secs() as i64 };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).map_err(|e| {
            tracing::error!("signing a DealPOS token: {e}");
            DealposError::new(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
        })
    }

    /// The client of the request's bearer token, or a 401.
    pub fn verify(&self, headers: &HeaderMap) -> Result<Client, DealposError> {
        let unauthenticated = |message: &str| {
            let mut error = DealposError::new(StatusCode::UNAUTHORIZED, message);
            error.headers.push((header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")));
            error
        };
        let value = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| unauthenticated("Authorization has been denied for this request: no bearer token."))?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .ok_or_else(|| unauthenticated("The Authorization header must be 'Bearer <token>'."))?;
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 0;
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "sub", "aud"]);
        let claims = jsonwebtoken::decode::<Claims>(token.trim(), &self.decoding, &validation)
            .map_err(|_| unauthenticated("The access token is invalid or has expired."))?
            .claims;
        Ok(Client { client_id: claims.sub, roles: claims.roles })
    }
}

fn oauth_error(status: StatusCode, error: &str, description: &str, basic: bool) -> Response {
    let body = OAuthError { error: error.into(), error_description: Some(description.into()) };
    let mut response = (status, no_store(), Json(body)).into_response();
    // Only a client that used Basic is challenged: a challenge to a form-posting browser
    // app would make the browser show its own sign-in dialog.
    if basic && status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"DealPOS\""));
    }
    response
}

/// Token answers must not be cached (RFC 6749 section 5.1).
fn no_store() -> [(header::HeaderName, HeaderValue); 2] {
    [(header::CACHE_CONTROL, HeaderValue::from_static("no-store")), (header::PRAGMA, HeaderValue::from_static("no-cache"))]
}

/// `client_id:client_secret` from `Authorization: Basic`, each form-decoded (RFC 6749
/// section 2.3.1); `Some(None)` when the header is Basic but unreadable.
fn basic_credentials(headers: &HeaderMap) -> Option<Option<(String, String)>> {
    use base64::Engine;
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok().and_then(|b| String::from_utf8(b).ok());
    Some(decoded.and_then(|text| {
        let (id, secret) = text.split_once(':')?;
        Some((percent_decode(id), percent_decode(secret)))
    }))
}

pub async fn issue(State(state): State<DealposState>, headers: HeaderMap, body: Bytes) -> Response {
    let form = query_pairs(std::str::from_utf8(&body).ok());
    let field = |name: &str| form.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let basic = basic_credentials(&headers);
    let used_basic = basic.is_some();
    match field("grant_type").as_deref() {
        None => return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "grant_type is required.", used_basic),
        Some("client_credentials") => {}
        Some(_) => {
            return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Only client_credentials is supported.", used_basic);
        }
    }
    let in_form = field("client_secret").map(|secret| (field("client_id").unwrap_or_default(), secret));
    let (client_id, secret) = match (basic, in_form) {
        (Some(_), Some(_)) => {
            return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "Use one way of client authentication, not two.", true);
        }
        (Some(Some(credentials)), None) | (None, Some(credentials)) => credentials,
        (Some(None), None) => return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "The Basic credentials are malformed.", true),
        (None, None) => {
            return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "Client authentication is required.", false);
        }
    };
    let lookup_id = client_id.clone();
    let roles = match state.app.db.read(move |c| dealpos_clients::check_secret(c, &lookup_id, &secret)).await {
        Ok(Some(roles)) => roles,
        Ok(None) => return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "Unknown client or wrong secret.", used_basic),
        Err(error) => return DealposError::from(error).into_response(),
    };
    match state.tokens.issue(&client_id, roles) {
        Ok(access_token) => {
            let body = TokenResponse { access_token, token_type: "Bearer".into(), expires_in: state.tokens.ttl.as_secs() };
            (no_store(), Json(body)).into_response()
        }
        Err(error) => error.into_response(),
    }
}
