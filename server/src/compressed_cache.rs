//! Compressed copies of the site's files, kept on disk by content hash between runs.
//!
//! Brotli at its best quality takes seconds for the wasm (tens of seconds in a debug
//! build, where its generic code is not optimized), and the tests start a server per file.
//! A file with the same bytes compresses to the same bytes, so a copy found under its
//! SHA-256 is used as it is; a cache that cannot be read or written only costs the time.

use std::path::PathBuf;

fn cache_dir() -> PathBuf {
    std::env::temp_dir().join("customer-desk-server-compressed")
}

/// `compress(bytes)`, or the copy kept for bytes with this `digest` and `kind` ("br", "gz").
pub fn compressed(digest: &[u8], kind: &str, bytes: &[u8], compress: fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    let path = cache_dir().join(format!("{name}.{kind}"));
    if let Ok(kept) = std::fs::read(&path) {
        return kept;
    }
    let fresh = compress(bytes);
    // Written beside, then renamed, so a server starting meanwhile never reads half a file.
    let partial = path.with_extension(format!("{kind}.{}", std::process::id()));
    let stored = std::fs::create_dir_all(cache_dir())
        .and_then(|()| std::fs::write(&partial, &fresh))
        .and_then(|()| std::fs::rename(&partial, &path));
    if stored.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    fresh
}
