//! Compressed copies of the site's files, kept on disk by content hash between runs.
//!
//! Brotli at its best quality takes seconds for the wasm (tens of seconds in a debug
//! build, where its generic code is not optimized), and the tests start a server per file.
//! A file with the same bytes compresses to the same bytes, so a copy found under its
//! SHA-256 is used as it is; a cache that cannot be read or written only costs the time.

use std::path::PathBuf;

fn path(digest: &[u8], kind: &str) -> PathBuf {
    let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    std::env::temp_dir().join("customer-desk-server-compressed").join(format!("{name}.{kind}"))
}

/// The copy kept for bytes with this `digest`, compressed as `kind` ("br", "gz").
pub fn kept(digest: &[u8], kind: &str) -> Option<Vec<u8>> {
    std::fs::read(path(digest, kind)).ok()
}

/// Keeps `compressed` for the next start.
pub fn keep(digest: &[u8], kind: &str, compressed: &[u8]) {
    let path = path(digest, kind);
    // Written beside, then renamed, so a server starting meanwhile never reads half a file.
    let partial = path.with_extension(format!("{kind}.{}", std::process::id()));
    let stored = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&partial, compressed))
        .and_then(|()| std::fs::rename(&partial, &path));
    if stored.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
}

/// The kept copy, or `compress(bytes)` (then kept).
pub fn compressed(digest: &[u8], kind: &str, bytes: &[u8], compress: fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    kept(digest, kind).unwrap_or_else(|| {
        let fresh = compress(bytes);
        keep(digest, kind, &fresh);
        fresh
    })
}
