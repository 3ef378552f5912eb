// The steps that turn cargo's wasm module into what the browser loads, shared by the
// build (split-wasm.mjs, Trunk's post_build hook) and the size report
// (../bench/size-attribution.mjs), so the report measures exactly what ships:
// wasm-split-cli cuts out the lazily loaded pages, wasm-bindgen makes the JS glue, and
// wasm-opt -Oz shrinks each module.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** npm's binaryen 132: Debian's wasm-opt 108 makes a build that does not start. */
export const WASM_OPT = join(ROOT, 'node_modules/.bin/wasm-opt');

/** Cargo's module for `profile` (`release` or `debug`), in CARGO_TARGET_DIR if set. */
export function cargoWasm(profile) {
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  return join(target, `wasm32-unknown-unknown/${profile}/customer-desk.wasm`);
}

/** Runs a tool. Its warnings pass, but not wasm-split's about the name section's local
 * names (subsection 3), which it does not read, and which it prints for every chunk. */
export function run(tool, args) {
  const result = spawnSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const line of (result.stderr ?? '').split('\n')) if (line && !/unknown name subsection/.test(line)) console.error(line);
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} failed (exit ${result.status})`);
}

/** Step 1: the main module `<outDir>/<name>.wasm`, one chunk per split point plus shared
 * chunks, and `__wasm_split.js`, which loads them. */
export function split(wasm, outDir, name) {
  run('wasm-split-cli', ['--target', 'web', '--out-name', name, wasm, outDir]);
}

/** Step 2: wasm-bindgen on the main module, keeping the exports the chunks link to;
 * `keepNames` keeps the function names (for the size report). */
export function bind(wasm, outDir, name, { keepNames = false } = {}) {
  const names = keepNames ? ['--keep-debug'] : [];
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', ...names, '--keep-lld-exports', '--out-dir', outDir, '--out-name', name, wasm]);
}

/** Step 3: wasm-opt -Oz, the size the release ships; `keepNames` keeps the name section. */
export function optimize(from, to, { keepNames = false } = {}) {
  run(WASM_OPT, ['-Oz', ...(keepNames ? ['-g'] : []), from, '-o', to]);
}
