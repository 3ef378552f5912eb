//! DealPOS's documented rate limit: 50 requests per 180 s per client (the token's client),
//! as a fixed window that starts with the client's first request. Every authenticated
//! Customer request counts, refused ones included; the token endpoint does not. Answers
//! carry `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds until the
//! window ends) and `RateLimit-Policy` (`50;w=180`); a 429 adds `Retry-After`.

use super::{DealposError, DealposState};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The headers a browser app must be allowed to read (CORS).
pub const HEADERS: [&str; 5] = ["ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy", "retry-after"];

/// `--dealpos-rate-limit REQUESTS/SECONDS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    pub requests: u32,
    pub window: Duration,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self { requests: 50, window: Duration::from_secs(180) }
    }
}

impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || format!("'{text}' is not REQUESTS/SECONDS (e.g. 50/180), both at least 1");
        let (requests, seconds) = text.split_once('/').ok_or_else(bad)?;
        let requests: u32 = requests.trim().parse().map_err(|_| bad())?;
        let seconds: u64 = seconds.trim().parse().map_err(|_| bad())?;
        if requests == 0 || seconds == 0 {
            return Err(bad());
        }
        Ok(Self { requests, window: Duration::from_secs(seconds) })
    }
}

/// The outcome of counting one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quota {
    pub allowed: bool,
    pub remaining: u32,
    /// Until the window ends.
    pub reset: Duration,
}

pub struct RateLimiter {
    limit: RateLimit,
    /// Per client: when its window started and how many requests it has used.
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(limit: RateLimit) -> Self {
        Self { limit, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts a request of `client` at `now`, unless its window is used up.
    pub fn check(&self, client: &str, now: Instant) -> Quota {
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let entry = windows.entry(client.to_string()).or_insert((now, 0));
        if now.saturating_duration_since(entry.0) >= self.limit.window {
            *entry = (now, 0);
        }
        let reset = self.limit.window.saturating_sub(now.saturating_duration_since(entry.0));
        if entry.1 >= self.limit.requests {
            return Quota { allowed: false, remaining: 0, reset };
        }
        entry.1 += 1;
        Quota { allowed: true, remaining: self.limit.requests - entry.1, reset }
    }

    fn headers(&self, quota: Quota) -> Vec<(HeaderName, HeaderValue)> {
        let seconds = quota.reset.as_secs() + u64::from(quota.reset.subsec_nanos() > 0);
        let mut headers = vec![
            (HeaderName::from_static("ratelimit-limit"), HeaderValue::from(self.limit.requests)),
            (HeaderName::from_static("ratelimit-remaining"), HeaderValue::from(quota.remaining)),
            (HeaderName::from_static("ratelimit-reset"), HeaderValue::from(seconds)),
        ];
        let policy = format!("{};w={}", self.limit.requests, self.limit.window.as_secs());
        if let Ok(policy) = HeaderValue::from_str(&policy) {
            headers.push((HeaderName::from_static("ratelimit-policy"), policy));
        }
        if !quota.allowed {
            headers.push((header::RETRY_AFTER, HeaderValue::from(seconds)));
        }
        headers
    }
}

/// In front of every Customer route: the bearer token (401), then the rate limit (429);
/// the client is handed to the handler as a request extension.
pub async fn guard(State(state): State<DealposState>, mut request: Request, next: Next) -> Response {
    let client = match state.tokens.verify(request.headers()) {
        Ok(client) => client,
        Err(error) => return error.into_response(),
    };
    let quota = state.limiter.check(&client.client_id, Instant::now());
    let headers = state.limiter.headers(quota);
    if !quota.allowed {
        let seconds = headers.iter().find(|(n, _)| *n == header::RETRY_AFTER).and_then(|(_, v)| v.to_str().ok().map(str::to_owned));
        let mut error = DealposError::new(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "Too many requests: at most {} per {} seconds. Try again in {} seconds.",
                state.limiter.limit.requests,
                state.limiter.limit.window.as_secs(),
                seconds.unwrap_or_default()
            ),
        );
        error.headers = headers;
        return error.into_response();
    }
    request.extensions_mut().insert(client);
    let mut response = next.run(request).await;
    for (name, value) in headers {
        response.headers_mut().insert(name, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_option() {
        assert_eq!("50/180".parse::<RateLimit>(), Ok(RateLimit::default()));
        assert_eq!("3/2".parse::<RateLimit>().map(|l| (l.requests, l.window)), Ok((3, Duration::from_secs(2))));
        for bad in ["50", "0/10", "5/0", "a/b", "5/-1"] {
            assert!(bad.parse::<RateLimit>().is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_per_client_and_opens_a_new_window_when_the_old_one_ends() {
        let limiter = RateLimiter::new(RateLimit { requests: 2, window: Duration::from_secs(10) });
        let start = Instant::now();
        let at = |seconds: u64| start + Duration::from_secs(seconds);
        assert_eq!(limiter.check("a", at(0)), Quota { allowed: true, remaining: 1, reset: Duration::from_secs(10) });
        assert_eq!(limiter.check("a", at(3)), Quota { allowed: true, remaining: 0, reset: Duration::from_secs(7) });
        assert_eq!(limiter.check("a", at(4)), Quota { allowed: false, remaining: 0, reset: Duration::from_secs(6) });
        assert!(limiter.check("b", at(4)).allowed, "clients have their own windows");
        assert_eq!(limiter.check("a", at(10)), Quota { allowed: true, remaining: 1, reset: Duration::from_secs(10) });
    }
}
