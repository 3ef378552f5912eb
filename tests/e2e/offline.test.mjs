// Through a flaky network: with the network switched off under the app (Chromium's offline
// emulation), a reload starts the app from its service worker; the list and a customer's
// page show what they last saw, marked "As of <time>, offline"; the header says "Offline",
// then "Back online"; deletes, bulk changes and imports are refused; signing in says it
// needs the network; and nothing held outlives the session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, keepSession, signIn } from './support/session.mjs';
import { importDialog, rowIds, table, until } from './support/list.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { watchWorkerNetwork } from './support/worker-network.mjs';

const env = serverAndBrowser({ args: ['--demo', '80'] });

const HELD = 'customer-desk.held';
const asOf = (page) => page.getByRole('status').filter({ hasText: /^As of \d{1,2}:\d{2}( [AP]M)?, offline$/ });
const offline = (page) => page.getByRole('status', { name: 'Offline' });
const rowNames = (page) => table(page).getByRole('rowheader').getByRole('link').allTextContents();

/** A page whose app has started and whose service worker controls it (so a reload needs no network). */
async function openControlled(path, { kept = true } = {}) {
  const session = await openPage(env.browser);
  if (kept) await keepSession(session.page, env.server.url);
  await session.page.goto(`${env.server.url}${path}`);
  await session.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
  return session;
}

test('a kept session reloads without a network: the app starts from its service worker and shows the list as last seen', async () => {
  const { context, page, problems } = await openControlled('/customers');
  await table(page).getByRole('rowheader').first().waitFor();
  const names = await rowNames(page);

  await context.setOffline(true);
  await page.reload();
  await table(page).getByRole('rowheader').first().waitFor();
  assert.deepEqual(await rowNames(page), names, 'the rows it last saw');
  await asOf(page).waitFor();
  await offline(page).waitFor();
  await expectNoSeriousViolations(page, 'the list offline');

  await context.setOffline(false);
  await page.getByRole('status', { name: 'Back online' }).waitFor({ timeout: 20_000 });
  // The offline reload's failed requests are the browser's own console errors.
  assert.deepEqual(problems().filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  await context.close();
});

/** The bytes of each response the page's service worker receives. */
async function workerDownloads(context, page) {
  const urls = new Map();
  const downloads = [];
  await watchWorkerNetwork(await context.newCDPSession(page), (_, method, params) => {
    if (method === 'Network.requestWillBeSent') urls.set(params.requestId, new URL(params.request.url));
    if (method === 'Network.loadingFinished' && urls.has(params.requestId)) downloads.push({ url: urls.get(params.requestId), bytes: params.encodedDataLength });
  });
  return downloads;
}

test("the service worker keeps the app's shell, not the install icons, and never downloads index.html a second time", async () => {
  const { context, page } = await openPage(env.browser);
  await keepSession(page, env.server.url);
  const downloads = await workerDownloads(context, page);
  await page.goto(`${env.server.url}/customers?search=a`);
  const cached = await until(
    () => page.evaluate(async () => {
      const paths = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      return paths;
    }),
    (paths) => paths.some((path) => /_bg\.wasm$/.test(path)) && paths.includes('/index.html'),
    'the main module and index.html in Cache Storage',
  );
  for (const part of ['/index.html', '/config.json']) assert.ok(cached.includes(part), `${part} is kept`);
  // Read by the browser only to install the app: kept once it asks, never on a first visit.
  for (const part of ['/manifest.webmanifest', '/icon.svg']) assert.ok(!cached.includes(part), `${part} is not fetched ahead`);
  assert.deepEqual(cached.filter((path) => path.endsWith('.png')), [], 'no PNG icon');
  // index.html came with the page, at the page's address: the worker's copy is that, only revalidated.
  const pages = downloads.filter(({ url }) => url.pathname === '/index.html' || url.pathname === '/customers');
  assert.deepEqual(pages.map(({ url }) => url.pathname + url.search), ['/customers?search=a']);
  const html = (await (await fetch(`${env.server.url}/index.html`)).text()).length;
  assert.ok(pages[0].bytes < html / 2, `the worker read ${pages[0].bytes} bytes for a page of ${html}: revalidated, not downloaded`);
  await context.close();
});

test("offline, a customer's page shows the record as last read, and a page never seen says so", async () => {
  const { context, page } = await openControlled('/customers');
  const link = table(page).getByRole('rowheader').first().getByRole('link');
  const name = (await link.textContent()).trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.goBack();
  await table(page).getByRole('rowheader').first().waitFor();

  await context.setOffline(true);
  await offline(page).waitFor();
  await table(page).getByRole('rowheader').first().getByRole('link').click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await asOf(page).waitFor();
  await expectNoSeriousViolations(page, "a customer's page offline");

  await page.goBack();
  await table(page).getByRole('rowheader').first().waitFor();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Last page' }).click();
  await page.getByRole('alert').filter({ hasText: 'this page was not seen in this session, so it cannot be shown offline' }).waitFor();
  await context.close();
});

test('offline, deletes, bulk changes and imports are refused, and nothing is changed', async () => {
  const { context, page } = await openControlled('/customers');
  await table(page).getByRole('rowheader').first().waitFor();
  const [id] = await rowIds(page);
  const before = (await apiRequest(env.server.url, 'GET', `/customers/${id}`)).body;
  const [first] = await rowNames(page);
  // The import's and the bulk actions' code come when the browser is idle: have it in first
  // (what is refused offline is the writing, not the code).
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await importDialog(page).getByRole('button', { name: 'Cancel' }).click();

  await context.setOffline(true);
  await offline(page).waitFor();
  await page.getByRole('checkbox', { name: `Select ${first}`, exact: true }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Deactivate', exact: true }).click();
  await page.getByRole('dialog', { name: /^Deactivate/ }).getByRole('button', { name: 'Deactivate' }).click();
  await page.getByText('Offline: changes to many customers need the network. Nothing was changed.').waitFor();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog', { name: /^Delete/ }).getByRole('button', { name: 'Delete' }).click();
  await page.getByText('Offline: deleting needs the network. Nothing was deleted.').waitFor();

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'offline.csv', mimeType: 'text/csv', buffer: Buffer.from('First name,Last name\nBez,Siete\n') });
  await dialog.getByRole('table', { name: 'Preview' }).waitFor();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Offline: importing needs the network. Nothing was sent.' }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await table(page).getByRole('rowheader').first().getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: first }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByText('Offline: deleting needs the network. Nothing was deleted.').waitFor();
  await page.getByRole('heading', { level: 1, name: first }).waitFor();

  await context.setOffline(false);
  assert.deepEqual((await apiRequest(env.server.url, 'GET', `/customers/${id}`)).body, before, 'nothing was sent');
  await context.close();
});

test('a tablet started without a network shows the sign-in page and says signing in needs the network', async () => {
  const { context, page } = await openControlled('/customers', { kept: false });
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'User name' }).fill('admin');
  await page.getByRole('textbox', { name: 'Password' }).fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Signing in needs the network' }).waitFor();
  await offline(page).waitFor();
  await context.close();
});

test('what was held goes with the session: kept for a reload, gone at sign-out', async () => {
  // Signed in through the page (no test script puts the session back on the next load).
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin', { remember: true });
  await table(page).getByRole('rowheader').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
  await page.reload(); // the page is left: what it held is kept for the next start
  await table(page).getByRole('rowheader').first().waitFor();
  const held = await page.evaluate((key) => sessionStorage.getItem(key), HELD);
  assert.ok(held && JSON.parse(held).pages.length > 0, 'kept across the reload');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await until(() => page.evaluate((key) => sessionStorage.getItem(key), HELD), (value) => value === null, 'held data removed');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), HELD), null, 'nothing held for the next person');
  assert.equal(await table(page).count(), 0);
  await context.close();
});

test('a session not kept holds what it saw in memory only', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page);
  await table(page).getByRole('rowheader').first().waitFor();
  const names = await rowNames(page);
  await context.setOffline(true);
  await offline(page).waitFor();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Last page' }).click();
  await page.getByRole('alert').filter({ hasText: 'this page was not seen in this session, so it cannot be shown offline' }).waitFor();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'First page' }).click();
  await asOf(page).waitFor();
  assert.deepEqual(await rowNames(page), names);
  // A search offline is answered from the customers seen, and says so.
  const lastName = names[1].split(' ').at(-1);
  await page.getByRole('searchbox', { name: 'Search' }).fill(lastName);
  await page.getByRole('status').filter({ hasText: /, offline: only the customers seen in this session$/ }).waitFor();
  const found = await rowNames(page);
  assert.ok(found.length > 0 && found.every((name) => name.includes(lastName)), found.join(', '));
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), HELD), null, 'nothing in storage');
  await context.close();
});
