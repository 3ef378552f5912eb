// Live updates over PORTOS's notification hub, with two signed-in browsers: one edits and
// the other sees the list's status, the detail page change in place and the edit page's
// "Take theirs" / "Keep mine", without reloading and without losing what it typed. Then a
// restart of the server (the connection comes back), a server without a hub (live
// updates off, quietly) and DealPOS (no hub to ask).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { launchBrowser, openPage, serverAndBrowser } from './support/browser.mjs';
import { freePort, startServer } from './support/server.mjs';
import { apiRequest, createCustomer, signIn } from './support/session.mjs';
import { field, save } from './support/form.mjs';

const env = serverAndBrowser({ args: ['--demo', '30'] });

/** Within a second, as the issue asks (with room for a loaded machine). */
const SOON = { timeout: 3_000 };
/** Console errors other than the browser's own log of a failed request. */
const unexpected = (problems) => problems().filter((p) => !p.includes('Failed to load resource'));

/**
 * Counts the hub's answers to the app's `Subscribe`; `subscribed(n)` waits for the n-th, after
 * which changes are heard. (A change before it is caught up by the page's own check, which
 * its own test shows; the other tests wait, so that what they check is the event.)
 */
function subscriptions(page) {
  let count = 0;
  const waiting = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => {
    if (!String(payload).includes('"invocationId":"subscribe"')) return;
    count += 1;
    for (const waiter of waiting.filter((w) => count >= w.n)) waiter.resolve();
  }));
  return (n) => count >= n ? Promise.resolve() : new Promise((resolve, reject) => {
    waiting.push({ n, resolve });
    setTimeout(() => reject(new Error(`the hub did not confirm subscription ${n} within 15 s`)), 15_000).unref();
  });
}

async function signedIn(browser, url, user) {
  const session = await openPage(browser);
  const subscribed = subscriptions(session.page);
  await session.page.goto(url);
  await signIn(session.page, user);
  await subscribed(1);
  return { ...session, subscribed };
}

test('two sessions see each other: the list status, the detail in place, the edit page choices, a deletion', async () => {
  const url = env.server.url;
  const customer = await createCustomer(url, { firstName: 'Alena', lastName: 'Živá', email: 'alena@example.sk' });
  const editor = await signedIn(env.browser, `${url}/customers/${customer.id}/edit`, 'admin');
  const watcher = await signedIn(env.browser, `${url}/customers`, 'clerk');
  const a = editor.page;
  const b = watcher.page;

  // The list: a polite status and "Show changes"; the rows stay as they were until then.
  await b.getByRole('searchbox', { name: 'Search' }).fill('Živá');
  const table = b.getByRole('table', { name: 'Customers' });
  await table.getByRole('link', { name: 'Alena Živá', exact: true }).waitFor();
  await field(a, 'First name').fill('Alenka');
  await save(a, 'Alenka Živá');
  const listStatus = b.getByRole('status').filter({ hasText: '1 customer changed' });
  await listStatus.waitFor(SOON);
  assert.equal(await table.getByRole('link', { name: 'Alena Živá', exact: true }).count(), 1, 'the rows did not jump');
  await expectNoSeriousViolations(b, 'the list with changes to show');
  await listStatus.getByRole('button', { name: 'Show changes' }).click();
  await table.getByRole('link', { name: 'Alenka Živá', exact: true }).waitFor(SOON);
  assert.equal(await b.getByText('1 customer changed').count(), 0);

  // The detail page updates in place and says who changed it.
  await table.getByRole('link', { name: 'Alenka Živá', exact: true }).click();
  await b.getByRole('heading', { level: 1, name: 'Alenka Živá' }).waitFor();
  await a.getByRole('link', { name: 'Edit' }).click();
  await field(a, 'Email').fill('alenka@example.sk');
  await save(a, 'Alenka Živá');
  await b.getByText('alenka@example.sk').waitFor(SOON);
  await b.getByRole('status').filter({ hasText: /Administrátor changed this customer at \d/ }).waitFor(SOON);

  // The edit page: what the user typed stays; for each field they changed, a choice.
  await b.getByRole('link', { name: 'Edit' }).click();
  await field(b, 'Phone').fill('+421 900 111 222');
  await field(b, 'Last name').fill('Živá-Nová');
  await a.getByRole('link', { name: 'Edit' }).click();
  await field(a, 'First name').fill('Alena');
  await field(a, 'Last name').fill('Živá-Stará');
  await save(a, 'Alena Živá-Stará');
  const warning = b.getByRole('alert').filter({ hasText: /Administrátor saved this customer at \d/ });
  await warning.waitFor(SOON);
  const firstName = warning.getByRole('group', { name: 'First name' });
  const lastName = warning.getByRole('group', { name: 'Last name' });
  await firstName.getByText('Theirs: Alena').waitFor();
  await lastName.getByText('Yours: Živá-Nová').waitFor();
  assert.equal(await warning.getByRole('group').count(), 2, 'only the fields they changed');
  assert.equal(await field(b, 'First name').inputValue(), 'Alenka', 'nothing changes before a choice');
  assert.equal(await field(b, 'Phone').inputValue(), '+421 900 111 222');
  await expectNoSeriousViolations(b, 'the edit page with their changes to choose from');
  const puts = [];
  b.on('request', (request) => request.method() === 'PUT' && puts.push(request.postDataJSON()));
  await firstName.getByRole('button', { name: 'Take theirs' }).click();
  assert.equal(await field(b, 'First name').inputValue(), 'Alena');
  await lastName.getByRole('button', { name: 'Keep mine' }).click();
  await b.getByRole('status').filter({ hasText: 'All chosen' }).waitFor();
  assert.equal(await field(b, 'Last name').inputValue(), 'Živá-Nová');
  await save(b, 'Alena Živá-Nová');
  const current = (await apiRequest(url, 'GET', `/customers/${customer.id}`)).body;
  assert.equal(puts.length, 1);
  assert.equal(puts[0]._v, current._v - 1, 'the save sent their version, chosen');
  assert.deepEqual([current.firstName, current.lastName, current.phone, current.email], ['Alena', 'Živá-Nová', '+421 900 111 222', 'alenka@example.sk']);
  // Its own save is no news to the session that made it.
  await b.waitForTimeout(500);
  assert.equal(await b.getByText(/changed this customer at/).count(), 0);

  // Deleted meanwhile: it says so and links back to the list.
  await a.getByRole('heading', { level: 1, name: 'Alena Živá-Nová' }).waitFor(SOON);
  await a.getByRole('status').filter({ hasText: /Pokladník changed this customer at \d/ }).waitFor(SOON);
  await a.getByRole('button', { name: 'Delete' }).click();
  await a.getByRole('dialog', { name: 'Delete customer?' }).getByRole('button', { name: 'Delete' }).click();
  const gone = b.getByRole('alert').filter({ hasText: /Administrátor deleted this customer at \d/ });
  // The delete goes out once the Undo time is over.
  await gone.waitFor({ timeout: 25_000 });
  await gone.getByRole('link', { name: 'Back to customers' }).click();
  await b.waitForURL(`${url}/customers`);

  assert.deepEqual(unexpected(editor.problems), []);
  assert.deepEqual(watcher.problems(), []);
  await editor.context.close();
  await watcher.context.close();
});

test('saving before choosing sends the version the form started from, and the conflict choices take over', async () => {
  const url = env.server.url;
  const customer = await createCustomer(url, { firstName: 'Boris', lastName: 'Skorý' });
  const { context, page, problems } = await signedIn(env.browser, `${url}/customers/${customer.id}/edit`, 'admin');
  await field(page, 'Phone').fill('+421 905 000 000');
  const changed = { ...customer, firstName: 'Borisko' };
  assert.equal((await apiRequest(url, 'PUT', `/customers/${customer.id}`, changed, 'clerk')).status, 200);
  await page.getByRole('alert').filter({ hasText: /Pokladník saved this customer/ }).waitFor(SOON);
  await page.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this customer' });
  await conflict.waitFor();
  assert.equal(await page.getByRole('button', { name: 'Take theirs' }).count(), 0, 'one set of choices at a time');
  await conflict.getByRole('button', { name: 'Overwrite' }).click();
  await page.getByRole('heading', { level: 1, name: 'Borisko Skorý' }).waitFor();
  const stored = (await apiRequest(url, 'GET', `/customers/${customer.id}`)).body;
  assert.deepEqual([stored.firstName, stored.phone], ['Borisko', '+421 905 000 000']);
  assert.deepEqual(unexpected(problems), [], 'only the 409 the browser logs itself');
  await context.close();
});

test('a change made while the connection is still being set up is announced once it is up', async () => {
  const url = env.server.url;
  const { context, page, problems } = await openPage(env.browser);
  const subscribed = subscriptions(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/signalr/v1/mainHub/negotiate**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Medzičasová');
  await page.getByText('No customers match').waitFor();
  await createCustomer(url, { firstName: 'Ema', lastName: 'Medzičasová' });
  release();
  await subscribed(1);
  const status = page.getByRole('status').filter({ hasText: '1 customer changed' });
  await status.waitFor(SOON);
  await status.getByRole('button', { name: 'Show changes' }).click();
  await page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: 'Ema Medzičasová', exact: true }).waitFor(SOON);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the connection comes back after the server restarts, and changes flow again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'customer-desk-live-'));
  const port = await freePort();
  let server = await startServer({ args: ['--demo', '5'], port, dir });
  const browser = await launchBrowser();
  try {
    const { page, problems, subscribed } = await signedIn(browser, `${server.url}/customers`, 'admin');
    const banner = page.getByRole('banner');
    await createCustomer(server.url, { lastName: 'Prvá' });
    await page.getByRole('status').filter({ hasText: /customers? changed/ }).waitFor(SOON);

    await server.stop();
    await banner.getByText('Live updates off').waitFor(SOON);
    server = await startServer({ args: ['--demo', '5'], port, dir });
    await banner.getByText('Live updates off').waitFor({ state: 'hidden', timeout: 15_000 });
    await subscribed(2);
    await page.getByRole('button', { name: 'Show changes' }).click();
    await createCustomer(server.url, { lastName: 'Druhá' });
    await page.getByRole('status').filter({ hasText: /customers? changed/ }).waitFor(SOON);
    assert.deepEqual(unexpected(problems), [], 'only the refused requests the browser logs while the server was down');
  } finally {
    await browser.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a server without a hub: live updates are off, quietly, and nothing else changes', async () => {
  const server = await startServer({ args: ['--demo', '5', '--no-hub'] });
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    const sockets = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`${server.url}/customers`);
    await signIn(page, 'admin');
    await page.getByRole('banner').getByText('Live updates off').waitFor(SOON);
    await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
    assert.deepEqual(sockets, [], 'no socket to a hub that is not there');
    assert.deepEqual(unexpected(problems), [], 'no console errors beyond the browser logging the refused negotiate');
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('DealPOS has no hub: nothing is asked and the header says nothing about it', async () => {
  const server = await startServer({ config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' }, args: ['--demo', '5'] });
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    const asked = [];
    page.on('request', (request) => request.url().includes('/signalr/') && asked.push(request.url()));
    await page.goto(`${server.url}/customers`);
    await field(page, 'Client ID').fill('demo');
    await field(page, 'Client secret').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
    assert.deepEqual(asked, []);
    assert.equal(await page.getByText('Live updates off').count(), 0);
    assert.deepEqual(problems(), []);
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('the live connection, its code and its negotiate wait until the first rows are on screen', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const order = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/signalr/') && path.endsWith('/negotiate')) order.push('negotiate');
    if (/split_live_connection/.test(path)) order.push('live code');
  });
  page.on('requestfinished', (request) => new URL(request.url()).pathname === '/api/customers' && order.push('first rows'));
  const negotiated = page.waitForResponse((response) => response.url().includes('/negotiate'));
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).getByRole('rowheader').first().waitFor();
  await negotiated;
  const first = order.indexOf('first rows');
  assert.ok(first >= 0 && first < order.indexOf('negotiate') && first < order.indexOf('live code'), order.join(', '));
  assert.equal(await page.getByText('Live updates off').count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});
