// Code splitting (scripts/build/split-wasm.mjs): the list's rows need only the main module; its
// tools come once the rows are shown and never hold them up; the detail page and
// the form come after the rows; a chunk that does not arrive is an alert with Retry that
// then works (the import's and the bulk actions' too); the live connection's code that does not arrive leaves live updates off until
// it does; a signed-in reload never fetches the sign-in page. (The DealPOS mapping's chunk: dealpos.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, keepSession, signIn } from './support/session.mjs';
import { until } from './support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '30'] });

const CHUNK = /\/(split_\w+|chunk_\d+)-[0-9a-f]{16}\.wasm$/;
// These tests hold up or drop the chunks' requests with page.route, which does not see the
// requests of a service worker: the app's worker (which would serve the chunks once it
// controls the page) is off here; offline.test.mjs tests it.
const NO_WORKER = { serviceWorkers: 'block' };
const chunkName = (url) => new URL(url).pathname.replace(/-[0-9a-f]{16}/, '');
/** The browser's log of a fetch the test dropped, and the chunk loader's report of it. */
const expected = (problem) => /Failed to (load resource|fetch)|internet|TypeError: Failed/.test(problem);

test('the rows never wait for the list\'s tools, and the detail page\'s code comes after them', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  const table = page.getByRole('table', { name: 'Customers' });
  let releaseTools;
  const toolsHeld = new Promise((resolve) => { releaseTools = resolve; });
  // For each chunk asked for: how many rows the table had then (1 is its header).
  const rowsWhenAsked = new Map();
  // Whether the list's first answer had come when the tools were asked for (the rows are
  // put on screen from it, in the same turn as the tools' request may start).
  let listAnswered = false;
  let toolsAfterList;
  page.on('response', (response) => { if (new URL(response.url()).pathname === '/api/customers') listAnswered = true; });
  await page.route(CHUNK, async (route) => {
    const chunk = chunkName(route.request().url());
    if (chunk === '/split_list_tools.wasm') toolsAfterList = listAnswered;
    rowsWhenAsked.set(chunk, await table.getByRole('row').count());
    if (chunk === '/split_list_tools.wasm') await toolsHeld;
    await route.continue();
  });
  // Seen as it comes (a waitForResponse would time out on its own clock while the test waits elsewhere).
  let detailLoaded = false;
  page.on('response', (response) => { if (/split_customer_detail-[0-9a-f]{16}\.wasm$/.test(response.url())) detailLoaded = true; });
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await table.getByRole('row').nth(1).waitFor();
  assert.equal(toolsAfterList, true, 'the tools were asked for once the list had its rows, not beside the request');
  assert.equal(await page.getByRole('button', { name: 'Import CSV' }).count(), 0, 'the tools are still on their way');
  releaseTools();
  await page.getByRole('button', { name: 'Import CSV' }).waitFor({ timeout: 60_000 });
  await until(() => detailLoaded, Boolean, 'the detail page\'s code', 60_000);
  const detailRows = rowsWhenAsked.get('/split_customer_detail.wasm');
  assert.ok(detailRows > 1, `the detail page's code was fetched after the first rows (${detailRows} rows then)`);
  assert.ok(!rowsWhenAsked.has('/split_dealpos.wasm'), 'the DealPOS mapping is never fetched with PORTOS');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('tools that do not arrive: an alert with Retry, and the rows work meanwhile', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  let dropping = true;
  await page.route(/\/split_list_tools-[0-9a-f]{16}\.wasm$/, (route) => (dropping ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  const table = page.getByRole('table', { name: 'Customers' });
  await table.getByRole('row').nth(1).waitFor();
  const failed = page.getByRole('alert').filter({ hasText: "The list's tools (filters, columns, saved views, export, import, bulk actions) could not be loaded." });
  await failed.waitFor();
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('26–30 of 30').waitFor();
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('button', { name: 'Import CSV' }).waitFor();
  assert.equal(await failed.count(), 0);
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await context.close();
});

test('the import\'s code that does not arrive: pressing "Import CSV" says so with Retry, and Retry opens the dialog', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  let dropping = true;
  await page.route(/\/split_writes-[0-9a-f]{16}\.wasm$/, (route) => (dropping ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'The import could not be loaded. Check the connection and try again.' });
  await failed.waitFor();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  assert.equal(await dialog.count(), 0);
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await dialog.waitFor();
  assert.equal(await failed.count(), 0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // Opened again, it comes at once.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await dialog.waitFor();
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await context.close();
});

test('the bulk actions\' code that does not arrive: selecting a customer says so with Retry, and Retry shows the toolbar', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  // Save-Data on: nothing is fetched ahead, so the selection is what asks for it.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) });
  });
  let dropping = true;
  const asked = [];
  await page.route(/\/split_writes-[0-9a-f]{16}\.wasm$/, (route) => {
    asked.push(route.request().url());
    return dropping ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('button', { name: 'Import CSV' }).waitFor();
  assert.deepEqual(asked, [], 'nothing asked for before a selection');
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const failed = page.getByRole('alert').filter({ hasText: 'The bulk actions could not be loaded. Check the connection and try again.' });
  await failed.waitFor();
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Export selected' }).waitFor();
  assert.equal(await failed.count(), 0);
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await context.close();
});

test('the detail page that does not arrive: an alert with Retry, and Retry shows it', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  // The page's chunk and the chunks it shares with the form, as a dropped connection (but
  // not those the sign-in page, which shares code with the form, has already had).
  const requested = [];
  const signInHad = new Set();
  let signingIn = true;
  let dropping = true;
  await page.route(/\/(split_customer_detail|chunk_\d+)-[0-9a-f]{16}\.wasm$/, (route) => {
    const url = route.request().url();
    if (signingIn) signInHad.add(url);
    if (signInHad.has(url)) return route.continue();
    requested.push(url);
    return dropping ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  signingIn = false;
  await signIn(page, 'admin');
  const link = page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link');
  const name = await link.textContent();
  await link.click();
  const failed = page.getByRole('alert').filter({ hasText: 'This page could not be loaded. Check the connection and try again.' });
  await failed.waitFor();
  assert.ok(requested.length > 0, 'the chunk was asked for');
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  assert.equal(await failed.count(), 0);
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('heading', { level: 1, name: `Edit ${name}` }).waitFor();
  await context.close();
});

test('the live connection\'s code that does not arrive: the rows come, live updates are off, then on once it does', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  let dropping = true;
  let asked = 0;
  await page.route(/\/split_live_connection-[0-9a-f]{16}\.wasm$/, (route) => {
    asked += 1;
    return dropping ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
  const off = page.getByRole('banner').getByText('Live updates off');
  await off.waitFor();
  assert.ok(asked >= 1, 'the chunk was asked for');
  // Tried again with the connection's backoff (1 s, then 2 s, …).
  dropping = false;
  await off.waitFor({ state: 'detached', timeout: 15_000 });
  assert.ok(asked >= 2, 'the chunk was asked for again');
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await context.close();
});

test('the sign-in page comes in its own chunk: a signed-in reload never asks for it, and one that does not arrive has Retry', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  let dropping = true;
  const asked = [];
  await page.route(/\/split_sign_in-[0-9a-f]{16}\.wasm$/, (route) => {
    asked.push(route.request().url());
    return dropping ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(`${env.server.url}/customers`);
  const failed = page.getByRole('alert').filter({ hasText: 'This page could not be loaded. Check the connection and try again.' });
  await failed.waitFor();
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await signIn(page, 'admin', { remember: true });
  const before = asked.length;
  await page.reload();
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  assert.equal(asked.length, before, 'a signed-in reload does not fetch the sign-in page');
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await context.close();
});

test('the keyboard shortcuts\' table that does not arrive: the dialog says so, and ? again shows it', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  let dropping = true;
  await page.route(/\/split_shortcuts_help-[0-9a-f]{16}\.wasm$/, (route) => (dropping ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.getByRole('alert').filter({ hasText: 'This page could not be loaded.' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  dropping = false;
  await page.keyboard.press('?');
  await dialog.getByRole('table').waitFor();
  assert.equal(await dialog.getByRole('alert').count(), 0);
  assert.deepEqual(problems().filter((p) => !expected(p)), []);
  await context.close();
});

/** Resolves once the page has been idle `times` times over (the app fetches ahead then). */
const idle = (page, times) =>
  page.evaluate((times) => new Promise((done) => {
    const wait = (left) => (left === 0 ? done() : requestIdleCallback(() => wait(left - 1)));
    wait(times);
  }), times);

test('the form\'s code comes ahead at low priority; on a metered or slow connection, when the user points at its link', async () => {
  const asked = (session) => {
    const chunks = [];
    session.page.on('request', (request) => { if (CHUNK.test(request.url())) chunks.push(chunkName(request.url())); });
    return chunks;
  };
  /** Each chunk's priority as the browser sent it (High for a plain fetch). */
  const priorities = async (session) => {
    const byChunk = new Map();
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', ({ request }) => { if (CHUNK.test(request.url)) byChunk.set(chunkName(request.url), request.initialPriority); });
    return byChunk;
  };
  // Elsewhere, the detail page's code comes once the rows show; the form's, from a
  // customer's page, when the browser is idle, at low priority.
  const fast = await openPage(env.browser, NO_WORKER);
  const fastChunks = asked(fast);
  const fastPriorities = await priorities(fast);
  await fast.page.goto(`${env.server.url}/customers`);
  await signIn(fast.page, 'admin');
  await fast.page.getByRole('button', { name: 'Import CSV' }).waitFor();
  await idle(fast.page, 3);
  assert.ok(fastChunks.includes('/split_customer_detail.wasm'), fastChunks.join(' '));
  assert.equal(fastPriorities.get('/split_customer_detail.wasm'), 'High', 'the likeliest next page: at once');
  assert.ok(!fastChunks.includes('/split_customer_form.wasm'), 'the list alone never needs the form');
  // The import's dialog, the largest of the tools, comes when the browser is idle.
  await until(() => fastChunks.includes('/split_writes.wasm'), Boolean, 'the import\'s code, when idle', 10_000);
  assert.equal(fastPriorities.get('/split_writes.wasm'), 'Low');
  // The bulk actions are in that chunk too: their toolbar shows at once on a selection.
  const bulkBar = fast.page.getByRole('toolbar', { name: 'Bulk actions' });
  await fast.page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await bulkBar.getByRole('button', { name: 'Export selected' }).waitFor();
  await fast.page.getByRole('checkbox', { name: 'Select all on this page' }).uncheck();
  await bulkBar.waitFor({ state: 'hidden' });
  await fast.page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link').click();
  await fast.page.getByRole('link', { name: 'Edit' }).waitFor();
  await idle(fast.page, 3);
  assert.ok(fastChunks.includes('/split_customer_form.wasm'), fastChunks.join(' '));
  assert.equal(fastPriorities.get('/split_customer_form.wasm'), 'Low');
  await fast.context.close();

  // With Save-Data on (the browser's navigator.connection says so), nothing comes ahead,
  // code or data.
  const metered = await openPage(env.browser, NO_WORKER);
  await metered.page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) });
  });
  const chunks = asked(metered);
  const meteredPriorities = await priorities(metered);
  const { page } = metered;
  const pagesAsked = [];
  page.on('request', (request) => { if (new URL(request.url()).pathname === '/api/customers') pagesAsked.push(new URL(request.url()).searchParams.get('$skip')); });
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('button', { name: 'Import CSV' }).waitFor();
  await idle(page, 3);
  assert.ok(!chunks.includes('/split_customer_detail.wasm'), `no detail code ahead: ${chunks.join(' ')}`);
  assert.ok(!chunks.includes('/split_customer_form.wasm'), `no form code ahead: ${chunks.join(' ')}`);
  assert.deepEqual(pagesAsked, ['0'], 'no next page fetched ahead either');
  assert.ok(!chunks.includes('/split_writes.wasm'), `no import code ahead: ${chunks.join(' ')}`);
  const importCode = page.waitForRequest(/split_writes-[0-9a-f]{16}\.wasm$/);
  await page.getByRole('button', { name: 'Import CSV' }).hover();
  await importCode;
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page.getByRole('dialog', { name: 'Import customers' }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Import customers' }).waitFor({ state: 'hidden' });
  // The bulk actions came with it.
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Export selected' }).waitFor();
  await page.getByRole('checkbox', { name: 'Select all on this page' }).uncheck();
  const detail = page.waitForRequest(/split_customer_detail-[0-9a-f]{16}\.wasm$/);
  const firstName = page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link');
  await firstName.hover();
  await detail;
  assert.equal(meteredPriorities.get('/split_customer_detail.wasm'), 'High', 'asked for on intent: not held back');
  await firstName.click();
  await page.getByRole('link', { name: 'Edit' }).waitFor();
  assert.ok(!chunks.includes('/split_customer_form.wasm'), 'the form\'s code waits for "Edit"');
  const form = page.waitForRequest(/split_customer_form-[0-9a-f]{16}\.wasm$/);
  await page.getByRole('link', { name: 'Edit' }).focus();
  await form;
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  assert.deepEqual(metered.problems(), []);
  await metered.context.close();
});

test('on a slow link, measured by how the app itself came, the detail page\'s code still comes first, the tools\' after it; the form\'s and the next page only on intent', async () => {
  // A shop's Wi-Fi: 150 ms round trip, 1.6 Mbit/s (the browser's effective type says "4g").
  const slow = await openPage(env.browser, NO_WORKER);
  const { page } = slow;
  const cdp = await slow.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 });
  const priorities = new Map();
  cdp.on('Network.requestWillBeSent', ({ request }) => { if (CHUNK.test(request.url)) priorities.set(chunkName(request.url), request.initialPriority); });
  const chunks = [];
  const pagesAsked = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (CHUNK.test(request.url())) chunks.push(chunkName(request.url()));
    if (url.pathname === '/api/customers' && !url.searchParams.has('Search') && !url.searchParams.has('ExternalId')) pagesAsked.push(url.searchParams.get('$skip'));
  });
  await keepSession(page, env.server.url);
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('button', { name: 'Import CSV' }).waitFor({ timeout: 30_000 });
  await until(() => chunks.includes('/split_customer_detail.wasm'), Boolean, 'the detail page\'s code, ahead', 30_000);
  await until(() => chunks.includes('/split_list_tools.wasm'), Boolean, 'the list\'s tools', 30_000);
  // Opening a customer must not wait behind the tools' 120 KB.
  assert.deepEqual([priorities.get('/split_customer_detail.wasm'), priorities.get('/split_list_tools.wasm')], ['High', 'Low']);
  await idle(page, 3);
  assert.deepEqual(pagesAsked, ['0'], 'no next page fetched ahead');
  assert.ok(!chunks.includes('/split_writes.wasm'), `the import's and bulk actions' code wait for "Import CSV" or a selection: ${chunks.join(' ')}`);
  const firstName = page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link');
  const name = (await firstName.textContent()).trim();
  await firstName.click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
  await idle(page, 3);
  assert.ok(!chunks.includes('/split_customer_form.wasm'), `the form's code waits for "Edit": ${chunks.join(' ')}`);
  const form = page.waitForRequest(/split_customer_form-[0-9a-f]{16}\.wasm$/);
  await page.getByRole('link', { name: 'Edit' }).hover();
  await form;
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 30_000 });

  // Reloaded, the app comes from the HTTP cache and measures nothing: the device's last
  // measurement holds.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
  chunks.length = 0;
  await page.reload();
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Edit' }).waitFor();
  await idle(page, 3);
  assert.ok(!chunks.includes('/split_customer_form.wasm'), `after a reload too, the form's code waits for "Edit": ${chunks.join(' ')}`);
  assert.deepEqual(slow.problems(), []);
  await slow.context.close();
});

test('what the first screen needs is asked for beside the main module, not after it starts', async () => {
  /** A page whose main module is held; resolves with the chunks and messages asked for meanwhile. */
  const whileHeld = async (path, { locale, signedIn } = {}) => {
    const opened = await openPage(env.browser, locale ? { locale, ...NO_WORKER } : NO_WORKER);
    if (signedIn) await keepSession(opened.page, env.server.url);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await opened.page.route(/\/customer-desk-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    const asked = [];
    opened.page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (CHUNK.test(request.url()) || path.startsWith('/locales/')) asked.push(chunkName(request.url()));
    });
    await opened.page.goto(`${env.server.url}${path}`);
    return { ...opened, asked, release };
  };
  const arrived = (session, name) => until(() => session.asked, (asked) => asked.includes(name), `${name} asked for while the main module is held`);

  // Signed out: the sign-in page's code, and in Slovak its messages.
  const signedOut = await whileHeld('/customers', { locale: 'sk-SK' });
  await arrived(signedOut, '/split_sign_in.wasm');
  assert.ok(signedOut.asked.some((name) => name.startsWith('/locales/sk')), signedOut.asked.join(' '));
  signedOut.release();
  await signedOut.page.getByRole('textbox', { name: 'Používateľské meno' }).waitFor();
  assert.deepEqual(signedOut.problems(), []);
  await signedOut.context.close();

  // A kept session reloading a customer's page: the detail page's code; never the sign-in page's.
  const { body: customers } = await apiRequest(env.server.url, 'GET', '/customers?$take=1');
  const detail = await whileHeld(`/customers/${customers.items[0].id}`, { signedIn: true });
  await arrived(detail, '/split_customer_detail.wasm');
  detail.release();
  await detail.page.getByRole('link', { name: 'Edit' }).waitFor();
  assert.ok(!detail.asked.includes('/split_sign_in.wasm'), detail.asked.join(' '));
  assert.deepEqual(detail.problems(), []);
  await detail.context.close();
});

test('nothing in index.html holds the main module up: it is asked for while the style sheet is still on its way', async () => {
  const { context, page, problems } = await openPage(env.browser, NO_WORKER);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/main-[0-9a-f]+\.css$/, async (route) => { await held; await route.continue(); });
  const mainModule = page.waitForRequest(/\/customer-desk-[0-9a-f]+_bg\.wasm$/);
  await page.goto(`${env.server.url}/customers`, { waitUntil: 'commit' });
  await mainModule;
  release();
  await page.getByRole('banner').waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});
