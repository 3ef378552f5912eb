// The customer list against the real server with 300 deterministic demo customers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, signIn } from './support/session.mjs';
import { openList, rows } from './support/list.mjs';

const TOTAL = 300;
const env = serverAndBrowser({ args: ['--demo', String(TOTAL)] });

const listRequests = (page) => {
  const seen = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/customers') seen.push(new URL(request.url()));
  });
  return seen;
};

const apiGet = async (path) => (await apiRequest(env.server.url, 'GET', path)).body;

test('the first page shows 25 customers, each name linking to its detail page', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url);
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  assert.equal(await rows(page).count(), 26); // header row + 25
  const firstLink = rows(page).nth(1).getByRole('link');
  assert.match(await firstLink.getAttribute('href'), /^\/customers\/[^/]+$/);
  assert.equal(await page.getByRole('link', { name: 'New customer' }).count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('paging moves through the list and Back/Forward restore each page', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url);
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  const firstName = await rows(page).nth(1).getByRole('link').textContent();

  await page.getByRole('button', { name: 'Next page' }).click();
  await page.waitForURL(/[?&]page=2/);
  await page.getByText(`26–50 of ${TOTAL}`).waitFor();
  assert.notEqual(await rows(page).nth(1).getByRole('link').textContent(), firstName);

  await page.getByRole('button', { name: 'Last page' }).click();
  await page.getByText(`276–300 of ${TOTAL}`).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Next page' }).isDisabled());

  await page.goBack();
  await page.getByText(`26–50 of ${TOTAL}`).waitFor();
  await page.goBack();
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  assert.equal(await rows(page).nth(1).getByRole('link').textContent(), firstName);
  assert.ok(await page.getByRole('button', { name: 'Previous page' }).isDisabled());
  await page.goForward();
  await page.getByText(`26–50 of ${TOTAL}`).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('fast typing in Search sends one request, and the search is in the URL', async () => {
  const sample = await apiGet('/customers?$take=1&$sort=lastName');
  const lastName = sample.items[0].lastName;
  const expected = await apiGet(`/customers?$count=true&Search=${encodeURIComponent(lastName)}`);

  const { context, page, problems } = await openList(env.browser, env.server.url);
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  const requests = listRequests(page);
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially(lastName, { delay: 30 });
  await page.waitForURL(/[?&]search=/);
  const matching = `1–${Math.min(25, expected.totalCount)} of ${expected.totalCount}`;
  await page.getByText(matching).waitFor();
  // The idle prefetch of a next page is not a request for this change.
  const forSearch = requests.filter((url) => url.searchParams.get('$skip') === '0');
  assert.equal(forSearch.length, 1, requests.map(String).join('\n'));
  assert.equal(forSearch[0].searchParams.get('Search'), lastName);
  assert.equal(await rows(page).count(), Math.min(25, expected.totalCount) + 1);
  // The session lives in memory, so a reload signs in again and returns to this search.
  await page.reload();
  await signIn(page, 'admin');
  await page.getByText(matching).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), lastName);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a header click sorts, a second click reverses, shift-click adds a key', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url);
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  const requests = listRequests(page);
  const header = page.getByRole('columnheader', { name: 'Discount rate' });

  await header.getByRole('button', { name: 'Discount rate' }).click();
  await page.waitForURL(/sort=discountRate/);
  await page.waitForFunction(() => document.querySelector('[aria-sort]')?.getAttribute('aria-sort') === 'ascending');
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');

  await header.getByRole('button', { name: 'Discount rate' }).click();
  await page.waitForURL(/sort=-discountRate/);
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const top = await apiGet('/customers?$take=1&$sort=-discountRate');
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1)
    .getByText(new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 }).format(top.items[0].discountRate / 100)).first().waitFor();

  await page.getByRole('button', { name: 'Name' }).click({ modifiers: ['Shift'] });
  await page.waitForURL(/sort=-discountRate%2CfullName/);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('fullName')));
  assert.equal(requests.filter((url) => url.searchParams.get('$skip') === '0').at(-1).searchParams.get('$sort'), '-discountRate,fullName');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('invalid values in a deep link are corrected, and the page size can change', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url, '/customers?page=0&size=33&active=maybe');
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('10');
  await page.waitForURL(/size=10/);
  await page.getByText(`1–10 of ${TOTAL}`).waitFor();
  assert.equal(await rows(page).count(), 11);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a failed load shows an alert with Retry and keeps the rows', async () => {
  const { context, page } = await openList(env.browser, env.server.url);
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  await page.route('**/api/customers?**', (route) =>
    route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"title":"Internal Server Error","status":500}' }),
  );
  // The last page: the next one may already be in the cache, fetched ahead while idle.
  await page.getByRole('button', { name: 'Last page' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /HTTP 500/);
  assert.equal(await rows(page).count(), 26, 'the previous rows stay');

  await page.unroute('**/api/customers?**');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByText(`276–300 of ${TOTAL}`).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
});

test('a 401 that a refresh cannot cure sends the user to sign in and back to the same list view', async () => {
  const { context, page } = await openList(env.browser, env.server.url, '/customers?page=3');
  await page.getByText(`51–75 of ${TOTAL}`).waitFor();
  const unauthorized = { status: 401, contentType: 'application/problem+json', body: '{"title":"Unauthorized","status":401,"errorCode":1}' };
  // Only the last page's request: an idle prefetch of page 4 must not take the one 401.
  const lastPage = (url) => url.pathname === '/api/customers' && url.searchParams.get('$skip') === String(TOTAL - 25);
  await page.route(lastPage, (route) => route.fulfill(unauthorized), { times: 1 });
  await page.route('**/api/auth/refresh', (route) => route.fulfill(unauthorized), { times: 1 });
  await page.getByRole('button', { name: 'Last page' }).click();
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, 'admin');
  await page.waitForURL(`${env.server.url}/customers?page=12`);
  await page.getByText(`276–300 of ${TOTAL}`).waitFor();
  await context.close();
});
