//! The one place requests are sent: bearer header, JSON bodies, error mapping, and one
//! retry with a renewed token after a 401.

use super::error::ApiError;
use customer_desk_domain::config::Backend;
use customer_desk_domain::dealpos::DealposMessage;
use customer_desk_domain::i18n::Locale;
use customer_desk_domain::problem::ProblemDetails;
use futures::future::LocalBoxFuture;
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{AbortController, AbortSignal};

/// Gets a token to retry with after a 401 for the token given: a renewed one, or the
/// session's current one if it was replaced meanwhile. `Unauthenticated` when the session
/// is over, `Unreachable` when the renewal could not reach the server.
pub type Renew = Rc<dyn Fn(&str) -> LocalBoxFuture<'static, Result<String, ApiError>>>;

/// Where the API lives and who is calling.
#[derive(Clone)]
pub struct Endpoint {
    base_url: String,
    token: Option<String>,
    renew: Option<Renew>,
    abort: Option<AbortSignal>,
    backend: Backend,
    /// Writes name the hub connection (`X-Connection-Id`) so their events can be told
    /// from other people's; not the hub's own negotiate.
    names_connection: bool,
    /// Sent with `keepalive`, so it completes even if the page is closing.
    keepalive: bool,
}

impl Endpoint {
    /// The `backend` vendor's API at `base_url`; every caller names the vendor.
    pub fn new(backend: Backend, base_url: &str, token: Option<String>) -> Self {
        Self { base_url: base_url.to_owned(), token, renew: None, abort: None, backend, names_connection: true, keepalive: false }
    }

    /// The same caller (token, renewal) for the notification hub at `hub_url`.
    pub fn for_hub(&self, hub_url: &str) -> Self {
        Self { base_url: hub_url.to_owned(), names_connection: false, abort: None, ..self.clone() }
    }

    pub fn with_renewal(mut self, renew: Renew) -> Self {
        self.renew = Some(renew);
        self
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Requests through this endpoint outlive the page (`fetch`'s `keepalive`): for what must
    /// reach the server as the tab closes, such as a delete whose Undo time is cut short.
    pub fn with_keepalive(mut self) -> Self {
        self.keepalive = true;
        self
    }

    /// Requests through this endpoint end with [`ApiError::Aborted`] once `signal` fires.
    pub fn with_abort(mut self, signal: Option<AbortSignal>) -> Self {
        self.abort = signal;
        self
    }

    /// A request that needs no token and whose answer does not matter, only that one came
    /// (see `connectivity::probe`): PORTOS's profile, DealPOS's list, both refused unsigned.
    pub(super) async fn probe(&self) {
        let path = match self.backend {
            Backend::Portos => "/auth",
            Backend::Dealpos => "/Customer",
        };
        let _ = Self { token: None, renew: None, abort: None, keepalive: false, names_connection: false, ..self.clone() }
            .send(Method::GET, path, None, None)
            .await;
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let result = async { read_json(self.call(Method::GET, path, None).await?).await }.await;
        // An abort can surface as a failed send or as a body cut short: either way, aborted.
        result.map_err(|err| if self.abort.as_ref().is_some_and(AbortSignal::aborted) { ApiError::Aborted } else { err })
    }

    pub async fn get_with_query<T: DeserializeOwned>(&self, path: &str, params: &[(&str, String)]) -> Result<T, ApiError> {
        self.get(&format!("{path}?{}", encode_query(params))).await
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T, ApiError> {
        read_json(self.call(Method::POST, path, Some(to_body(body)?)).await?).await
    }

    pub async fn put<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T, ApiError> {
        read_json(self.call(Method::PUT, path, Some(to_body(body)?)).await?).await
    }

    /// POST of a form-encoded body (OAuth2 token requests).
    pub async fn post_form<T: DeserializeOwned>(&self, path: &str, fields: &[(&str, String)]) -> Result<T, ApiError> {
        let body = Body { content_type: "application/x-www-form-urlencoded", text: encode_query(fields) };
        read_json(self.call(Method::POST, path, Some(body)).await?).await
    }

    /// POST without a body.
    pub async fn post_empty<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        read_json(self.call(Method::POST, path, None).await?).await
    }

    /// DELETE whose answer body is not needed.
    pub async fn delete(&self, path: &str) -> Result<(), ApiError> {
        self.call(Method::DELETE, path, None).await.map(|_| ())
    }

    /// Sends once; after a 401 with a renewable session, renews and sends once more.
    async fn call(&self, method: Method, path: &str, body: Option<Body>) -> Result<Response, ApiError> {
        let first = self.send(method.clone(), path, body.clone(), self.token.as_deref()).await;
        match (first, &self.renew, &self.token) {
            (Err(ApiError::Unauthenticated { title }), Some(renew), Some(refused)) => match renew(refused).await {
                Ok(token) => self.send(method, path, body, Some(&token)).await,
                Err(ApiError::Unauthenticated { .. }) => Err(ApiError::Unauthenticated { title }),
                Err(other) => Err(other),
            },
            (result, _, _) => result,
        }
    }

    async fn send(&self, method: Method, path: &str, body: Option<Body>, token: Option<&str>) -> Result<Response, ApiError> {
        let writes = method != Method::GET;
        let url = format!("{}{path}", self.base_url);
        let mut builder = RequestBuilder::new(&url)
            .method(method)
            .header("Accept", "application/json")
            .header("Accept-Language", LANGUAGE.with(|language| language.get().accept_language()))
            .abort_signal(self.abort.as_ref());
        if let Some(token) = token {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
        // Only to the page's own origin: to another one, a header its CORS policy does not
        // list would fail every write's preflight (the echo is then known by its id, see
        // `live::is_own_echo`).
        let connection = HUB_CONNECTION.with_borrow(Clone::clone).filter(|_| self.names_connection && writes && same_origin(&url));
        if let Some(connection) = connection {
            builder = builder.header(customer_desk_domain::live::CONNECTION_HEADER, &connection);
        }
        let request = match body {
            Some(body) => builder.header("Content-Type", body.content_type).body(body.text),
            None => builder.build(),
        }
        .map_err(unexpected)?;
        let _in_flight = token.map(|_| SentWithToken::start());
        if self.keepalive {
            return check(send_keepalive(request).await?).await;
        }
        // gloo-net reports every transport failure (offline, refused, CORS) the same way.
        let response = match request.send().await {
            Ok(response) => response,
            Err(_) => {
                if !self.abort.as_ref().is_some_and(AbortSignal::aborted) {
                    super::connectivity::failed();
                }
                return Err(ApiError::Unreachable);
            }
        };
        super::connectivity::answered();
        check(response).await
    }
}

/// `request` sent with `keepalive: true` (gloo-net has no option for it).
async fn send_keepalive(request: gloo_net::http::Request) -> Result<Response, ApiError> {
    use wasm_bindgen::JsCast;
    let raw: web_sys::Request = request.into();
    let init = web_sys::RequestInit::new();
    let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &true.into());
    let request = web_sys::Request::new_with_request_and_init(&raw, &init).map_err(|_| ApiError::Unreachable)?;
    let window = web_sys::window().ok_or(ApiError::Unreachable)?;
    let answer = wasm_bindgen_futures::JsFuture::from(window.fetch_with_request(&request)).await.map_err(|_| ApiError::Unreachable)?;
    let response: web_sys::Response = answer.dyn_into().map_err(|_| ApiError::Unreachable)?;
    Ok(Response::from(response))
}

thread_local! {
    static LANGUAGE: std::cell::Cell<Locale> = const { std::cell::Cell::new(Locale::En) };
    static HUB_CONNECTION: RefCell<Option<String>> = const { RefCell::new(None) };
    static WITH_TOKEN_IN_FLIGHT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts a request that carries a token while it is on its way.
struct SentWithToken;

impl SentWithToken {
    fn start() -> Self {
        WITH_TOKEN_IN_FLIGHT.with(|count| count.set(count.get() + 1));
        Self
    }
}

impl Drop for SentWithToken {
    fn drop(&mut self) {
        WITH_TOKEN_IN_FLIGHT.with(|count| count.set(count.get().saturating_sub(1)));
    }
}

/// Resolves once no request carrying a token is on its way, or after `limit_ms`: a token
/// revoked before they arrive would answer them 401.
pub async fn requests_with_token_settled(limit_ms: u32) {
    let mut waited = 0;
    while WITH_TOKEN_IN_FLIGHT.with(std::cell::Cell::get) > 0 && waited < limit_ms {
        crate::timing::sleep(25).await;
        waited += 25;
    }
}

/// Whether `url` (absolute, or relative to the page) is on the page's own origin.
fn same_origin(url: &str) -> bool {
    let Some(location) = web_sys::window().map(|window| window.location()) else { return false };
    let (Ok(page), Ok(origin)) = (location.href(), location.origin()) else { return false };
    web_sys::Url::new_with_base(url, &page).is_ok_and(|url| url.origin() == origin)
}

/// The hub connection open now (or none), named in every same-origin write.
pub fn set_hub_connection(connection_id: Option<String>) {
    HUB_CONNECTION.with_borrow_mut(|current| *current = connection_id);
}

/// The user's language, sent as `Accept-Language` with every request so the server's
/// messages match the app's.
pub fn set_language(locale: Locale) {
    LANGUAGE.with(|language| language.set(locale));
}

/// The user's language as last set by [`set_language`]: for texts built outside the views,
/// such as [`ApiError`]'s `Display`.
pub fn language() -> Locale {
    LANGUAGE.with(|language| language.get())
}

/// The request under way for a view that only wants the newest answer, keyed by what it
/// asks for (the list's query): a request whose key is no longer wanted can be aborted.
pub struct InFlight<K>(Rc<RefCell<Option<(K, AbortController)>>>);

impl<K> Clone for InFlight<K> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<K> Default for InFlight<K> {
    fn default() -> Self {
        Self(Rc::default())
    }
}

impl<K: PartialEq> InFlight<K> {
    /// A signal for a new request for `key`; one still under way is aborted.
    pub fn start(&self, key: K) -> Option<AbortSignal> {
        let controller = AbortController::new().ok()?;
        let signal = controller.signal();
        if let Some((_, previous)) = self.0.replace(Some((key, controller))) {
            previous.abort();
        }
        Some(signal)
    }

    /// Aborts the request under way unless it is for `wanted`.
    pub fn abort_unless(&self, wanted: &K) {
        let mut current = self.0.borrow_mut();
        if current.as_ref().is_some_and(|(key, _)| key != wanted)
            && let Some((_, controller)) = current.take()
        {
            controller.abort();
        }
    }
}

/// A request body and its media type.
#[derive(Clone)]
struct Body {
    content_type: &'static str,
    text: String,
}

fn to_body<B: Serialize>(body: &B) -> Result<Body, ApiError> {
    let text = serde_json::to_string(body).map_err(|err| ApiError::UnexpectedResponse { detail: err.to_string() })?;
    Ok(Body { content_type: "application/json", text })
}

async fn check(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    let retry_after = response.headers().get("Retry-After").and_then(|value| value.trim().parse::<u32>().ok());
    // PORTOS answers problem details, DealPOS `{"Message": ...}`; any other body (a proxy's
    // HTML page, say) still maps by status.
    let text = response.text().await.unwrap_or_default();
    if let Ok(message) = serde_json::from_str::<DealposMessage>(&text) {
        return Err(ApiError::from_dealpos(status, message.message, retry_after));
    }
    let problem = serde_json::from_str::<ProblemDetails>(&text).ok();
    Err(ApiError::from_status(status, problem).with_retry_after(retry_after))
}

/// The answer's JSON; an empty answer (a 204, say) is `null`.
async fn read_json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let text = response.text().await.map_err(unexpected)?;
    let text = if text.trim().is_empty() { "null" } else { text.as_str() };
    serde_json::from_str(text).map_err(|err| match err.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => ApiError::NotJson,
        _ => ApiError::UnexpectedResponse { detail: err.to_string() },
    })
}

fn unexpected(err: gloo_net::Error) -> ApiError {
    ApiError::UnexpectedResponse { detail: err.to_string() }
}

/// `a=1&b=x%20y`: keys and values percent-encoded.
pub fn encode_query(params: &[(&str, String)]) -> String {
    params
        .iter()
        .map(|(key, value)| format!("{}={}", js_sys::encode_uri_component(key), js_sys::encode_uri_component(value)))
        .collect::<Vec<_>>()
        .join("&")
}
