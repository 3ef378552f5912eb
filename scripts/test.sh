#!/usr/bin/env bash
# Runs every check and test: formatting and lints, native tests (domain, server over real
# HTTP and SQLite), component tests in headless Chromium, and end-to-end browser tests
# against the release build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
scripts/setup.sh --test

step "formatting and lints"
cargo fmt --all --check
cargo clippy -p customer-desk-domain -p customer-desk-server --all-targets -- -D warnings
cargo clippy -p customer-desk --target wasm32-unknown-unknown --all-targets -- -D warnings

step "building the app (release, as shipped)"
trunk build --release
step "building customer-desk-server"
cargo build -p customer-desk-server

step "native tests: domain and server"
cargo test -p customer-desk-domain -p customer-desk-server

step "component tests in headless Chromium"
cargo test -p customer-desk --target wasm32-unknown-unknown

step "end-to-end tests in Chromium against the release build"
node --test --test-concurrency=1 tests/e2e/
