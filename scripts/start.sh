#!/usr/bin/env bash
# Builds the app and serves it with the local POS API and demo data on
# http://127.0.0.1:8080 (override with ADDR=...). Ctrl-C stops it; the data stays in
# customer-desk.sqlite3 for the next start.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
scripts/setup.sh

step "trunk build --release"
trunk build --release
step "building customer-desk-server"
cargo build --profile server-release -p customer-desk-server

ADDR="${ADDR:-127.0.0.1:8080}"
step "serving http://$ADDR (demo users: admin/admin, clerk/clerk, viewer/viewer)"
exec target/server-release/customer-desk-server --addr "$ADDR" --dist dist \
  --db customer-desk.sqlite3 --demo 10000
