#!/usr/bin/env bash
# Installs what customer-desk needs and skips whatever is already there.
#   scripts/setup.sh          build tools: wasm32 target, trunk, wasm-bindgen, wasm-opt
#   scripts/setup.sh --test   also Chromium and chromedriver for the browser tests
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

TRUNK_VERSION=0.21.14
# Cuts the lazily loaded pages out of the wasm (scripts/build/split-wasm.mjs, Trunk's post_build hook).
WASM_SPLIT_VERSION=0.2.4
# The CLI must equal the wasm-bindgen crate in Cargo.lock, or Trunk tries to download it.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# scripts/test.sh checks formatting and lints.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "rustup component add $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 8 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes once)"
  # Not --locked: the lock file pins a webpki-roots the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(cat "${CARGO_HOME:-$HOME/.cargo}/.wasm-split-cli.version" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ] || ! command -v wasm-split-cli >/dev/null; then
  step "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  echo "$WASM_SPLIT_VERSION" > "${CARGO_HOME:-$HOME/.cargo}/.wasm-split-cli.version"
fi

# node_modules holds wasm-opt 132 (binaryen), esbuild and playwright-core; reinstall only when the
# lock file changed.
if ! cmp -s package-lock.json node_modules/.package-lock.stamp 2>/dev/null; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.stamp
fi

if [ "${1:-}" = "--test" ] && ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  step "installing Chromium and chromedriver (Debian packages)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
