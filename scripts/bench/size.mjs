// Prints the first-load transfer size of the release build in dist/: raw, gzip -9 and
// brotli q11 for the main wasm, the JS (Trunk's and the chunk loader), CSS and HTML, then
// the wasm chunks that come after the first rows (scripts/build/split-wasm.mjs), apart from the
// total, and what each split point fetches (its chunk and the shared chunks it needs; the
// sign-in page's is what a signed-out visitor fetches before signing in). Run after
// `trunk build --release`.
// scripts/bench/bench.mjs imports `measureSizes` for its report.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../../dist');
const firstLoad = { wasm: /^customer-desk-[0-9a-f]+_bg\.wasm$/, js: /\.js$/, css: /\.css$/, html: /\.html$/ };
const CHUNKS = /^(split_|chunk_).*\.wasm$/;

/** `{wasm, js, css, html, total, chunks}`, each `{raw, gzip, brotli}` in bytes; `total` is
 * the first load, without the chunks. */
export function measureSizes(dir = dist) {
  const sizes = {};
  for (const [kind, pattern] of Object.entries(firstLoad)) {
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
  const chunks = readdirSync(dir).filter((name) => CHUNKS.test(name)).map((name) => readFileSync(join(dir, name)));
  // Each chunk is its own request, so each is compressed on its own.
  sizes.chunks = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, 0]));
  for (const bytes of chunks) {
    sizes.chunks.raw += bytes.length;
    sizes.chunks.gzip += gzipSync(bytes, { level: 9 }).length;
    sizes.chunks.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sizes;
}

function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Per split point (`sign_in`, `customer_form`, …), what loading it fetches: its chunk and
 * the shared `chunk_N` files it depends on, as the loader (`__wasm_split*.js`) lists them;
 * each file compressed on its own. */
export function splitPoints(dir = dist) {
  const loader = readdirSync(dir).find((name) => /^__wasm_split.*\.js$/.test(name));
  if (!loader) return {};
  const source = readFileSync(join(dir, loader), 'utf8');
  // `const X = makeLoad(() => { const src = fetch(new URL("./file.wasm" … }, [deps])`, as
  // wasm-split writes it or minified (`,X=e(()=>{const t=fetch(new URL("./file.wasm"…},[deps])`).
  const definition = /(?:const |,)\s*([\w$]+)\s*=\s*(?:[\w$]+\()?[\w$]+\(\(\)\s*=>\s*\{\s*const [\w$]+\s*=\s*fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\}\s*,\s*\[([^\]]*)\]/g;
  const loads = new Map([...source.matchAll(definition)].map((m) => [m[1], { file: m[2], deps: m[3].split(',').map((d) => d.trim()).filter(Boolean) }]));
  // A split point's name: its export's (`export { J as __wasm_split_load_sign_in }` once minified).
  const exported = new Map([...source.matchAll(/([\w$]+) as __wasm_split_load_(\w+)/g)].map((m) => [m[1], m[2]]));
  const points = {};
  for (const [id, { file, deps }] of loads) {
    const name = id.startsWith('__wasm_split_load_') ? id.slice('__wasm_split_load_'.length) : exported.get(id);
    if (!name) continue;
    const sizes = [file, ...deps.map((dep) => loads.get(dep).file)].map((each) => compressed(readFileSync(join(dir, each))));
    points[name] = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, sizes.reduce((sum, size) => sum + size[k], 0)]));
  }
  return points;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measureSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(JSON.stringify(sizes));
  console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
  const label = { total: 'first load', chunks: 'chunks, after the first rows' };
  for (const [kind, s] of Object.entries(sizes)) console.log(`| ${label[kind] ?? kind} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  const points = splitPoints();
  console.log(JSON.stringify({ splitPoints: points }));
  console.log('\n| split point: its chunk and the shared chunks it needs | raw | gzip | brotli |\n|---|---|---|---|');
  for (const [name, s] of Object.entries(points)) console.log(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
}
