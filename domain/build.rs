//! Compiles the built-in languages' Fluent files (`locales/<code>/*.ftl`) into the compact
//! messages `src/i18n.rs` reads (`$OUT_DIR/messages-<code>.json`; see `messages_compiler.rs`).
//! The wasm app builds English in; native builds (the server, the tests) every language.

#[path = "messages_compiler.rs"]
mod messages_compiler;

use std::path::Path;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let locales = Path::new("../locales");
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=messages_compiler.rs");
    for code in ["en", "sk", "id"] {
        let sources = messages_compiler::sources(&locales.join(code));
        let compiled = messages_compiler::compile(&sources).unwrap_or_else(|problem| panic!("locales/{code}: {problem}"));
        std::fs::write(Path::new(&out_dir).join(format!("messages-{code}.json")), compiled).expect("OUT_DIR is writable");
    }
}
