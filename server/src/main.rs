use clap::{Parser, Subcommand};
use customer_desk_server::ServerOptions;
use customer_desk_server::dealpos::rate_limit::RateLimit;
use customer_desk_server::http::fault::Fault;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// A local POS API (PORTOS v4, DealPOS v3) on SQLite that also serves the built app.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Trunk's output directory to serve (index.html, wasm, css, config.json).
    #[arg(long)]
    dist: Option<PathBuf>,
    /// Serve this file as /config.json instead of the one in --dist.
    #[arg(long)]
    config: Option<PathBuf>,
    /// SQLite database file (created if missing); without it a temporary database is used.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Fill an empty database with N deterministic demo customers.
    #[arg(long, value_name = "N", default_value_t = 0)]
    demo: u64,
    /// Access token lifetime in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 900)]
    token_ttl: u64,
    /// Allow this origin to call the API from a browser (repeatable).
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    cors_origins: Vec<String>,
    /// Inject faults: PREFIX:latency=MS,error-rate=R,drop-rate=R (repeatable).
    #[arg(long = "fault", value_name = "SPEC")]
    faults: Vec<Fault>,
    /// DealPOS rate limit per client: REQUESTS/SECONDS.
    #[arg(long, value_name = "N/SECONDS", default_value = "50/180")]
    dealpos_rate_limit: RateLimit,
    /// Answer like a PORTOS newer than its documentation: undocumented fields on every
    /// customer, card and credit transaction, odd but legal values, bodies kept whole.
    #[arg(long)]
    wire_extras: bool,
    /// Serve no notification hub (/signalr/v1/mainHub), as a PORTOS without one.
    #[arg(long)]
    no_hub: bool,
    /// DealPOS list items carry only the seven keys of the vendor's example, as a stingy
    /// server may (a client must read Detail before it writes a customer back).
    #[arg(long)]
    dealpos_documented_list: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print a valid access token for a user (for scripts).
    Token {
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "customer-desk.sqlite3")]
        db: PathBuf,
        #[arg(long, value_name = "SECONDS", default_value_t = 900)]
        token_ttl: u64,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let cli = Cli::parse();
    if let Some(Command::Token { user, db, token_ttl }) = cli.command {
        let database = customer_desk_server::db::Database::open(Some(&db))?;
        println!("{}", customer_desk_server::portos::auth::token_for(&database, &user, Duration::from_secs(token_ttl))?);
        return Ok(());
    }
    let options = ServerOptions {
        dist: cli.dist,
        config: cli.config,
        db: cli.db,
        demo: cli.demo,
        token_ttl: Some(Duration::from_secs(cli.token_ttl)),
        cors_origins: cli.cors_origins,
        faults: cli.faults,
        dealpos_rate_limit: Some(cli.dealpos_rate_limit),
        wire_extras: cli.wire_extras,
        no_hub: cli.no_hub,
        dealpos_documented_list: cli.dealpos_documented_list,
        hub_ping: None,
    };
    let app = customer_desk_server::build(&options)?;
    let listener = tokio::net::TcpListener::bind(cli.addr).await?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    customer_desk_server::serve(listener, app).await?;
    Ok(())
}
