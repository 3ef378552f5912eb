//! Which hub connection a write comes from: the `X-Connection-Id` header a client sends
//! with its writes, through either vendor's endpoints, so the hub can tell that connection
//! the event is its own.

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use customer_desk_domain::live::CONNECTION_HEADER;

/// The `X-Connection-Id` a write names (a short printable id, or nothing).
pub struct SenderConnection(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for SenderConnection {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(sender_connection(&parts.headers)))
    }
}

fn sender_connection(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(CONNECTION_HEADER)?.to_str().ok()?.trim();
    let plausible = !value.is_empty() && value.len() <= 128 && value.bytes().all(|b| b.is_ascii_graphic());
    plausible.then(|| value.to_owned())
}
