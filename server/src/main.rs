use clap::Parser;
use customer_desk_server::ServerOptions;
use std::net::SocketAddr;
use std::path::PathBuf;

/// A local POS API (PORTOS v4, DealPOS v3) on SQLite that also serves the built app.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Trunk's output directory to serve (index.html, wasm, css, config.json).
    #[arg(long)]
    dist: Option<PathBuf>,
    /// Serve this file as /config.json instead of the one in --dist.
    #[arg(long)]
    config: Option<PathBuf>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let cli = Cli::parse();
    let options = ServerOptions { dist: cli.dist, config: cli.config };
    let app = customer_desk_server::app(&options)?;
    let listener = tokio::net::TcpListener::bind(cli.addr).await?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    customer_desk_server::serve(listener, app).await?;
    Ok(())
}
