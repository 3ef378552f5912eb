// Prints the first-load transfer size of the release build in dist/: raw, gzip -9 and
// brotli q11 for the wasm, JS, CSS and HTML. Run after `trunk build --release`.
// scripts/bench.mjs imports `measureSizes` for its report.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../dist');
const kinds = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/, html: /\.html$/ };

/** `{wasm, js, css, html, total}`, each `{raw, gzip, brotli}` in bytes. */
export function measureSizes(dir = dist) {
  const sizes = {};
  for (const [kind, pattern] of Object.entries(kinds)) {
    const files = readdirSync(dir).filter((name) => pattern.test(name));
    const bytes = Buffer.concat(files.map((name) => readFileSync(join(dir, name))));
    sizes[kind] = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }
  const all = Object.values(sizes);
  sizes.total = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, all.reduce((sum, s) => sum + s[k], 0)]));
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measureSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(JSON.stringify(sizes));
  console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
  for (const [kind, s] of Object.entries(sizes)) console.log(`| ${kind} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
}
