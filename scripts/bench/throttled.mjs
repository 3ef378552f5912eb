// What users wait for on a shop's slow network (Chromium's network emulation), part of
// scripts/bench/bench.mjs. Two visits, each in a new context (no HTTP cache), alternated:
//   - a cold start, signed out: navigation to the sign-in form being usable (its "User name"
//     field on screen), the first row after signing in as soon as it is, and then a
//     customer opened a second later (a click on the first name to its heading);
//   - a reload with "Keep me signed in" (the session in sessionStorage): the first row, and
//     a customer opened the same way;
//   - then, in that visit's context, a reload as a device that ran the app before sees it:
//     the HTTP cache emptied, the service worker and its Cache Storage kept.
// Each visit also counts the bytes on the wire and the requests until the network has been
// quiet for a second after the customer opened, the service worker's own fetches included
// (throttled like the page's).

import { watchWorkerNetwork } from '../../tests/e2e/support/worker-network.mjs';

/** Chromium's throttling profiles: a shop's Wi-Fi or a mobile hotspot, and DevTools' "Fast 3G". */
export const PROFILES = {
  wifi: { label: '150 ms, 1.6 Mbit/s', latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 },
  local: { label: 'no throttling', latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  fast3g: { label: 'Fast 3G: 563 ms, 1.44 Mbit/s down, 675 kbit/s up', latency: 562.5, downloadThroughput: 1_440_000 / 8, uploadThroughput: 675_000 / 8 },
};

const QUIET_MS = 1000;
/** A request with nothing on the wire for this long is not traffic (said, then let go). */
const STUCK_MS = 10_000;
/** `BYTES_DETAIL=1`: each response's bytes, as they come (where a visit's bytes go). */
const BYTES_DETAIL = process.env.BYTES_DETAIL === '1';

/** In the page, before anything runs: when the sign-in form became usable, and the first row. */
function recordMilestones() {
  window.__bench = {};
  const usable = (control) => control && control.offsetParent !== null && !control.disabled;
  const check = () => {
    if (window.__bench.formUsable === undefined) {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'User name');
      if (usable(label?.control)) window.__bench.formUsable = performance.now();
    }
    if (document.querySelector('table[aria-labelledby="customers-heading"] tbody tr')) window.__bench.firstRow = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Counts bytes and requests, and says when the network has been quiet for QUIET_MS. The
 * page's service worker (auto-attached, held until it is throttled too) fetches on the
 * page's behalf: its requests count and are throttled like the page's, and the page's own
 * requests that the worker or the HTTP cache answered count as none.
 */
async function networkMeter(context, page, profile) {
  const cdp = await context.newCDPSession(page);
  const conditions = { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput };
  const inFlight = new Set();
  const urls = new Map();
  let bytes = 0, requests = 0, lastActivity = Date.now();
  const onEvent = (source, method, params) => {
    const key = `${source}:${params.requestId}`;
    if (method === 'Network.requestWillBeSent') { inFlight.add(key); urls.set(key, params.request.url); lastActivity = Date.now(); }
    if (method === 'Network.responseReceived' && !params.response.fromServiceWorker && !params.response.fromDiskCache) requests += 1;
    if (method === 'Network.loadingFinished') {
      bytes += params.encodedDataLength;
      if (BYTES_DETAIL && params.encodedDataLength > 0) console.error(`    ${String(params.encodedDataLength).padStart(8)} ${source === 'page' ? 'page  ' : 'worker'} ${urls.get(key)?.replace(/^https?:\/\/[^/]+/, "") ?? params.requestId}`);
      inFlight.delete(key);
      lastActivity = Date.now();
    }
    if (method === 'Network.dataReceived') lastActivity = Date.now();
    if (method === 'Network.loadingFailed') { inFlight.delete(key); lastActivity = Date.now(); }
  };
  for (const method of ['Network.requestWillBeSent', 'Network.responseReceived', 'Network.dataReceived', 'Network.loadingFinished', 'Network.loadingFailed']) {
    cdp.on(method, (params) => onEvent('page', method, params));
  }
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
  await watchWorkerNetwork(cdp, onEvent, conditions);
  return {
    async quiet() {
      while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (inFlight.size > 0 && Date.now() - lastActivity > STUCK_MS) {
          console.error(`    still in flight after ${STUCK_MS} ms without a byte: ${[...inFlight].map((key) => urls.get(key) ?? key).join(', ')}`);
          inFlight.clear();
        }
      }
      const counted = { bytes, requests };
      bytes = 0;
      requests = 0;
      return counted;
    },
    /** Empties the HTTP cache (the service worker's Cache Storage stays). */
    clearHttpCache: () => cdp.send('Network.clearBrowserCache'),
  };
}

/** Waits for the first row, then opens the first customer a second later: the timings. */
async function firstRowThenCustomer(page) {
  await page.waitForFunction(() => window.__bench.firstRow !== undefined, null, { timeout: 120_000 });
  const firstRow = await page.evaluate(() => window.__bench.firstRow);
  await page.waitForTimeout(1000); // a second to read the rows
  const link = page.getByRole('table', { name: 'Customers' }).getByRole('rowheader').first().getByRole('link');
  const name = (await link.textContent()).trim();
  const started = Date.now();
  await link.click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 120_000 });
  return { firstRow, openCustomer: Date.now() - started };
}

/**
 * One visit; `session` set: a kept session, else a cold start that signs in. A kept-session
 * visit then also reloads the list on the same device, as a shop's tablet does the next
 * morning: its HTTP cache emptied, its service worker (installed by the first visit) kept.
 */
async function visit(browser, url, profile, session) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (session) await context.addInitScript((stored) => sessionStorage.setItem('customer-desk.session', stored), session);
  await context.addInitScript(recordMilestones);
  const page = await context.newPage();
  const meter = await networkMeter(context, page, profile);
  await page.goto(`${url}/customers`, { waitUntil: 'commit' });
  let formUsable;
  if (!session) {
    await page.waitForFunction(() => window.__bench.formUsable !== undefined, null, { timeout: 120_000, polling: 'raf' });
    formUsable = await page.evaluate(() => window.__bench.formUsable);
    await page.getByRole('textbox', { name: 'User name' }).fill('admin');
    await page.getByRole('textbox', { name: 'Password' }).fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  const first = { formUsable, ...(await firstRowThenCustomer(page)), ...(await meter.quiet()) };
  let again;
  if (session) {
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 120_000 });
    await page.goto(`${url}/customers`);
    await meter.quiet();
    await meter.clearHttpCache();
    await page.reload({ waitUntil: 'commit' });
    again = { ...(await firstRowThenCustomer(page)), ...(await meter.quiet()) };
  }
  await context.close();
  return { first, again };
}

/** `runs` of each visit, alternated, on `profile`; `progress` reports each. `device` is the
 * reload on a device that ran the app before (after each kept-session visit). */
export async function throttledFigures(browser, url, session, { profile, runs, progress }) {
  const cold = [], kept = [], device = [];
  for (let run = 0; run < runs; run += 1) {
    const c = (await visit(browser, url, profile, null)).first;
    cold.push(c);
    progress(`${profile.label}, cold start ${run + 1}: form usable at ${Math.round(c.formUsable)} ms, first row at ${Math.round(c.firstRow)} ms, customer opened in ${c.openCustomer} ms, ${c.bytes} bytes in ${c.requests} requests`);
    const { first: k, again: d } = await visit(browser, url, profile, session);
    kept.push(k);
    device.push(d);
    progress(`${profile.label}, kept session ${run + 1}: first row at ${Math.round(k.firstRow)} ms, customer opened in ${k.openCustomer} ms, ${k.bytes} bytes in ${k.requests} requests`);
    progress(`${profile.label}, reload on the same device ${run + 1}: first row at ${Math.round(d.firstRow)} ms, customer opened in ${d.openCustomer} ms, ${d.bytes} bytes in ${d.requests} requests`);
  }
  return { cold, kept, device };
}
