//! The one place requests are sent: bearer header, JSON bodies, error mapping.

use super::error::ApiError;
use customer_desk_domain::problem::ProblemDetails;
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where the API lives and who is calling.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    pub base_url: String,
    pub token: Option<String>,
}

impl Endpoint {
    pub fn new(base_url: &str, token: Option<String>) -> Self {
        Self { base_url: base_url.to_owned(), token }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    fn prepare(&self, builder: RequestBuilder) -> RequestBuilder {
        let builder = builder.header("Accept", "application/json").header("Accept-Language", "en-GB");
        match &self.token {
            Some(token) => builder.header("Authorization", &format!("Bearer {token}")),
            None => builder,
        }
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let request = self.prepare(Request::get(&self.url(path))).build().map_err(unexpected)?;
        read_json(send(request).await?).await
    }

    pub async fn get_with_query<T: DeserializeOwned>(&self, path: &str, params: &[(&str, String)]) -> Result<T, ApiError> {
        self.get(&format!("{path}?{}", encode_query(params))).await
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T, ApiError> {
        let request = self.prepare(Request::post(&self.url(path))).json(body).map_err(unexpected)?;
        read_json(send(request).await?).await
    }

    pub async fn put<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T, ApiError> {
        let request = self.prepare(Request::put(&self.url(path))).json(body).map_err(unexpected)?;
        read_json(send(request).await?).await
    }

    /// DELETE whose answer body is not needed.
    pub async fn delete(&self, path: &str) -> Result<(), ApiError> {
        let request = self.prepare(Request::delete(&self.url(path))).build().map_err(unexpected)?;
        check(send(request).await?).await.map(|_| ())
    }
}

async fn send(request: Request) -> Result<Response, ApiError> {
    // gloo-net reports every transport failure (offline, refused, CORS) the same way.
    request.send().await.map_err(|_| ApiError::Unreachable)
}

async fn check(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    // A body that is not problem details (a proxy's HTML page, say) still maps by status.
    let problem = response.json::<ProblemDetails>().await.ok();
    Err(ApiError::from_status(status, problem))
}

async fn read_json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    check(response).await?.json::<T>().await.map_err(unexpected)
}

fn unexpected(err: gloo_net::Error) -> ApiError {
    ApiError::UnexpectedResponse { detail: err.to_string() }
}

/// `a=1&b=x%20y`: keys and values percent-encoded.
pub fn encode_query(params: &[(&str, String)]) -> String {
    params
        .iter()
        .map(|(key, value)| {
            format!("{}={}", js_sys::encode_uri_component(key), js_sys::encode_uri_component(value))
        })
        .collect::<Vec<_>>()
        .join("&")
}
