// The app shell in Chromium against the release build: routing, chrome, embed mode,
// the config error page, and the security headers it runs under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn } from './support/session.mjs';

const env = serverAndBrowser();

test('an unknown path shows the not-found page inside the chrome, with a way back', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/no/such/page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.getByRole('banner').count(), 1);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1);

  await page.getByRole('link', { name: 'Back to customers' }).click();
  await signIn(page);
  await page.waitForURL(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the root leads to the customer list, through sign-in', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(env.server.url);
  await page.waitForURL(`${env.server.url}/sign-in?next=%2Fcustomers`);
  await signIn(page);
  await page.waitForURL(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('?embed=1 hides the outer chrome', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/no/such/page?embed=1`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.getByRole('banner').count(), 0);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a missing config.json gives an error page that names the file', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'customer-desk cannot start' }).waitFor();
  assert.equal(
    await page.getByRole('alert').textContent(),
    'config.json was not found on the server (HTTP 404)',
  );
  await context.close();
});

test('a malformed config.json gives an error page that says what is wrong', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{ "backend": "portos", "apiBaseURL": "/api" }' }),
  );
  await page.goto(`${env.server.url}/customers`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /^config\.json is malformed: /);
  assert.match(text, /unknown field `apiBaseURL`/);
  await context.close();
});

test('the page is served with a strict CSP and the wasm as application/wasm, compressed', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const wasmResponse = page.waitForResponse((response) => response.url().endsWith('.wasm'));
  const response = await page.goto(`${env.server.url}/customers`);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(response.headers()['x-content-type-options'], 'nosniff');
  const wasm = await wasmResponse;
  assert.equal(wasm.headers()['content-type'], 'application/wasm');
  assert.equal(wasm.headers()['content-encoding'], 'br');
  assert.match(wasm.headers()['cache-control'], /immutable/);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});
