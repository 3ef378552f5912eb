// How the list loads, against a server that answers customer requests after 600 ms (and,
// where a test must prove rows came from the cache, with list requests held back):
// superseded requests are aborted and never replace newer rows, pages seen before come
// back from the cache without a request, the next page is fetched ahead while idle, and
// a saved change shows in the list at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, signInAt } from './support/session.mjs';
import { rangeStatus, rowLink } from './support/list.mjs';

const TOTAL = 120;
const env = serverAndBrowser({ args: ['--demo', String(TOTAL), '--fault', '/api/customers:latency=600'] });

/** The list at `path`, signed in, recording its list requests (and the aborted ones) from the start. */
async function openWatchedList(path = '/customers') {
  const session = await openPage(env.browser);
  const { page } = session;
  const requests = [];
  const aborted = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/customers') requests.push(new URL(r.url())); });
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).pathname === '/api/customers') aborted.push([new URL(r.url()), r.failure()?.errorText]);
  });
  await signInAt(page, env.server.url, path);
  return { ...session, requests, aborted };
}

/** Holds every list request until `release()`: what shows meanwhile came from the cache. */
async function holdListRequests(page) {
  const held = [];
  let released = false;
  await page.route('**/api/customers?**', (route) => (released ? route.continue() : held.push(route)));
  return {
    count: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

const skips = (requests) => requests.map((url) => url.searchParams.get('$skip'));
const firstName = (page) => rowLink(page, 1).textContent();

test('a superseded request is aborted and its late answer never replaces the newer rows', async () => {
  const { context, page, requests, aborted, problems } = await openWatchedList('/customers?page=3');
  await page.getByText(`51–75 of ${TOTAL}`).waitFor();
  // Three quick clicks: pages 4 and 5 are superseded before their answers arrive.
  await page.getByRole('button', { name: 'First page' }).click();
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('button', { name: 'Last page' }).click();
  await page.getByText(`101–120 of ${TOTAL}`).waitFor();
  const abortedSkips = aborted.map(([url]) => url.searchParams.get('$skip'));
  assert.ok(abortedSkips.length >= 1, `some request was aborted: ${skips(requests)}`);
  assert.ok(aborted.every(([, reason]) => reason === 'net::ERR_ABORTED'), JSON.stringify(aborted));
  assert.ok(!abortedSkips.includes('100'), 'the newest request is never the one aborted');
  // Long after every answer could have arrived, the newest rows are still the ones shown.
  await page.waitForTimeout(1500);
  assert.equal(await rangeStatus(page).textContent(), `101–120 of ${TOTAL}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the next page is fetched while idle, and pages seen before return without a request', async () => {
  const { context, page, requests, problems } = await openWatchedList();
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  const first = await firstName(page);
  // The idle prefetch of page 2.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('%24skip=25')));
  // Its answer is read and kept in the tasks after it came: once the page is idle twice over.
  await page.evaluate(async () => {
    for (let turn = 0; turn < 2; turn += 1) await new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 }));
  });
  const before = requests.length;

  const held = await holdListRequests(page);
  await page.getByRole('button', { name: 'Next page' }).click();
  // Shown while no list request can be answered, and without asking the server at all.
  await page.getByText(`26–50 of ${TOTAL}`).waitFor();
  assert.equal(requests.slice(before).filter((url) => url.searchParams.get('$skip') === '25').length, 0);

  await page.getByRole('button', { name: 'Previous page' }).click();
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  assert.equal(await firstName(page), first);
  assert.equal(requests.slice(before).filter((url) => url.searchParams.get('$skip') === '0').length, 0);
  await held.release();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('while a new page loads the previous rows stay, marked busy', async () => {
  const { context, page, problems } = await openWatchedList();
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('10');
  const table = page.getByRole('table', { name: 'Customers' });
  assert.equal(await table.getAttribute('aria-busy'), 'true');
  assert.equal(await table.getByRole('row').count(), 26, 'the old rows stay while loading');
  await page.getByText(`1–10 of ${TOTAL}`).waitFor();
  assert.equal(await table.getAttribute('aria-busy'), 'false');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a saved change shows in the list at once when returning to it', async () => {
  const { context, page, problems } = await openWatchedList();
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  const link = page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link');
  const name = await link.textContent();
  await link.click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  const email = `changed.${Date.now()}@example.com`;
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'saved.' }).waitFor();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  const held = await holdListRequests(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  // From the patched cache: the revalidation is still held back.
  await page.getByRole('table', { name: 'Customers' }).getByRole('cell', { name: email }).waitFor();
  assert.equal(held.count(), 1, 'the stale page is revalidated once');
  await held.release();
  const id = (await link.getAttribute('href')).split('/').pop();
  const { body } = await apiRequest(env.server.url, 'GET', `/customers/${id}`);
  assert.equal(body.email, email, 'and it really was saved');
  assert.deepEqual(problems(), []);
  await context.close();
});
