#!/usr/bin/env bash
# Benchmarks the local PORTOS API as the issue asks: COUNT (100,000) demo customers, 50
# concurrent clients, a page of 25 with a filter, a sort and Search, measured by Debian's
# wrk (apt-get install wrk). Prints wrk's latency distribution (p50 ... p99) twice: for
# one page requested over and over (answered by the one-second list cache after the first
# query) and for random pages ($skip 0 to 2000, so nearly every request runs the query).
#
#   scripts/bench/bench-server.sh                       # defaults below
#   COUNT=1000000 DURATION=20s scripts/bench/bench-server.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT=${COUNT:-100000}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-15s}
QUERY=${QUERY:-'Search=nov&DiscountRate=gt:0&$sort=-discountRate,lastName&$take=25'}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
cargo build --profile server-release -p customer-desk-server
BIN=target/server-release/customer-desk-server

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

DB="$WORK/bench.sqlite3"
started=$(date +%s.%N)
NO_COLOR=1 "$BIN" --addr 127.0.0.1:0 --db "$DB" --demo "$COUNT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
# Seeding 1,000,000 customers takes over a minute: wait up to ten.
for _ in $(seq 1 6000); do
  grep -q 'listening on http://' "$WORK/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
ADDR=$(grep -o 'http://[0-9.:]*' "$WORK/server.log" | head -1)
echo "seeded $COUNT customers and started in $(echo "$(date +%s.%N) - $started" | bc) s"

TOKEN=$("$BIN" token --user viewer --db "$DB" --token-ttl 3600)
URL="$ADDR/api/customers?$QUERY"
echo "GET $URL"
# Saved first: `curl | head` would fail the script through SIGPIPE under pipefail.
curl -sf -H "Authorization: Bearer $TOKEN" "$URL" -o "$WORK/sample.json"
head -c 300 "$WORK/sample.json"; echo
echo
echo "== the same page from $CONNECTIONS clients"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$URL"
echo
echo "== random pages (\$skip 0..2000) from $CONNECTIONS clients"
cat >"$WORK/random-page.lua" <<LUA
request = function()
  return wrk.format("GET", "/api/customers?$QUERY&\$skip=" .. math.random(0, 2000))
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/random-page.lua" -H "Authorization: Bearer $TOKEN" "$URL"
