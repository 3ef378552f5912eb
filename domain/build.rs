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
        let sources = sources(&locales.join(code));
        let compiled = messages_compiler::compile(&sources).unwrap_or_else(|problem| panic!("locales/{code}: {problem}"));
        std::fs::write(Path::new(&out_dir).join(format!("messages-{code}.json")), compiled).expect("OUT_DIR is writable");
    }
}

/// A language's `.ftl` files, in name order.
fn sources(folder: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("each language has a locales folder")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| {
            println!("cargo:rerun-if-changed={}", file.display());
            std::fs::read_to_string(file).expect("a readable .ftl file")
        })
        .collect()
}
