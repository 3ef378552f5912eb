//! Serving Trunk's dist/: SPA fallback, types, compression, caching, security headers.

use crate::support::{TestServer, write_files};
use customer_desk_server::ServerOptions;
use reqwest::header;

const LOADER: &str = "import init from '/app-0123456789abcdef.js'; await init();";
const WASM_NAME: &str = "/app-0123456789abcdef_bg.wasm";

fn index_html() -> String {
    format!("<!DOCTYPE html><html><head><script type=\"module\">{LOADER}</script></head><body></body></html>")
}

/// A site like Trunk's output: index.html with the inline loader, hashed js and wasm, css,
/// and config.json.
async fn site(config: &str) -> (TestServer, tempfile::TempDir) {
    let dist = tempfile::tempdir().unwrap();
    let wasm: Vec<u8> = b"\0asm\x01\0\0\0".iter().copied().chain((0..40_000u32).map(|i| (i % 7) as u8)).collect();
    let js = "export default function init() {}\n".repeat(50);
    write_files(
        dist.path(),
        &[
            ("index.html", index_html().as_bytes()),
            ("app-0123456789abcdef.js", js.as_bytes()),
            ("app-0123456789abcdef_bg.wasm", &wasm),
            ("main-fedcba9876543210.css", b"body { margin: 0 }"),
            ("config.json", config.as_bytes()),
        ],
    );
    let options = ServerOptions { dist: Some(dist.path().to_owned()), ..Default::default() };
    (TestServer::start(options).await, dist)
}

const CONFIG: &str = r#"{ "backend": "portos", "apiBaseUrl": "/api", "allowedOrigins": ["http://portal.localhost:9000"] }"#;

#[tokio::test]
async fn client_side_routes_get_index_html_and_missing_files_get_404() {
    let (server, _dist) = site(CONFIG).await;
    for path in ["/", "/customers", "/customers/42/edit", "/sign-in", "/no/such/page"] {
        let response = server.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8", "{path}");
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache", "{path}");
        assert_eq!(response.text().await.unwrap(), index_html(), "{path}");
    }
    assert_eq!(server.get("/missing-0123456789abcdef.js").await.status(), 404);
    assert_eq!(server.get("/favicon.ico").await.status(), 404);
}

#[tokio::test]
async fn wasm_is_served_with_its_type_compressed_and_cached_forever() {
    let (server, _dist) = site(CONFIG).await;
    let plain = server.client.get(server.url(WASM_NAME)).header(header::ACCEPT_ENCODING, "identity").send().await.unwrap();
    assert_eq!(plain.headers()[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(plain.headers()[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
    let original = plain.bytes().await.unwrap();

    let br = server.client.get(server.url(WASM_NAME)).header(header::ACCEPT_ENCODING, "gzip, deflate, br").send().await.unwrap();
    assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(br.headers()[header::VARY], "Accept-Encoding");
    let compressed = br.bytes().await.unwrap();
    assert!(compressed.len() < original.len() / 4, "{} of {}", compressed.len(), original.len());
    let mut decoded = Vec::new();
    brotli::BrotliDecompress(&mut &compressed[..], &mut decoded).unwrap();
    assert_eq!(decoded, original);

    let gzip = server.client.get(server.url(WASM_NAME)).header(header::ACCEPT_ENCODING, "gzip").send().await.unwrap();
    assert_eq!(gzip.headers()[header::CONTENT_ENCODING], "gzip");
    let mut decoded = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..]), &mut decoded).unwrap();
    assert_eq!(decoded, original);
}

#[tokio::test]
async fn other_assets_have_their_content_types() {
    let (server, _dist) = site(CONFIG).await;
    let cases = [
        ("/app-0123456789abcdef.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"),
        ("/main-fedcba9876543210.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"),
        ("/config.json", "application/json", "no-cache"),
    ];
    for (path, content_type, cache) in cases {
        let response = server.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()[header::CONTENT_TYPE], content_type, "{path}");
        assert_eq!(response.headers()[header::CACHE_CONTROL], cache, "{path}");
    }
}

#[tokio::test]
async fn an_unchanged_file_answers_304_to_its_etag() {
    let (server, _dist) = site(CONFIG).await;
    let first = server.get("/config.json").await;
    let etag = first.headers()[header::ETAG].clone();
    let again = server.client.get(server.url("/config.json")).header(header::IF_NONE_MATCH, etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let (server, _dist) = site(CONFIG).await;
    let loader_hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(LOADER.as_bytes()))
    };
    for path in ["/customers", WASM_NAME, "/api/health", "/missing.js"] {
        let response = server.get(path).await;
        let csp = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{loader_hash}';")), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'self' http://portal.localhost:9000;"), "{path}: {csp}");
        assert!(csp.contains("style-src 'self';"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(response.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(response.headers()[header::REFERRER_POLICY], "no-referrer", "{path}");
    }
}

#[tokio::test]
async fn a_config_override_replaces_dist_config_and_feeds_the_csp() {
    let dist = tempfile::tempdir().unwrap();
    write_files(dist.path(), &[("index.html", index_html().as_bytes()), ("config.json", CONFIG.as_bytes())]);
    let other = dist.path().join("other.json");
    let other_config = r#"{ "backend": "dealpos", "apiBaseUrl": "https://pos.example.com/api" }"#;
    std::fs::write(&other, other_config).unwrap();
    let server = TestServer::start(ServerOptions { dist: Some(dist.path().to_owned()), config: Some(other), ..Default::default() }).await;
    let response = server.get("/config.json").await;
    let csp = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned();
    assert!(csp.contains("connect-src 'self' https://pos.example.com;"), "{csp}");
    assert_eq!(response.text().await.unwrap(), other_config);
}

#[tokio::test]
async fn a_dist_without_index_html_is_refused_at_start() {
    let dist = tempfile::tempdir().unwrap();
    let error =
        customer_desk_server::app(&ServerOptions { dist: Some(dist.path().to_owned()), ..Default::default() }).expect_err("refused");
    assert!(error.to_string().contains("has no index.html"), "{error}");
}

#[tokio::test]
async fn health_answers_ok() {
    let (server, _dist) = site(CONFIG).await;
    let response = server.get("/api/health").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<serde_json::Value>().await.unwrap()["status"], "ok");
}
