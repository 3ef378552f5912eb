//! Serves the built app (Trunk's `dist/`) from memory: SPA fallback, content types,
//! pre-computed brotli and gzip, ETags, and long caching for hashed file names.
//!
//! The site is small (a few hundred KB), so reading and compressing it once at start-up is
//! cheaper than compressing on every request and lets brotli use its best quality. The
//! compressed copies are kept on disk for the next start (`compressed_cache`); a large file
//! seen for the first time gets its brotli in the background and goes out as gzip until then.

use crate::compressed_cache::{self, compressed};
use axum::body::Body;
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// One file of the site with its encodings.
pub struct Asset {
    identity: Bytes,
    /// Filled in the background for a large file not compressed before (until then such a
    /// file goes out as gzip); `None` inside when brotli would not make it smaller.
    brotli: Arc<OnceLock<Option<Bytes>>>,
    gzip: Option<Bytes>,
    content_type: &'static str,
    cache_control: &'static str,
    etag: HeaderValue,
}

/// The whole site, keyed by URL path (`/index.html`, `/customer-desk-1a2b…_bg.wasm`).
pub struct StaticSite {
    files: HashMap<String, Asset>,
    /// The SHA-256 hashes (`'sha256-…'`) of index.html's inline scripts, i.e. Trunk's
    /// loader, for the Content-Security-Policy.
    inline_script_hashes: Vec<String>,
}

const INDEX: &str = "/index.html";
const CONFIG: &str = "/config.json";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";
/// Files up to this size are compressed with brotli before the server listens (milliseconds).
const COMPRESS_BEFORE_LISTENING: usize = 128 * 1024;

impl StaticSite {
    /// Reads every file under `dist`. `config_override` replaces `dist/config.json`, so one
    /// build can be served with another configuration (another backend, embedding origins).
    pub fn load(dist: &Path, config_override: Option<&Path>) -> anyhow::Result<Self> {
        let mut paths = Vec::new();
        collect_files(dist, &mut paths).map_err(|err| anyhow::anyhow!("cannot read the app directory {}: {err}", dist.display()))?;

        let mut files = HashMap::new();
        for path in paths {
            let relative = path.strip_prefix(dist).expect("collected under dist");
            let url_path = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
            let bytes = std::fs::read(&path)?;
            files.insert(url_path.clone(), Asset::new(&url_path, bytes));
        }
        if let Some(config) = config_override {
            let bytes = std::fs::read(config).map_err(|err| anyhow::anyhow!("cannot read {}: {err}", config.display()))?;
            files.insert(CONFIG.to_owned(), Asset::new(CONFIG, bytes));
        }
        let index = files
            .get(INDEX)
            .ok_or_else(|| anyhow::anyhow!("{} has no index.html: build the app first (trunk build --release)", dist.display()))?;
        let inline_script_hashes = inline_script_hashes(&String::from_utf8_lossy(&index.identity));
        Ok(Self { files, inline_script_hashes })
    }

    pub fn inline_script_hashes(&self) -> &[String] {
        &self.inline_script_hashes
    }

    /// The text of the served `config.json`, which also configures the server's CSP.
    pub fn config_json(&self) -> Option<&[u8]> {
        self.files.get(CONFIG).map(|asset| &asset.identity[..])
    }

    /// Answers a GET or HEAD for a non-API path.
    pub fn respond(&self, method: &Method, uri: &Uri, headers: &HeaderMap) -> Response {
        if method != Method::GET && method != Method::HEAD {
            return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")]).into_response();
        }
        let path = match uri.path() {
            "/" => INDEX,
            path => path,
        };
        let asset = match self.files.get(path) {
            Some(asset) => asset,
            // A path that names a file (has an extension) and is missing is a real 404; any
            // other path is a client-side route, so the app answers it.
            None if looks_like_file(path) => return StatusCode::NOT_FOUND.into_response(),
            None => &self.files[INDEX],
        };
        asset.respond(headers)
    }
}

impl Asset {
    fn new(url_path: &str, identity: Vec<u8>) -> Self {
        let content_type = content_type(url_path);
        let compressible = is_compressible(content_type) && identity.len() > 256;
        let digest = Sha256::digest(&identity);
        let size = identity.len();
        let smaller = move |compressed: Vec<u8>| (compressed.len() < size).then(|| Bytes::from(compressed));
        let identity = Bytes::from(identity);
        let gzip = compressible.then(|| compressed(&digest, "gz", &identity, gzip_compress)).and_then(smaller);
        let brotli = Arc::new(OnceLock::new());
        if !compressible {
            let _ = brotli.set(None);
        } else if let Some(kept) = compressed_cache::kept(&digest, "br") {
            let _ = brotli.set(smaller(kept));
        } else if size <= COMPRESS_BEFORE_LISTENING {
            let _ = brotli.set(smaller(compressed(&digest, "br", &identity, brotli_compress)));
        } else {
            // Seconds for the wasm: the server listens meanwhile.
            let (slot, bytes) = (Arc::clone(&brotli), identity.clone());
            std::thread::spawn(move || {
                let _ = slot.set(smaller(compressed(&digest, "br", &bytes, brotli_compress)));
            });
        }
        let etag = format!("\"{}\"", hex_prefix(&digest, 16));
        Self {
            cache_control: if is_hashed_name(url_path) { IMMUTABLE } else { REVALIDATE },
            etag: HeaderValue::from_str(&etag).expect("hex is a valid header"),
            identity,
            brotli,
            gzip,
            content_type,
        }
    }

    fn respond(&self, request_headers: &HeaderMap) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(self.cache_control));
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));

        let unchanged = request_headers
            .get(header::IF_NONE_MATCH)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == self.etag || tag.trim() == "*"));
        if unchanged {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }

        let accepted = request_headers.get(header::ACCEPT_ENCODING).and_then(|value| value.to_str().ok()).unwrap_or("");
        let (body, encoding) = match (self.brotli.get().and_then(Option::as_ref), &self.gzip) {
            (Some(br), _) if accepts_encoding(accepted, "br") => (br, Some("br")),
            (_, Some(gz)) if accepts_encoding(accepted, "gzip") => (gz, Some("gzip")),
            _ => (&self.identity, None),
        };
        if let Some(encoding) = encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        (StatusCode::OK, headers, Body::from(body.clone())).into_response()
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn looks_like_file(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|name| name.contains('.'))
}

/// Trunk names built assets `name-<hash>[_bg].ext` and so does the split step
/// (scripts/build/split-wasm.mjs); such a name changes whenever the content does, so it may be
/// cached forever. Trunk writes its 64-bit hash in hex without leading zeros, so it has up
/// to 16 digits (fewer than 10 in one build of 16 million).
fn is_hashed_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn is_compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/wasm")
        || content_type.contains("json")
        || content_type.starts_with("image/svg")
}

/// Whether an `Accept-Encoding` value accepts `coding` (a `q=0` refuses it).
fn accepts_encoding(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let refused = parts.any(|param| param.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()) == Some(0.0));
        name.eq_ignore_ascii_case(coding) && !refused
    })
}

fn brotli_compress(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory compression");
    out
}

fn gzip_compress(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("in-memory compression");
    encoder.finish().expect("in-memory compression")
}

fn hex_prefix(bytes: &[u8], len: usize) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()[..len].to_owned()
}

/// Finds `<script …>…</script>` elements without `src` and returns the CSP source
/// expression of each body's SHA-256, which is how Trunk's inline loader is allowed to run
/// without `'unsafe-inline'`.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after_tag = &rest[start..];
        let Some(open_end) = after_tag.find('>') else { break };
        let open_tag = &after_tag[..open_end];
        let body_and_more = &after_tag[open_end + 1..];
        let Some(close) = body_and_more.find("</script>") else { break };
        if !open_tag.contains(" src=") {
            let digest = Sha256::digest(&body_and_more.as_bytes()[..close]);
            let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
            hashes.push(format!("'sha256-{encoded}'"));
        }
        rest = &body_and_more[close + "</script>".len()..];
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_name("/customer-desk-3f2a9c1d4e5b6a7f_bg.wasm"));
        assert!(is_hashed_name("/customer-desk-3f2a9c1d4e5b6a7f.js"));
        assert!(is_hashed_name("/main-0123456789abcdef.css"));
        // A hash with a leading zero, which Trunk drops.
        assert!(is_hashed_name("/customer-desk-121e41d5f25e1bc_bg.wasm"));
        assert!(is_hashed_name("/split_customer_form-335ddd6f4f09eba3.wasm"));
        assert!(is_hashed_name("/__wasm_split-5623476e3e180fe0.js"));
        assert!(!is_hashed_name("/index.html"));
        assert!(!is_hashed_name("/customer-desk-abc.js"));
        assert!(!is_hashed_name("/config.json"));
        assert!(!is_hashed_name("/embed-host.html"));
    }

    #[test]
    fn accept_encoding_honours_q_zero() {
        assert!(accepts_encoding("gzip, deflate, br, zstd", "br"));
        assert!(accepts_encoding("gzip;q=0.8, br;q=1.0", "br"));
        assert!(!accepts_encoding("gzip, br;q=0", "br"));
        assert!(!accepts_encoding("identity", "gzip"));
    }

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_skipped() {
        let html = r#"<head><script type="module">import init from '/a.js';</script>
            <script src="/b.js"></script></head>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"import init from '/a.js';"));
        assert_eq!(hashes[0], format!("'sha256-{expected}'"));
    }
}
