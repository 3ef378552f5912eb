// The performance benchmark (a benchmark, not a test: it prints figures and checks
// nothing). Run it through scripts/bench/bench.sh, which builds what it measures first.
//
// It measures, on this machine, in headless Chromium against the release server:
//   - first-load transfer size of dist/ (raw, gzip, brotli), and the chunks that come later;
//   - navigation start to the first customer row visible, over RUNS cold loads
//     (a new browser context each time: no HTTP cache) with 10,000 customers;
//   - a click on "Next page" (already fetched ahead while idle), on "Last page" (a page
//     nobody asked for yet) and on "First page" (back from the cache) to the new rows;
//   - scripting time for 100 rows, fetched and from the cache;
//   - JS heap and wasm memory after 5 and after 50 pages (after a forced GC);
//   - a CSV import of 1,000 rows into an empty server: the file read and checked (to the
//     preview's count), and the import itself (a click on "Import" to its counts);
//   - the server's p50/p99 for a filtered, sorted page at 100,000 customers, 50 clients (wrk);
//   - on a shop's slow Wi-Fi (150 ms round trip, 1.6 Mbit/s, Chromium's throttling; NETWORK=fast3g
//     for DevTools' "Fast 3G", NETWORK=local for the same visits unthrottled), a cold start that signs in and a kept-session reload: the
//     sign-in form usable, the first row, a customer opened a second after it, and the bytes
//     per visit (scripts/bench/throttled.mjs). THROTTLED_ONLY=1 measures just these;
//   - a card scanned with a keyboard-wedge scanner on the list to the customer's page, on a
//     fast and on the slow network (scripts/bench/scan.mjs). SCAN_ONLY=1 measures just these.
// Prints one JSON object, then the same figures as a Markdown table.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { measureSizes } from './size.mjs';
import { PROFILES, throttledFigures } from './throttled.mjs';
import { scanFigures } from './scan.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'target/server-release/customer-desk-server');
/** Another build to measure (an A/B run beside the current one): `DIST=/tmp/old-dist`. */
const DIST = process.env.DIST ?? join(ROOT, 'dist');
const RUNS = Number(process.env.RUNS ?? 7);
const BROWSER_CUSTOMERS = 10_000;
const SERVER_CUSTOMERS = Number(process.env.SERVER_CUSTOMERS ?? 100_000);
const THROTTLED_ONLY = process.env.THROTTLED_ONLY === '1';
const SCAN_ONLY = process.env.SCAN_ONLY === '1';
/** The slow network's profile (scripts/bench/throttled.mjs): `wifi` (default) or `fast3g`. */
const NETWORK = PROFILES[process.env.NETWORK ?? 'wifi'];
if (!NETWORK) throw new Error(`NETWORK=${process.env.NETWORK}: one of ${Object.keys(PROFILES).join(', ')}`);
const SERVER_QUERY = 'DiscountRate=gt:5&IsActive=true&$sort=-discountRate,lastName&$take=25';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const progress = (...parts) => console.error('  ·', ...parts);
const round = (x, digits = 1) => Number(x.toFixed(digits));

/** Starts the release server on a fresh database with `count` demo customers. */
async function startServer(count) {
  const dir = mkdtempSync(join(tmpdir(), 'customer-desk-bench-'));
  const db = join(dir, 'bench.sqlite3');
  const child = spawn(SERVER, ['--addr', '127.0.0.1:0', '--dist', DIST, '--db', db, '--demo', String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, RUST_LOG: 'warn,customer_desk_server=info' },
  });
  const url = await new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = line.match(/listening on (http:\/\/\S+)/);
      if (match) done(match[1]);
    });
  });
  const stop = () => { child.kill(); rmSync(dir, { recursive: true, force: true }); };
  return { url, db, stop };
}

/** What the app keeps in sessionStorage for "Keep me signed in", for a signed-in start. */
async function rememberedSession(url) {
  const response = await fetch(`${url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName: 'admin', password: 'admin', deviceName: 'bench' }),
  });
  const auth = await response.json();
  return JSON.stringify({ token: auth.tokenId, refresh_token: auth.refreshToken, user: auth.user });
}

/** A new context (no cache) already signed in, recording when the first row was painted. */
async function openSignedIn(browser, url, session, network) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript((stored) => {
    sessionStorage.setItem('customer-desk.session', stored);
    window.__bench = {};
    addEventListener('TrunkApplicationStarted', (event) => { window.__bench.wasm = event.detail.wasm; });
    const check = () => {
      // The customers' table: other tables (the shortcuts dialog's, closed) may be there first.
      if (document.querySelector('table[aria-labelledby="customers-heading"] tbody tr')) window.__bench.firstRow = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, session);
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.goto(`${url}/customers`);
  await page.waitForFunction(() => window.__bench.firstRow !== undefined, null, { timeout: 60_000 });
  return { context, page, firstRow: await page.evaluate(() => window.__bench.firstRow) };
}

/** Clicks the pagination button `label` and returns ms until the status says `expected`, painted. */
function timeClick(page, label, expected) {
  return page.evaluate(async ([label, expected]) => {
    const status = document.querySelector('nav[aria-label="Pagination"] [role="status"]');
    const changed = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (status.textContent.startsWith(expected)) { observer.disconnect(); done(); }
      });
      observer.observe(status, { childList: true, subtree: true, characterData: true });
    });
    const started = performance.now();
    document.querySelector(`button[aria-label="${label}"]`).click();
    await changed;
    await new Promise((done) => requestAnimationFrame(() => done()));
    return performance.now() - started;
  }, [label, expected]).then((ms) => { progress(`${label} → ${expected}: ${round(ms)} ms`); return ms; });
}

async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

async function browserFigures(browser, url, session) {
  const firstRow = [], nextPrefetched = [], uncached = [], cached = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { context, page, firstRow: ms } = await openSignedIn(browser, url, session);
    firstRow.push(ms);
    progress(`cold load ${run + 1}: first row at ${round(ms)} ms`);
    await page.waitForTimeout(1000); // idle: page 2 is fetched ahead
    nextPrefetched.push(await timeClick(page, 'Next page', '26–50'));
    uncached.push(await timeClick(page, 'Last page', '9,976–10,000'));
    cached.push(await timeClick(page, 'First page', '1–25'));
    await context.close();
  }

  // 100 rows: fetched, then (after a round trip to page 2) from the cache.
  const { context, page } = await openSignedIn(browser, url, session);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scripted = async (action) => {
    const before = (await scriptSeconds(cdp)).ScriptDuration;
    await action();
    return ((await scriptSeconds(cdp)).ScriptDuration - before) * 1000;
  };
  const fetched100 = await scripted(async () => {
    await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('100');
    await page.getByText('1–100 of 10,000').waitFor();
  });
  const cached100 = [];
  for (let i = 0; i < 5; i += 1) {
    await timeClick(page, 'Next page', '101–200');
    cached100.push(await scripted(() => timeClick(page, 'First page', '1–100')));
  }
  await context.close();
  return { firstRow, nextPrefetched, uncached, cached, fetched100, cached100 };
}

/** JS heap and wasm memory after paging through `pages` pages, each after a forced GC. */
async function memoryFigures(browser, url, session) {
  const { context, page } = await openSignedIn(browser, url, session);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await scriptSeconds(cdp)).JSHeapUsedSize;
    const wasm = await page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength);
    return { jsHeapKiB: round(heap / 1024), wasmKiB: round(wasm / 1024) };
  };
  const snapshots = {};
  for (let shown = 2; shown <= 50; shown += 1) {
    const first = (shown - 1) * 25 + 1;
    await timeClick(page, 'Next page', `${first.toLocaleString('en-US')}–`);
    if (shown === 5 || shown === 50) snapshots[shown] = await measure();
  }
  await context.close();
  return { after5Pages: snapshots[5], after50Pages: snapshots[50] };
}

/** Reading and importing a 1,000-row CSV file through the app, into an empty server. */
async function importFigures(browser) {
  const server = await startServer(0);
  try {
    const session = await rememberedSession(server.url);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript((stored) => sessionStorage.setItem('customer-desk.session', stored), session);
    const page = await context.newPage();
    await page.goto(`${server.url}/customers`);
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    const lines = ['Meno;Priezvisko;E-mail;Zľava;Kód'];
    for (let n = 0; n < 1000; n += 1) lines.push(`Ján;Importovaný ${n};jan${n}@example.sk;${n % 50},5;BENCH-${n}`);
    const started = performance.now();
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`) });
    await dialog.getByText('1000 rows, 0 with problems').waitFor();
    const readMs = performance.now() - started;
    const importing = performance.now();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.getByText('Created 1000, updated 0, failed 0, skipped 0', { exact: false }).waitFor({ timeout: 300_000 });
    const importMs = performance.now() - importing;
    progress(`import of 1,000 rows: read ${round(readMs)} ms, imported in ${round(importMs)} ms`);
    await context.close();
    return { rows: 1000, readAndCheckMs: round(readMs), importMs: round(importMs) };
  } finally {
    server.stop();
  }
}

function serverFigures() {
  if (SERVER_CUSTOMERS === 0) return { skipped: 'skipped (SERVER_CUSTOMERS=0)' };
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    if (error.code === 'ENOENT') return { skipped: 'wrk is not installed (apt-get install wrk)' };
  }
  return startServer(SERVER_CUSTOMERS).then((server) => {
    try {
      const token = execFileSync(SERVER, ['token', '--user', 'viewer', '--db', server.db, '--token-ttl', '3600']).toString().trim();
      const wrk = (extraArgs) => {
        const out = execFileSync('wrk', ['-t2', '-c50', '-d10s', '--latency', '-H', `Authorization: Bearer ${token}`, ...extraArgs]).toString();
        const ms = (label) => {
          const [, value, unit] = out.match(new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`));
          return round(Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit], 2);
        };
        return { p50Ms: ms('50%'), p99Ms: ms('99%'), requestsPerSecond: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1])) };
      };
      const script = join(tmpdir(), 'customer-desk-random-page.lua');
      execFileSync('sh', ['-c', `cat > ${script}`], {
        input: `request = function() return wrk.format("GET", "/api/customers?${SERVER_QUERY}&$skip=" .. math.random(0, 5000)) end\n`,
      });
      return {
        customers: SERVER_CUSTOMERS,
        query: SERVER_QUERY,
        samePage: wrk([`${server.url}/api/customers?${SERVER_QUERY}`]),
        randomPages: wrk(['-s', script, `${server.url}/api/customers?${SERVER_QUERY}`]),
      };
    } finally {
      server.stop();
    }
  });
}

const sizes = measureSizes(DIST);
const server = await startServer(BROWSER_CUSTOMERS);
const browser = await launchBrowser();
let ui, memory, slow, scanned;
try {
  const session = await rememberedSession(server.url);
  if (!THROTTLED_ONLY) scanned = await scanFigures(browser, server.url, session, { profile: NETWORK, runs: RUNS, progress });
  if (!SCAN_ONLY) slow = await throttledFigures(browser, server.url, session, { profile: NETWORK, runs: RUNS, progress });
  if (!THROTTLED_ONLY && !SCAN_ONLY) {
    ui = await browserFigures(browser, server.url, session);
    memory = await memoryFigures(browser, server.url, session);
    ui.import = await importFigures(browser);
  }
} finally {
  await browser.close();
  server.stop();
}

const stats = (xs) => ({ medianMs: round(median(xs)), p95Ms: round(p95(xs)) });
const visits = (list) => ({
  formUsable: list[0].formUsable === undefined ? undefined : stats(list.map((v) => v.formUsable)),
  firstRow: stats(list.map((v) => v.firstRow)),
  openCustomer: stats(list.map((v) => v.openCustomer)),
  bytes: median(list.map((v) => v.bytes)),
  requests: median(list.map((v) => v.requests)),
});
const both = (figure) => `${figure.medianMs} / ${figure.p95Ms} ms`;
const scan = scanned && Object.fromEntries(Object.entries(scanned).map(([kind, { first, again }]) => [kind, { first: stats(first), again: stats(again) }]));
const scanRows = scan ? [
  [`Card scanned on the list to the customer's page, fast network: first scan / again, median (target < 1 s)`, `${scan.fast.first.medianMs} / ${scan.fast.again.medianMs} ms`],
  [`Card scanned, ${NETWORK.label}: first scan / again, median`, `${scan.slow.first.medianMs} / ${scan.slow.again.medianMs} ms`],
] : [];
/** Prints `figures` as JSON (and to BENCH_JSON) and `rows` as a Markdown table. */
function report(figures, rows) {
  const result = { date: new Date().toISOString(), ...figures };
  console.log(JSON.stringify(result, null, 2));
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(result));
  console.log('\n| measure | figure |\n|---|---|');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
}
if (SCAN_ONLY) {
  report({ scan }, scanRows);
  process.exit(0);
}
const slowNetwork = { cold: visits(slow.cold), kept: visits(slow.kept), device: visits(slow.device) };
const slowRows = [
  [`${NETWORK.label}, cold start: sign-in form usable, median / p95 of ${RUNS}`, both(slowNetwork.cold.formUsable)],
  [`${NETWORK.label}, cold start: first row (signing in at once)`, both(slowNetwork.cold.firstRow)],
  [`${NETWORK.label}, cold start: a customer opened a second after the first row`, both(slowNetwork.cold.openCustomer)],
  [`${NETWORK.label}, cold start: bytes on the wire / requests per visit, median`, `${slowNetwork.cold.bytes} / ${slowNetwork.cold.requests}`],
  [`${NETWORK.label}, kept-session reload: first row`, both(slowNetwork.kept.firstRow)],
  [`${NETWORK.label}, kept-session reload: a customer opened a second after the first row`, both(slowNetwork.kept.openCustomer)],
  [`${NETWORK.label}, kept-session reload: bytes on the wire / requests per visit, median`, `${slowNetwork.kept.bytes} / ${slowNetwork.kept.requests}`],
  [`${NETWORK.label}, reload on a device that ran the app before (HTTP cache emptied, service worker kept): first row`, both(slowNetwork.device.firstRow)],
  [`${NETWORK.label}, that reload: a customer opened a second after the first row`, both(slowNetwork.device.openCustomer)],
  [`${NETWORK.label}, that reload: bytes on the wire / requests, median`, `${slowNetwork.device.bytes} / ${slowNetwork.device.requests}`],
];
if (THROTTLED_ONLY) {
  report({ slowNetwork }, slowRows);
  process.exit(0);
}
const api = await serverFigures();
const result = {
  transferKiB: Object.fromEntries(Object.entries(sizes).map(([kind, s]) => [kind, { raw: round(s.raw / 1024), gzip: round(s.gzip / 1024), brotli: round(s.brotli / 1024) }])),
  firstRow: stats(ui.firstRow),
  nextPagePrefetched: stats(ui.nextPrefetched),
  uncachedPage: stats(ui.uncached),
  cachedPage: stats(ui.cached),
  hundredRowsScriptingMs: { fetched: round(ui.fetched100), fromCacheMedian: round(median(ui.cached100)) },
  memory,
  csvImport: ui.import,
  server: api,
  slowNetwork,
  scan,
};

const t = result.transferKiB.total;
const rows = [
  ['First-load transfer, brotli (target ≤ 250 KB, stretch 180 KB)', `${t.brotli} KiB (wasm ${result.transferKiB.wasm.brotli}, gzip total ${t.gzip}, raw total ${t.raw})`],
  ['Chunks fetched after the first rows, brotli', `${result.transferKiB.chunks.brotli} KiB`],
  [`First row visible, median / p95 of ${RUNS} cold loads (target ≤ 300 ms)`, `${result.firstRow.medianMs} / ${result.firstRow.p95Ms} ms`],
  ['"Next page", fetched ahead while idle (target ≤ 100 ms)', `${result.nextPagePrefetched.medianMs} ms`],
  ['"Last page", not fetched before', `${result.uncachedPage.medianMs} ms`],
  ['"First page", from the cache (target ≤ 1 frame)', `${result.cachedPage.medianMs} ms`],
  ['100 rows: scripting, fetched / from the cache (target ≤ 30 ms)', `${result.hundredRowsScriptingMs.fetched} / ${result.hundredRowsScriptingMs.fromCacheMedian} ms`],
  ['JS heap after 5 / 50 pages', `${memory.after5Pages.jsHeapKiB} / ${memory.after50Pages.jsHeapKiB} KiB`],
  ['wasm memory after 5 / 50 pages', `${memory.after5Pages.wasmKiB} / ${memory.after50Pages.wasmKiB} KiB`],
  ['CSV import of 1,000 rows: file read and checked / imported', `${result.csvImport.readAndCheckMs} / ${result.csvImport.importMs} ms`],
  ...slowRows,
  ...scanRows,
];
if (api.skipped) rows.push(['Server', api.skipped]);
else {
  rows.push([`Server, same filtered sorted page, ${api.customers} customers, 50 clients: p50 / p99`, `${api.samePage.p50Ms} / ${api.samePage.p99Ms} ms`]);
  rows.push([`Server, random pages of it (uncached): p50 / p99`, `${api.randomPages.p50Ms} / ${api.randomPages.p99Ms} ms`]);
}
// The JSON is also what scripts/bench/bench-ab.mjs compares (BENCH_JSON).
report(result, rows);
