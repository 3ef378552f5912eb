// Prints the first-load transfer size of the release build in dist/: raw, gzip -9 and
// brotli q11 for the wasm, JS, CSS and HTML. Run after `trunk build --release`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../dist');
const kinds = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/, html: /\.html$/ };
const rows = [];
for (const [kind, pattern] of Object.entries(kinds)) {
  const files = readdirSync(dist).filter((name) => pattern.test(name));
  const bytes = Buffer.concat(files.map((name) => readFileSync(join(dist, name))));
  rows.push({
    kind,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const total = rows.reduce((sum, row) => ({ kind: 'total', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
rows.push(total);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(JSON.stringify(Object.fromEntries(rows.map(({ kind, ...sizes }) => [kind, sizes]))));
console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.kind} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
