// Tokens that expire: the app refreshes them before expiry and after a 401, once for all
// waiting requests, without disturbing the page or a form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn } from './support/session.mjs';

const TOKEN_SECONDS = 4;
const env = serverAndBrowser({ args: ['--demo', '60', '--token-ttl', String(TOKEN_SECONDS)] });

const refreshes = (page) => {
  const seen = [];
  page.on('response', (r) => r.url().endsWith('/api/auth/refresh') && seen.push(r.status()));
  return seen;
};

test('the token is refreshed before it expires, so the session outlives it', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const seen = refreshes(page);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByText('1–25 of 60').waitFor();
  await page.waitForTimeout((TOKEN_SECONDS + 3) * 1000);
  assert.ok(seen.length >= 1 && seen.every((status) => status === 200), JSON.stringify(seen));
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('26–50 of 60').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a 401 is cured by one refresh and the request is retried', async () => {
  const { context, page } = await openPage(env.browser);
  const seen = refreshes(page);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByText('1–25 of 60').waitFor();
  const before = seen.length;
  await page.route('**/api/customers?**', (route) =>
    route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"title":"Unauthorized","status":401,"errorCode":1}' }),
    { times: 1 },
  );
  // The last page: the next one may already be in the cache, fetched ahead while idle.
  await page.getByRole('button', { name: 'Last page' }).click();
  await page.getByText('51–60 of 60').waitFor();
  assert.equal(seen.length - before, 1);
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1);
  await context.close();
});

test('typing in a form survives token refreshes and still saves', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const seen = refreshes(page);
  await page.goto(`${env.server.url}/customers/new`);
  await signIn(page, 'admin');
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Trpezlivá');
  await page.waitForTimeout((TOKEN_SECONDS + 3) * 1000);
  assert.ok(seen.length >= 1);
  assert.equal(await page.getByRole('textbox', { name: 'Last name', exact: true }).inputValue(), 'Trpezlivá');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trpezlivá' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

