// In production the app is static files on one origin and the POS API is on another. Here
// one server serves the app (its config.json naming the API by an absolute URL) and a
// second one, on another port, is the API, allowing the app's origin by CORS: every page
// works, every API request goes to the API's origin (with its CORS preflight for
// Authorization and Content-Type), and none to the app's own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { freePort, startServer } from './support/server.mjs';
import { signIn } from './support/session.mjs';

let api;
let app;
let browser;

before(async () => {
  const appPort = await freePort();
  const appOrigin = `http://127.0.0.1:${appPort}`;
  api = await startServer({ args: ['--demo', '40', '--cors-origin', appOrigin] });
  app = await startServer({ port: appPort, config: { backend: 'portos', apiBaseUrl: `${api.url}/api` } });
  assert.equal(app.url, appOrigin);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await api?.stop();
});

/** The API requests a page makes, by origin, and the preflights among them. */
function recordRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/') && request.method() !== 'OPTIONS') seen.push({ origin: url.origin, method: request.method(), headers: request.headers() });
  });
  return seen;
}

test('sign-in, list, search, sorting, paging, a deep link, detail, edit, create and delete all work against an API on another origin', async () => {
  const { context, page, problems } = await openPage(browser);
  const requests = recordRequests(page);

  await page.goto(`${app.url}/customers?sort=-discountRate`);
  await signIn(page, 'admin');
  const table = page.getByRole('table', { name: 'Customers' });
  await page.getByRole('status').filter({ hasText: '1–25 of 40' }).waitFor();
  assert.equal(await table.locator('th[aria-sort=descending]').count(), 1, 'the deep link\'s sort survives sign-in');
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('status').filter({ hasText: '26–40 of 40' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search' }).fill('ová');
  await table.getByRole('row').nth(1).waitFor();

  const link = table.getByRole('row').nth(1).getByRole('link');
  const name = await link.textContent();
  await link.click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Saved across origins');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved across origins').waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  // Live updates run across origins too. The list's own bulk change is no news to it,
  // though no header named the hub connection (another origin's CORS need not allow one).
  await table.getByRole('row').nth(1).getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Deactivate', exact: true }).click();
  await page.getByRole('dialog', { name: 'Deactivate 1 customer?' }).getByRole('button', { name: 'Deactivate' }).click();
  await page.getByRole('status').filter({ hasText: 'Done: 1 changed' }).waitFor();
  assert.equal(await page.getByRole('banner').getByText('Live updates off').count(), 0, 'connected to the hub');
  await page.waitForTimeout(1000);
  assert.equal(await page.getByText(/customers? changed/).count(), 0, 'its own writes are not announced');
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Cudzí Pôvod');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cudzí Pôvod', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  // The delete is held for Undo and goes out when its time is over.
  const sentDelete = page.waitForRequest((r) => r.method() === 'DELETE', { timeout: 20_000 });
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await sentDelete;

  const origins = new Set(requests.map((request) => request.origin));
  assert.deepEqual([...origins], [api.url], 'every API request went to the API origin');
  for (const method of ['GET', 'POST', 'PUT', 'DELETE']) assert.ok(requests.some((r) => r.method === method), `a ${method}`);
  // A PUT with a JSON body and a bearer token needs a preflight: the browser's went
  // through (the save above), and the API answers one for exactly those headers.
  assert.ok(requests.some((r) => r.method === 'PUT' && r.headers['content-type'] === 'application/json' && r.headers.authorization));
  assert.deepEqual(requests.filter((r) => 'x-connection-id' in r.headers), [], 'no undocumented header to another origin');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the API answers the CORS preflight for Authorization and Content-Type from the app origin only', async () => {
  const preflight = (origin) =>
    fetch(`${api.url}/api/customers/x`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' },
    });
  const allowed = await preflight(app.url);
  assert.equal(allowed.headers.get('access-control-allow-origin'), app.url);
  const headers = (allowed.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  for (const header of ['authorization', 'content-type']) assert.ok(headers.includes(header), headers);
  assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /PUT/);
  const other = await preflight('http://127.0.0.1:1');
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});
