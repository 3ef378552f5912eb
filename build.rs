//! Every language but English travels as its own file, fetched when a user needs it: this
//! compiles each language's `locales/<code>/*.ftl` into its compact messages (the domain's
//! `messages_compiler.rs`, which the domain's own build uses for English) in
//! `target/locales/<code>-<hash>.json` (Trunk's post-build hook copies them into dist/, see
//! Trunk.toml) and tells the app the hashed names, which the server caches for a year.

#[path = "domain/messages_compiler.rs"]
mod messages_compiler;

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

/// The languages fetched on demand (English is built in: the first screen and the fallback).
const FETCHED: [&str; 2] = ["sk", "id"];

fn main() {
    let built = Path::new("target/locales");
    let _ = std::fs::remove_dir_all(built);
    std::fs::create_dir_all(built).expect("target/locales can be created");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=domain/messages_compiler.rs");
    for code in FETCHED {
        let sources = messages_compiler::sources(&Path::new("locales").join(code));
        let compiled = messages_compiler::compile(&sources).unwrap_or_else(|problem| panic!("locales/{code}: {problem}"));
        let mut hasher = DefaultHasher::new();
        hasher.write(compiled.as_bytes());
        let name = format!("{code}-{:016x}.json", hasher.finish());
        std::fs::write(built.join(&name), &compiled).expect("target/locales is writable");
        println!("cargo:rustc-env=CUSTOMER_DESK_MESSAGES_{}={name}", code.to_uppercase());
    }
}
