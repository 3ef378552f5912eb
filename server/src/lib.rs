//! customer-desk-server: serves the built app and (see `api`) a local POS API on SQLite.

pub mod security;
pub mod static_site;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use axum::routing::get;
use security::SecurityHeaders;
use static_site::StaticSite;
use std::path::PathBuf;
use std::sync::Arc;

/// Everything the server is started with, whether from the command line or a test.
#[derive(Clone, Debug, Default)]
pub struct ServerOptions {
    /// Trunk's output directory; without it only the API is served.
    pub dist: Option<PathBuf>,
    /// Serve this file as /config.json instead of dist/config.json.
    pub config: Option<PathBuf>,
}

/// Builds the whole HTTP application.
pub fn app(options: &ServerOptions) -> anyhow::Result<Router> {
    let site = options
        .dist
        .as_deref()
        .map(|dist| StaticSite::load(dist, options.config.as_deref()))
        .transpose()?
        .map(Arc::new);
    let security = match &site {
        Some(site) => SecurityHeaders::new(site.config_json(), site.inline_script_hashes()),
        None => SecurityHeaders::new(None, &[]),
    };

    let router = Router::new()
        .route("/api/health", get(health))
        .fallback(serve_site)
        .with_state(site)
        .layer(axum::middleware::map_response(move |response: Response| {
            let security = security.clone();
            async move { security.apply(response) }
        }));
    Ok(router)
}

async fn health() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "status": "ok" }))
}

async fn serve_site(
    State(site): State<Option<Arc<StaticSite>>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    use axum::response::IntoResponse;
    match site {
        Some(site) => site.respond(&method, &uri, &headers),
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

/// Serves `app` on `listener` until Ctrl-C or SIGTERM.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}
