//! customer-desk-server: serves the built app and a local POS API on SQLite, speaking
//! PORTOS v4 (`portos`) and DealPOS v3 (`dealpos`) over the same customers, with what both
//! use in `http`, their one shared state in `state` and PORTOS's notification hub in `hub`.

mod compressed_cache;
pub mod db;
pub mod dealpos;
pub mod http;
pub mod hub;
pub mod portos;
pub mod security;
pub mod state;
pub mod static_site;
pub mod wire_extras;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
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
    /// The SQLite database; without it a temporary one, deleted on exit.
    pub db: Option<PathBuf>,
    /// Fill an empty database with this many demo customers.
    pub demo: u64,
    /// Access token lifetime; `None` means the default of 15 minutes.
    pub token_ttl: Option<std::time::Duration>,
    /// Origins allowed to call the API from a browser (CORS).
    pub cors_origins: Vec<String>,
    /// Injected latency, errors and dropped connections, for tests.
    pub faults: Vec<http::fault::Fault>,
    /// DealPOS requests per client and window; `None` means the documented 50 per 180 s.
    pub dealpos_rate_limit: Option<dealpos::rate_limit::RateLimit>,
    /// Play a PORTOS newer than its documentation: undocumented fields and odd values in
    /// every answer, written bodies kept whole (see `wire_extras`).
    pub wire_extras: bool,
    /// Serve no notification hub (as a PORTOS without one): `/signalr/...` then falls
    /// through to the site like any unknown path.
    pub no_hub: bool,
    /// DealPOS list items carry only the seven documented keys (Name, Code, Mobile, Email,
    /// BirthDate, JoinDate, ID), as a server may: a client must read Detail before a write.
    pub dealpos_documented_list: bool,
    /// How often the hub pings; `None` means SignalR's 15 s (shorter in tests).
    pub hub_ping: Option<std::time::Duration>,
}

/// Access tokens live 15 minutes unless `--token-ttl` says otherwise.
pub const DEFAULT_TOKEN_TTL: std::time::Duration = std::time::Duration::from_secs(900);

/// Opens the database, creating the schema, demo users and (with `demo`) demo customers.
pub fn open_database(options: &ServerOptions) -> anyhow::Result<db::Database> {
    let database = db::Database::open(options.db.as_deref())?;
    let (demo, extras) = (options.demo, options.wire_extras);
    database
        .write_now(|c| -> Result<(), db::StorageError> {
            db::users::ensure_demo_users(c)?;
            db::dealpos_clients::ensure_demo_clients(c)?;
            let added = db::demo::seed(c, demo, extras)?;
            if added > 0 {
                tracing::info!("added {added} demo customers");
            }
            Ok(())
        })
        .map_err(|e| anyhow::anyhow!("preparing the database: {e}"))?;
    Ok(database)
}

/// Builds the whole HTTP application.
pub fn app(options: &ServerOptions) -> anyhow::Result<Router> {
    build(options).map(|built| built.router)
}

/// The application and its hub (which a graceful shutdown has to close).
pub struct Built {
    pub router: Router,
    pub hub: Option<Arc<hub::Hub>>,
}

pub fn build(options: &ServerOptions) -> anyhow::Result<Built> {
    let site = options.dist.as_deref().map(|dist| StaticSite::load(dist, options.config.as_deref())).transpose()?.map(Arc::new);
    let security = match &site {
        Some(site) => SecurityHeaders::new(site.config_json(), site.inline_script_hashes()),
        None => SecurityHeaders::new(None, &[]),
    };

    let database = open_database(options)?;
    let secret = database.write_now(|c| db::users::jwt_secret(c)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let issuer = portos::auth::TokenIssuer::new(&secret, options.token_ttl.unwrap_or(DEFAULT_TOKEN_TTL));
    let state = state::AppState {
        db: database,
        issuer: Arc::new(issuer),
        list_cache: Default::default(),
        wire_extras: options.wire_extras,
        hub: (!options.no_hub).then(|| Arc::new(hub::Hub::new(options.hub_ping))),
    };
    let hub = state.hub.clone();
    let dealpos = dealpos::router(state.clone(), options, &secret)?;
    let hub_routes = hub.is_some().then(|| hub::router(state.clone(), &options.cors_origins)).transpose()?;
    let portos = portos::router(state, options)?;

    let router =
        Router::new().fallback(serve_site).with_state(site).merge(portos).merge(dealpos).merge(hub_routes.unwrap_or_default()).layer(
            axum::middleware::map_response(move |response: Response| {
                let security = security.clone();
                async move { security.apply(response) }
            }),
        );
    Ok(Built { router, hub })
}

async fn serve_site(State(site): State<Option<Arc<StaticSite>>>, method: Method, uri: Uri, headers: HeaderMap) -> Response {
    use axum::response::IntoResponse;
    match site {
        Some(site) => site.respond(&method, &uri, &headers),
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}

/// Serves `app` on `listener` until Ctrl-C or SIGTERM; then the hub's connections are told
/// the server is going (so their clients reconnect) and closed.
pub async fn serve(listener: tokio::net::TcpListener, app: Built) -> std::io::Result<()> {
    let hub = app.hub.clone();
    axum::serve(listener, app.router)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            if let Some(hub) = hub {
                hub.close_all("The server is shutting down.");
            }
        })
        .await
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
