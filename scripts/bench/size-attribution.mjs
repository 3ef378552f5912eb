// Where the wasm's bytes are: size by crate and the 20 largest functions of the optimized
// build's main module (the first load; the lazily loaded chunks are not in it), with names.
// The shipped module has no names (wasm-opt drops them), so this repeats the build's steps
// on cargo's module in target/wasm32-unknown-unknown/release/ (the split, wasm-bindgen,
// then `wasm-opt -Oz`) keeping the names (`--keep-debug`, `-g`), and reads
// the result with twiggy. Custom sections
// (the names themselves, wasm-bindgen's metadata) are left out of the shares: they are not
// shipped. A report, not a test. Run after `trunk build --release`:
//   node scripts/bench/size-attribution.mjs        (scripts/bench/bench.sh runs it too)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bind, cargoWasm, optimize, split } from '../build/pipeline.mjs';

const NAMED = process.env.NAMED_WASM ?? cargoWasm('release');

/** The crate an item's name belongs to ("leptos", "core", …), or what kind of item it is. */
export function owner(name) {
  if (/^data segment/.test(name)) return 'read-only data';
  if (/^(custom section|"[a-z ]+" subsection|producers|target_features|export |import )/.test(name)) return null;
  const plain = name.replace(/\[[0-9a-f]{16}\]/g, '');
  const crateOf = (path) => path.replace(/^[&*\s]+|^(dyn|mut|const) /g, '').match(/^([A-Za-z_][A-Za-z0-9_]*)::/)?.[1];
  // `<Type as Trait>::f`: the type's crate, or the trait's when the type is generic or primitive.
  const qualified = plain.match(/^<(.+?) as ([^>]+)>/);
  const crate = qualified ? crateOf(qualified[1]) ?? crateOf(qualified[2]) : plain.startsWith('<') ? crateOf(plain.slice(1)) ?? 'core' : crateOf(plain);
  if (crate === 'customer_desk') return 'customer-desk (the app)';
  if (crate === 'customer_desk_domain') return 'customer-desk-domain';
  if (crate === undefined) return /^(code|func)\[/.test(name) ? 'unnamed functions' : 'other (tables, globals, C symbols)';
  return crate;
}

/** Rows of `twiggy top` for every item of `wasm`: `{name, bytes}`. */
function items(wasm) {
  const csv = execFileSync('twiggy', ['top', '-n', '10000000', '--format', 'csv', wasm], { maxBuffer: 1 << 28 }).toString();
  return csv.split('\n').slice(1).filter(Boolean).map((line) => {
    const match = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    return match && { name: match[1].replace(/^"|"$/g, '').replace(/""/g, '"'), bytes: Number(match[2]) };
  }).filter((row) => row && !/^Σ|^\.\.\. and/.test(row.name));
}

export function attribution() {
  const dir = mkdtempSync(join(tmpdir(), 'customer-desk-size-'));
  try {
    // The build's own steps (scripts/build/pipeline.mjs), keeping the names.
    split(NAMED, join(dir, 'split'), 'bindgen');
    bind(join(dir, 'split/bindgen.wasm'), dir, 'bindgen', { keepNames: true });
    const optimized = join(dir, 'optimized.wasm');
    optimize(join(dir, 'bindgen_bg.wasm'), optimized, { keepNames: true });
    const rows = items(optimized).map((row) => ({ ...row, owner: owner(row.name) })).filter((row) => row.owner);
    const total = rows.reduce((sum, row) => sum + row.bytes, 0);
    const byCrate = new Map();
    for (const row of rows) byCrate.set(row.owner, (byCrate.get(row.owner) ?? 0) + row.bytes);
    const crates = [...byCrate].sort((a, b) => b[1] - a[1]).map(([crate, bytes]) => ({ crate, bytes, share: bytes / total }));
    const functions = rows
      .filter((row) => row.owner !== 'read-only data')
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 20)
      .map(({ name, bytes }) => ({ name: name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, ''), bytes }));
    return { total, crates, functions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printAttribution({ total, crates, functions }) {
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  console.log(`\n| crate (optimized, ${kib(total)} KiB of code and data) | KiB | share |`);
  console.log('| --- | ---: | ---: |');
  const shown = crates.filter((c) => c.share >= 0.005);
  for (const { crate, bytes, share } of shown) console.log(`| ${crate} | ${kib(bytes)} | ${(share * 100).toFixed(1)} % |`);
  const rest = crates.slice(shown.length);
  if (rest.length) {
    const bytes = rest.reduce((sum, c) => sum + c.bytes, 0);
    console.log(`| ${rest.length} more crates, each under 0.5 % | ${kib(bytes)} | ${((bytes / total) * 100).toFixed(1)} % |`);
  }
  console.log('\n| the 20 largest functions (optimized) | bytes |');
  console.log('| --- | ---: |');
  for (const { name, bytes } of functions) console.log(`| \`${name.length > 110 ? `${name.slice(0, 107)}…` : name}\` | ${bytes} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = attribution();
  console.log(JSON.stringify({ total: report.total, crates: report.crates.map(({ crate, bytes }) => ({ crate, bytes })) }));
  printAttribution(report);
}
