// What users wait for on a shop's slow network (Chromium's network emulation), part of
// scripts/bench/bench.mjs. Two visits, each in a new context (no HTTP cache), alternated:
//   - a cold start, signed out: navigation to the sign-in form being usable (its "User name"
//     field on screen), the first row after signing in as soon as it is, and then a
//     customer opened a second later (a click on the first name to its heading);
//   - a reload with "Keep me signed in" (the session in sessionStorage): the first row, and
//     a customer opened the same way.
// Each visit also counts the bytes on the wire and the requests until the network has been
// quiet for a second after the customer opened.

/** Chromium's throttling profiles: a shop's Wi-Fi or a mobile hotspot, and DevTools' "Fast 3G". */
export const PROFILES = {
  wifi: { label: '150 ms, 1.6 Mbit/s', latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 },
  fast3g: { label: 'Fast 3G: 563 ms, 1.44 Mbit/s down, 675 kbit/s up', latency: 562.5, downloadThroughput: 1_440_000 / 8, uploadThroughput: 675_000 / 8 },
};

const QUIET_MS = 1000;

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

/** Counts bytes and requests, and says when the network has been quiet for QUIET_MS. */
async function networkMeter(context, page, profile) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile, label: undefined });
  const inFlight = new Set();
  let bytes = 0, requests = 0, lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => { inFlight.add(event.requestId); requests += 1; lastActivity = Date.now(); });
  const done = (event) => { inFlight.delete(event.requestId); lastActivity = Date.now(); };
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; done(event); });
  cdp.on('Network.loadingFailed', done);
  return {
    async quiet() {
      while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 50));
      return { bytes, requests };
    },
  };
}

/** One visit; `session` set: a kept session, else a cold start that signs in. */
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
  await page.waitForFunction(() => window.__bench.firstRow !== undefined, null, { timeout: 120_000 });
  const firstRow = await page.evaluate(() => window.__bench.firstRow);
  await page.waitForTimeout(1000); // a second to read the rows
  const link = page.getByRole('table', { name: 'Customers' }).getByRole('rowheader').first().getByRole('link');
  const name = (await link.textContent()).trim();
  const started = Date.now();
  await link.click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 120_000 });
  const openCustomer = Date.now() - started;
  const { bytes, requests } = await meter.quiet();
  await context.close();
  return { formUsable, firstRow, openCustomer, bytes, requests };
}

/** `runs` of each visit, alternated, on `profile`; `progress` reports each. */
export async function throttledFigures(browser, url, session, { profile, runs, progress }) {
  const cold = [], kept = [];
  for (let run = 0; run < runs; run += 1) {
    cold.push(await visit(browser, url, profile, null));
    const c = cold.at(-1);
    progress(`${profile.label}, cold start ${run + 1}: form usable at ${Math.round(c.formUsable)} ms, first row at ${Math.round(c.firstRow)} ms, customer opened in ${c.openCustomer} ms, ${c.bytes} bytes in ${c.requests} requests`);
    kept.push(await visit(browser, url, profile, session));
    const k = kept.at(-1);
    progress(`${profile.label}, kept session ${run + 1}: first row at ${Math.round(k.firstRow)} ms, customer opened in ${k.openCustomer} ms, ${k.bytes} bytes in ${k.requests} requests`);
  }
  return { cold, kept };
}
