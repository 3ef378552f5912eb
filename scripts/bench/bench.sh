#!/usr/bin/env bash
# The performance benchmark in one command: builds the release app and the release server,
# then runs scripts/bench/bench.mjs, which prints a JSON object and a Markdown table (see
# docs/performance.md). A benchmark, not a test: nothing here passes or fails.
#
#   scripts/bench/bench.sh              # 7 cold loads, 100,000 customers for the server figures
#   RUNS=15 SERVER_CUSTOMERS=10000 scripts/bench/bench.sh
#   SERVER_CUSTOMERS=0 scripts/bench/bench.sh   # the app's figures only
#   PREVIOUS=/tmp/previous-dist scripts/bench/bench.sh   # beside the previous build (a copy of
#                                 # its dist/), every figure with its ratio to it
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/env.sh
scripts/setup.sh --test >/dev/null
command -v wrk >/dev/null || (apt-get install -y wrk >/dev/null 2>&1 || echo "wrk could not be installed; server figures are skipped" >&2)
step "release build of the app and the server"
trunk build --release >/dev/null
cargo build --profile server-release -p customer-desk-server
step "benchmark"
if [ -n "${PREVIOUS:-}" ]; then node scripts/bench/bench-ab.mjs; else node scripts/bench/bench.mjs; fi
step "hub fan-out benchmark"
node scripts/bench/bench-hub.mjs
step "where the wasm's bytes are (by crate, and the 20 largest functions)"
node scripts/bench/size-attribution.mjs
