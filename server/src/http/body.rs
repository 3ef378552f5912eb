//! A JSON body extractor whose failures are PORTOS validation problems naming the member
//! (`discountRate`, `cards[0].serialNumber`), not axum's plain-text rejections.

use super::problem::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let bytes =
            Bytes::from_request(request, state).await.map_err(|_| ApiError::invalid("body", "The request body could not be read."))?;
        let deserializer = &mut serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(deserializer).map(JsonBody).map_err(|error| {
            let path = error.path().to_string();
            let member = if path == "." { "body".to_string() } else { path };
            ApiError::invalid(&member, error.into_inner().to_string())
        })
    }
}
