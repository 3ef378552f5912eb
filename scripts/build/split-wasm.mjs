// Code splitting, as Trunk's post_build hook: Trunk builds the one module (cargo,
// wasm-bindgen, wasm-opt) and has no step between cargo and wasm-bindgen, so this repeats
// its last two steps on cargo's module after cutting out the lazily loaded pages
// (src/pages/lazy.rs), then puts the result where Trunk's files were:
//   1. wasm-split-cli (crate wasm_split_cli_support): the main module, one chunk per split
//      point plus shared chunks, and __wasm_split.js, which loads them;
//   2. wasm-bindgen --keep-lld-exports on the main module (the chunks link to its exports);
//   3. in release, wasm-opt -Oz on every module (Trunk's own wasm-opt is off,
//      data-wasm-opt="0" in index.html: the module it would optimize is replaced here),
//      its import names shortened (wasm-imports.mjs, and the JS to match), and the main JS,
//      the loader and the style sheet minified (esbuild);
//   4. content hashes in the chunks' and the loader's names (so the server can let browsers
//      cache them for good, like Trunk's own files), index.html's integrity hashes updated
//      for the new main JS and wasm, and the loader preloaded beside the main JS;
//   5. index.html's own sign-in form, usable before any wasm (boot-sign-in.mjs), and
//      preload hints for what the first screen needs (preload-hints.mjs);
//   6. the Content-Security-Policy as a <meta> in index.html, so the app is as strict on any
//      static host as behind this project's server (see withPolicy);
//   7. the service worker, sw.js, with this build's file names (service-worker.mjs), and
//      its registration at the end of the main JS.
// Trunk's file names stay, so index.html's loader still points at them.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { bind, cargoWasm as cargoModule, optimize as optimizeModule, split as splitModule } from './pipeline.mjs';
import { shortenImports } from './wasm-imports.mjs';
import { bootSignIn } from './boot-sign-in.mjs';
import { preloadHints } from './preload-hints.mjs';
import { REGISTRATION, serviceWorker } from './service-worker.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('split-wasm.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE === 'release';
const cargoWasm = cargoModule(release ? 'release' : 'debug');

const trunkJs = readdirSync(staging).find((name) => /^customer-desk-[0-9a-f]+\.js$/.test(name));
if (!trunkJs) throw new Error(`no customer-desk-<hash>.js in ${staging}`);
const stem = trunkJs.slice(0, -'.js'.length);

const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
// In release, wasm-bindgen's JS and the loader are minified (esbuild: whitespace, comments
// and local names; exports and the wasm's import names stay).
const minified = (js) => (release ? transformSync(js, { minify: true, format: 'esm', target: 'es2020' }).code : js);
/** wasm-bindgen's JS with its import object's keys renamed as the wasm's imports were; every
 * key must be found exactly once, or the build fails rather than ship a module that does not
 * start. */
function renamedImports(js, glueModule, renames) {
  if (renames.size === 0) return js;
  for (const [from, to] of renames) {
    const key = new RegExp(`^(\\s+)${from}:`, 'm');
    if (js.split(new RegExp(`^\\s+${from}:`, 'm')).length !== 2) throw new Error(`split-wasm: the import ${from} is not exactly once in wasm-bindgen's JS`);
    js = js.replace(key, `$1${to}:`);
  }
  const moduleKey = `"${glueModule}": import0`;
  if (!js.includes(moduleKey)) throw new Error(`split-wasm: wasm-bindgen's JS has no ${moduleKey}`);
  return js.replace(moduleKey, '"w": import0');
}
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const work = mkdtempSync(join(tmpdir(), 'customer-desk-split-'));
try {
  const split = join(work, 'split');
  splitModule(cargoWasm, split, stem);
  const bound = join(work, 'bound');
  bind(join(split, `${stem}.wasm`), bound, stem);

  const optimize = (from, to) => (release ? optimizeModule(from, to) : cpSync(from, to));
  optimize(join(bound, `${stem}_bg.wasm`), join(staging, `${stem}_bg.wasm`));
  // In release, wasm-bindgen's long import names become short ones (scripts/build/wasm-imports.mjs).
  let renames = new Map();
  const glueModule = `./${stem}_bg.js`;
  if (release) {
    const shortened = shortenImports(readFileSync(join(staging, `${stem}_bg.wasm`)), glueModule);
    writeFileSync(join(staging, `${stem}_bg.wasm`), shortened.bytes);
    renames = shortened.renames;
  }

  let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  for (const chunk of readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`)) {
    const optimized = join(work, chunk);
    optimize(join(split, chunk), optimized);
    const hashed = `${chunk.slice(0, -'.wasm'.length)}-${hash16(readFileSync(optimized))}.wasm`;
    renameSync(optimized, join(staging, hashed));
    loader = loader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
  }
  // A chunk fetched ahead of need goes at low priority (src/chunk.rs, at_low_priority).
  const chunkFetch = /fetch\((new URL\("\.\/[^"]+\.wasm", import\.meta\.url\))\)/g;
  const fetches = loader.match(chunkFetch)?.length ?? 0;
  if (fetches === 0) throw new Error('split-wasm: the loader has no fetch(new URL("./<chunk>.wasm", import.meta.url)) to set a priority on');
  loader = loader.replace(chunkFetch, 'fetch($1, { priority: globalThis.customerDeskChunkPriority || "auto" })');
  const hints = preloadHints(loader, readFileSync(join(staging, `${stem}_bg.wasm`)));
  loader = minified(loader);
  const loaderName = `__wasm_split-${hash16(loader)}.js`;
  writeFileSync(join(staging, loaderName), loader);

  const mainJs = renamedImports(readFileSync(join(bound, `${stem}.js`), 'utf8'), glueModule, renames);
  // Only the JS import's path: the wasm's import module keeps its name.
  const importLoader = 'from "./__wasm_split.js"';
  if (!mainJs.includes(importLoader)) throw new Error(`${stem}.js does not import ./__wasm_split.js: did the split find no split points?`);
  writeFileSync(join(staging, trunkJs), minified(mainJs.replaceAll(importLoader, `from "./${loaderName}"`) + REGISTRATION));
  if (existsSync(join(bound, 'snippets'))) cpSync(join(bound, 'snippets'), join(staging, 'snippets'), { recursive: true });

  // The style sheet, minified in release like the JS (its name stays Trunk's).
  const styles = readdirSync(staging).filter((name) => /^main-[0-9a-f]+\.css$/.test(name));
  if (release) {
    for (const name of styles) {
      const css = readFileSync(join(staging, name), 'utf8');
      writeFileSync(join(staging, name), transformSync(css, { loader: 'css', minify: true }).code);
    }
  }

  // Trunk's preload links carry integrity hashes of the files this replaced.
  const indexPath = join(staging, 'index.html');
  let index = readFileSync(indexPath, 'utf8');
  for (const name of [trunkJs, `${stem}_bg.wasm`, ...styles]) {
    const integrity = sri(readFileSync(join(staging, name)));
    const link = new RegExp(`(<link[^>]*href="[^"]*${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*"`);
    if (!link.test(index)) throw new Error(`index.html has no link with an integrity hash for ${name}`);
    index = index.replace(link, `$1${integrity}"`);
  }
  // The loader is imported by the main JS: preloaded beside it, it costs no round trip.
  const mainPreload = index.match(new RegExp(`<link rel="modulepreload" href="([^"]*)${trunkJs.replace(/[.]/g, '\\.')}"[^>]*>`));
  if (!mainPreload) throw new Error(`index.html has no modulepreload link for ${trunkJs}`);
  const loaderPreload = `<link rel="modulepreload" href="${mainPreload[1]}${loaderName}" crossorigin="anonymous" integrity="${sri(Buffer.from(loader))}">`;
  index = index.replace(mainPreload[0], `${mainPreload[0]}${loaderPreload}`);
  // The first screen's chunks and messages, fetched beside the main module.
  // Before the style sheet: a script after it would wait for it, and hold up the parser
  // (and so the main module's preload) for a round trip.
  const styleSheet = /<link rel="stylesheet"[^>]*>/;
  if (!styleSheet.test(index)) throw new Error('index.html has no style sheet link to put the hints before');
  index = index.replace(styleSheet, (link) => `${hints}${link}`);
  // The sign-in form a signed-out user can type into before the wasm has come.
  const bootStatus = /<div id="boot"[^>]*>[\s\S]*?<\/div>/;
  if (!bootStatus.test(index)) throw new Error('index.html has no <div id="boot"> to put the sign-in form after');
  index = index.replace(bootStatus, (status) => `${status}${bootSignIn(join(import.meta.dirname, '../../locales'))}`);
  writeFileSync(indexPath, withPolicy(index));

  // The languages are copied into dist/ by another hook (Trunk.toml) from target/locales/.
  const locales = join(import.meta.dirname, '../../target/locales');
  const staged = readdirSync(staging);
  // The manifest and its SVG icon are read by the browser only to install the app: the
  // worker keeps them when it does (not the PNG icons, 26 KB, which it never serves).
  const later = ['manifest.webmanifest', ...staged.filter((name) => /^icon[-.\w]*\.svg$/.test(name))];
  const shell = ['index.html', trunkJs, loaderName, `${stem}_bg.wasm`, ...styles, 'config.json', ...later];
  const files = [
    ...staged.filter((name) => /-[0-9a-f]{16}\.(wasm|js)$/.test(name) && !shell.includes(name)),
    ...(existsSync(locales) ? readdirSync(locales).filter((name) => name.endsWith('.json')).map((name) => `locales/${name}`) : []),
  ];
  writeFileSync(join(staging, 'sw.js'), minified(serviceWorker({ shell, files, later })));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * index.html with its Content-Security-Policy as the first element of <head>: the policy
 * the project's server sends (server/src/security.rs), but for what a <meta> cannot carry
 * or know. frame-ancestors works only as a header. The API's origin comes from config.json
 * at run time, so connect-src allows any http(s) and ws(s) origin here; the server's header
 * (or a host's, see docs/deployment.md) names the one API origin. tests/e2e/shell.test.mjs keeps
 * the two in step.
 */
function withPolicy(html) {
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self' https: wss: http: ws:",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!/<meta charset="utf-8"\s*\/?>/.test(html)) throw new Error('index.html has no <meta charset="utf-8"> to put the policy after');
  return html.replace(/<meta charset="utf-8"\s*\/?>/, (charset) => `${charset}${meta}`);
}
