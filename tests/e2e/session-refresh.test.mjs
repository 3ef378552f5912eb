// Tokens that expire: the app refreshes them before expiry and after a 401, once for all
// waiting requests, without disturbing the page or a form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn } from './support/session.mjs';
import { until } from './support/list.mjs';

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
  // Two renewals: the session has outlived two tokens.
  await until(() => seen.length, (n) => n >= 2, 'refreshes', (TOKEN_SECONDS * 2 + 5) * 1000);
  assert.ok(seen.every((status) => status === 200), JSON.stringify(seen));
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
  await until(() => seen.length, (n) => n >= 2, 'refreshes', (TOKEN_SECONDS * 2 + 5) * 1000);
  assert.equal(await page.getByRole('textbox', { name: 'Last name', exact: true }).inputValue(), 'Trpezlivá');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trpezlivá' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});


/** Polls `probe` for `ms` and fails as soon as it is true: for what must not happen. */
async function never(probe, ms, what) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    assert.equal(await probe(), false, what);
    await new Promise((done) => setTimeout(done, 50));
  }
}

test('a renewal that answers after "Sign out" does not sign the user back in', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  let release;
  const held = new Promise((done) => (release = done));
  // The server renews at once, but its answer is slow, as on a shop's Wi-Fi: it arrives
  // only after the user has signed out.
  await page.route('**/api/auth/refresh', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await signIn(page, 'admin', { remember: true });
  await page.getByText(/^1–25 of \d+$/).waitFor();
  const refreshing = page.waitForRequest('**/api/auth/refresh', { timeout: TOKEN_SECONDS * 1000 + 5000 });
  await refreshing;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  const listed = [];
  page.on('request', (request) => request.url().includes('/api/customers') && listed.push(request.url()));
  const answered = page.waitForResponse('**/api/auth/refresh');
  release();
  assert.equal((await answered).status(), 200, 'the server did renew it');
  await never(async () => (await page.getByRole('button', { name: 'Sign out' }).count()) > 0, 2000, 'signed back in');
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Sign in' }).count(), 1);
  assert.deepEqual(listed, [], 'nothing asked with the renewed token');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('customer-desk.session')), null, 'nothing remembered');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a renewal that cannot reach the server keeps the session, and the next one renews it', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const seen = refreshes(page);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  const signedInAt = Date.now();
  await page.getByText(/^1–25 of \d+$/).waitFor();
  // The Wi-Fi is down for the planned renewal and for those a 401 asks for.
  const failed = [];
  page.on('requestfailed', (request) => request.url().endsWith('/api/auth/refresh') && failed.push(request.url()));
  let wifiDown = true;
  await page.route('**/api/auth/refresh', (route) => (wifiDown ? route.abort('internetdisconnected') : route.continue()));
  await until(() => failed.length, (n) => n >= 1, 'the planned renewal failing', (TOKEN_SECONDS + 5) * 1000);
  // Once the token has expired, the last page (never fetched ahead) meets a 401, and its
  // renewal fails too.
  // (The server counts whole seconds, so it may take a moment longer.)
  await until(() => Date.now(), (now) => now > signedInAt + TOKEN_SECONDS * 1000 + 2000, 'the token to expire');
  await page.getByRole('button', { name: 'Last page' }).click();
  const offline = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) });
  await offline.waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1, 'still signed in');
  // The network is back: the renewal retried by itself succeeds, and so does Retry.
  wifiDown = false;
  await until(() => seen.length, (n) => n >= 1, 'a renewal after the dropped ones', 15_000);
  assert.deepEqual(seen, [200]);
  await offline.getByRole('button', { name: 'Retry' }).click();
  await page.getByText(/^51–\d+ of \d+$/).waitFor();
  // The request that met the expired token shows in the console as a 401.
  assert.deepEqual(problems().filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED') && !p.includes('status of 401')), []);
  await context.close();
});

test('two tabs of one remembered session renew it between them, and signing out in one signs out both', async () => {
  const { context, page: first, problems } = await openPage(env.browser);
  const seen = refreshes(first);
  await first.goto(`${env.server.url}/customers`);
  await signIn(first, 'admin', { remember: true });
  await first.getByText(/^1–25 of \d+$/).waitFor();
  // A second tab opened from the first holds a copy of its sessionStorage: the same session.
  const [second] = await Promise.all([context.waitForEvent('page'), first.evaluate(() => window.open(location.href))]);
  const secondSeen = refreshes(second);
  await second.getByText(/^1–25 of \d+$/).waitFor();
  // Three token lifetimes: every renewal either tab makes must leave both signed in.
  await until(() => seen.length + secondSeen.length, (n) => n >= 3, 'renewals', TOKEN_SECONDS * 4 * 1000);
  for (const tab of [first, second]) {
    await tab.getByRole('button', { name: 'Last page' }).click();
    await tab.getByText(/^51–\d+ of \d+$/).waitFor();
    assert.equal(await tab.getByRole('button', { name: 'Sign out' }).count(), 1);
  }
  await first.getByRole('button', { name: 'Sign out' }).click();
  await second.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 2000 });
  assert.equal(await second.evaluate(() => sessionStorage.getItem('customer-desk.session')), null);
  // A tab that lost the race for a refresh token meets a 401 on it, which is then cured.
  assert.deepEqual(problems().filter((p) => !p.includes('status of 401')), []);
  await context.close();
});
