//! `/api/auth`: sign-in, refresh with rotating refresh tokens, profile and sign-out, and the
//! `Authenticated` extractor every customer route uses. Tokens are HS256 JWTs tied to a
//! session row, so signing out revokes them at once. Tokens are never logged.

use crate::db::{Database, StorageError, users};
use crate::http::body::JsonBody;
use crate::http::problem::ApiError;
use crate::state::AppState;
use axum::Json;
use axum::extract::{FromRequestParts, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use customer_desk_domain::auth::{AuthResponse, Device, RefreshRequest, SignInRequest, UserProfile};
use customer_desk_domain::live::UserRef;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// Refresh tokens live this long; each refresh replaces the token and restarts the clock.
const REFRESH_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
const ENV_NAME: &str = "BackOffice";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    sid: String,
    iat: i64,
    exp: i64,
}

/// Signing keys and token lifetime.
pub struct TokenIssuer {
    encoding: EncodingKey,
    decoding: DecodingKey,
    pub ttl: Duration,
}

impl TokenIssuer {
    pub fn new(secret: &[u8], ttl: Duration) -> Self {
        Self { encoding: EncodingKey::from_secret(secret), decoding: DecodingKey::from_secret(secret), ttl }
    }

    fn access_token(&self, user_name: &str, session_id: &str) -> Result<String, StorageError> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims { sub: user_name.into(), sid: session_id.into(), iat: now, exp: now + self.ttl.as_secs() as i64 };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| StorageError(format!("signing a token: {e}")))
    }

    /// The claims of a correctly signed token; expired ones only when `allow_expired`.
    fn verify(&self, token: &str, allow_expired: bool) -> Option<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 0;
        validation.validate_exp = !allow_expired;
        validation.set_required_spec_claims(&["exp", "sub"]);
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).ok().map(|data| data.claims)
    }
}

fn profile(user: &users::User, device_name: &str) -> UserProfile {
    UserProfile {
        id: user.id.clone(),
        name: user.name.clone(),
        user_name: user.user_name.clone(),
        rights: user.rights.clone(),
        device: Device { name: device_name.to_string(), env_name: ENV_NAME.to_string() },
    }
}

/// Opens a session for `user_name` on `device_name` (sign-in and the `token` command).
pub fn open_session(
    connection: &rusqlite::Connection,
    issuer: &TokenIssuer,
    user: &users::User,
    device_name: &str,
) -> Result<AuthResponse, StorageError> {
    let session_id = users::random_token();
    let refresh_token = users::random_token();
    let expires = chrono::Utc::now().timestamp() + REFRESH_LIFETIME.as_secs() as i64;
    users::create_session(connection, &session_id, &user.user_name, device_name, &refresh_token, expires)?;
    Ok(AuthResponse { token_id: issuer.access_token(&user.user_name, &session_id)?, refresh_token, user: profile(user, device_name) })
}

/// A request with a valid bearer token of a live session.
pub struct Authenticated {
    pub user: users::User,
    pub session_id: String,
    pub device_name: String,
}

impl Authenticated {
    pub fn require(&self, right: &'static str) -> Result<(), ApiError> {
        if self.user.has_right(right) { Ok(()) } else { Err(ApiError::Forbidden { right }) }
    }

    /// The user as a hub event names them.
    pub fn writer(&self) -> UserRef {
        UserRef { id: self.user.id.clone(), name: self.user.name.clone() }
    }
}

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer_token(&parts.headers)?;
        authenticate(state, token).await.map(|(auth, _)| auth)
    }
}

/// The token of an `Authorization: Bearer` header.
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Result<&str, ApiError> {
    let header = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or(ApiError::Unauthenticated("An Authorization: Bearer token is required."))?;
    header
        .strip_prefix("Bearer ")
        .or_else(|| header.strip_prefix("bearer "))
        .map(str::trim)
        .ok_or(ApiError::Unauthenticated("The Authorization header must be 'Bearer <token>'."))
}

/// Who a valid access token of a live session belongs to, and when the token expires
/// (seconds since the epoch): for requests, and for hub connections, which close then.
pub async fn authenticate(state: &AppState, token: &str) -> Result<(Authenticated, i64), ApiError> {
    let claims = state.issuer.verify(token, false).ok_or(ApiError::Unauthenticated("The token is invalid or has expired."))?;
    let (session_id, expires_at) = (claims.sid.clone(), claims.exp);
    let (user, device_name) = state
        .db
        .read_short(move |c| users::session_user(c, &claims.sid))
        .await?
        .ok_or(ApiError::Unauthenticated("The session has ended; sign in again."))?;
    Ok((Authenticated { user, session_id, device_name }, expires_at))
}

pub async fn sign_in(State(state): State<AppState>, JsonBody(body): JsonBody<SignInRequest>) -> Result<Json<AuthResponse>, ApiError> {
    let device_name = if body.device_name.trim().is_empty() { "unknown".to_string() } else { body.device_name };
    let issuer = state.issuer.clone();
    // Password hashing is deliberately slow; it runs on the writer's blocking thread.
    let response = state
        .db
        .write(move |c| -> Result<_, StorageError> {
            let Some(user) = users::check_password(c, &body.user_name, &body.password)? else { return Ok(None) };
            open_session(c, &issuer, &user, &device_name).map(Some)
        })
        .await?;
    response.map(Json).ok_or(ApiError::Unauthenticated("Wrong user name or password."))
}

pub async fn refresh(State(state): State<AppState>, JsonBody(body): JsonBody<RefreshRequest>) -> Result<Json<AuthResponse>, ApiError> {
    let claims = state.issuer.verify(&body.token_id, true).ok_or(ApiError::Unauthenticated("The token is invalid."))?;
    let issuer = state.issuer.clone();
    let response = state
        .db
        .write(move |c| -> Result<_, StorageError> {
            let new_refresh = users::random_token();
            let now = chrono::Utc::now().timestamp();
            let expires = now + REFRESH_LIFETIME.as_secs() as i64;
            if !users::rotate_refresh(c, &claims.sid, &body.refresh_token, &new_refresh, now, expires)? {
                return Ok(None);
            }
            let Some((user, device_name)) = users::session_user(c, &claims.sid)? else { return Ok(None) };
            Ok(Some(AuthResponse {
                token_id: issuer.access_token(&user.user_name, &claims.sid)?,
                refresh_token: new_refresh,
                user: profile(&user, &device_name),
            }))
        })
        .await?;
    response.map(Json).ok_or(ApiError::Unauthenticated("The refresh token is invalid, used or expired."))
}

pub async fn current_user(auth: Authenticated) -> Json<UserProfile> {
    Json(profile(&auth.user, &auth.device_name))
}

pub async fn sign_out(State(state): State<AppState>, auth: Authenticated) -> Result<StatusCode, ApiError> {
    state.db.write(move |c| users::delete_session(c, &auth.session_id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// For `customer-desk-server token --user NAME`: a fresh session's access token.
pub fn token_for(db: &Database, user_name: &str, ttl: Duration) -> anyhow::Result<String> {
    let response = db
        .write_now(|c| -> Result<_, StorageError> {
            let issuer = TokenIssuer::new(&users::jwt_secret(c)?, ttl);
            users::ensure_demo_users(c)?;
            let Some(user) = users::find_user(c, user_name)? else { return Ok(None) };
            open_session(c, &issuer, &user, "cli").map(Some)
        })
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    response.map(|r| r.token_id).ok_or_else(|| anyhow::anyhow!("no user named '{user_name}'"))
}
