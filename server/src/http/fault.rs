//! Fault injection for tests: `--fault PREFIX:latency=MS,error-rate=R,drop-rate=R` slows,
//! fails (500 problem) or drops (connection cut mid-response) a share of the requests whose
//! path starts with PREFIX. Off unless asked for.

use super::problem::ApiError;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::Rng;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

#[derive(Clone, Debug, PartialEq)]
pub struct Fault {
    pub prefix: String,
    pub latency: Duration,
    pub error_rate: f64,
    pub drop_rate: f64,
}

impl std::str::FromStr for Fault {
    type Err = String;

    /// Parses `PREFIX:key=value,...` with keys latency (ms), error-rate and drop-rate (0..1).
    fn from_str(text: &str) -> Result<Self, String> {
        let (prefix, settings) = text.split_once(':').ok_or("expected PREFIX:latency=MS,error-rate=R,drop-rate=R")?;
        if !prefix.starts_with('/') {
            return Err(format!("route prefix '{prefix}' must start with '/'"));
        }
        let mut fault = Fault { prefix: prefix.to_string(), latency: Duration::ZERO, error_rate: 0.0, drop_rate: 0.0 };
        for setting in settings.split(',').filter(|s| !s.is_empty()) {
            let (key, value) = setting.split_once('=').ok_or_else(|| format!("'{setting}' is not key=value"))?;
            let rate = || match value.parse::<f64>() {
                Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
                _ => Err(format!("{key} must be between 0 and 1, got '{value}'")),
            };
            match key {
                "latency" => {
                    fault.latency =
                        Duration::from_millis(value.parse().map_err(|_| format!("latency must be milliseconds, got '{value}'"))?)
                }
                "error-rate" => fault.error_rate = rate()?,
                "drop-rate" => fault.drop_rate = rate()?,
                other => return Err(format!("unknown fault setting '{other}'")),
            }
        }
        Ok(fault)
    }
}

/// A body that fails at once, so hyper cuts the connection instead of finishing the reply.
struct DroppedBody;

impl http_body::Body for DroppedBody {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;

    fn poll_frame(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "fault injection: dropped"))))
    }
}

pub async fn inject(State(faults): State<Arc<Vec<Fault>>>, request: Request, next: Next) -> Response {
    // Match the full path (`/api/...`), not the one left inside `nest("/api")`.
    let path = request
        .extensions()
        .get::<axum::extract::OriginalUri>()
        .map_or_else(|| request.uri().path().to_string(), |original| original.path().to_string());
    let Some(fault) = faults.iter().find(|f| path.starts_with(&f.prefix)).cloned() else {
        return next.run(request).await;
    };
    if !fault.latency.is_zero() {
        tokio::time::sleep(fault.latency).await;
    }
    let (error, dropped) = {
        let mut rng = rand::rng();
        (rng.random_bool(fault.error_rate), rng.random_bool(fault.drop_rate))
    };
    if dropped {
        return Response::new(Body::new(DroppedBody));
    }
    if error {
        return ApiError::Internal.into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        let fault: Fault = "/api/customers:latency=200,error-rate=0.3,drop-rate=0.1".parse().unwrap();
        assert_eq!(fault.prefix, "/api/customers");
        assert_eq!(fault.latency, Duration::from_millis(200));
        assert_eq!((fault.error_rate, fault.drop_rate), (0.3, 0.1));
        assert!("/api:error-rate=2".parse::<Fault>().is_err());
        assert!("/api:speed=1".parse::<Fault>().is_err());
        assert!("api:latency=1".parse::<Fault>().is_err());
    }
}
