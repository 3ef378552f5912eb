// Signing in and out against the real server: success, each failure, return-to-page,
// access tokens, and where the session is (and is not) kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { issueToken, signIn, submitSignIn } from './support/session.mjs';
import { startServer } from './support/server.mjs';

const env = serverAndBrowser();

test('a signed-out user is sent to sign-in and returns to the page first asked for', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers?Search=nov`);
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, 'admin');
  await page.waitForURL(`${env.server.url}/customers?Search=nov`);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a wrong password says so and keeps what was typed', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/sign-in`);
  await submitSignIn(page, 'admin', 'not-the-password');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'The user name, password or token is not correct.');
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).inputValue(), 'admin');
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0);
  await context.close();
});

test('an unreachable server gets its own message', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/api/auth', (route) => route.abort('connectionrefused'));
  await page.goto(`${env.server.url}/sign-in`);
  await submitSignIn(page, 'admin', 'admin');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be reached/);
  await context.close();
});

test('a server error gets its own message', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/api/auth', (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Service Unavailable","status":503}' }),
  );
  await page.goto(`${env.server.url}/sign-in`);
  await submitSignIn(page, 'admin', 'admin');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'The server failed (HTTP 503: Service Unavailable). Try again.');
  await context.close();
});

test('an expired licence gets its own message', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/api/auth', (route) =>
    route.fulfill({ status: 403, contentType: 'application/problem+json', body: '{"title":"License expired","status":403,"errorCode":4}' }),
  );
  await page.goto(`${env.server.url}/sign-in`);
  await submitSignIn(page, 'admin', 'admin');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'The point-of-sale licence has expired. Contact your administrator.');
  await context.close();
});

test('an access token issued elsewhere signs in; a bad one is refused', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/sign-in`);
  await page.getByRole('radio', { name: 'Access token' }).check();
  await page.getByRole('textbox', { name: 'Access token' }).fill('not-a-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByRole('alert').textContent(), 'The user name, password or token is not correct.');

  await page.getByRole('textbox', { name: 'Access token' }).fill(await issueToken(env.server.url, 'viewer'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.waitForURL(`${env.server.url}/customers`);
  // The 401 of the refused token is the only console error Chromium reports.
  assert.ok(problems().every((p) => p.includes('401')), problems().join('\n'));
  await context.close();
});

test('sign out ends the session everywhere', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  const signedOut = page.waitForResponse((r) => r.url().endsWith('/api/auth') && r.request().method() === 'DELETE');
  await page.getByRole('button', { name: 'Sign out' }).click();
  assert.ok((await signedOut).ok());
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.goto(`${env.server.url}/customers`);
  await page.waitForURL(/\/sign-in\?next=%2Fcustomers/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the session lives in memory unless the user asks to be remembered', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.reload();
  await page.waitForURL(/\/sign-in/);
  assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0);
  assert.equal((await context.cookies()).length, 0);

  await signIn(page, 'admin', { remember: true });
  await page.reload();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  // The session, and (kept with it, for a reload without the network) what it last read.
  const kept = await page.evaluate(() => Object.keys(sessionStorage).sort());
  assert.ok(kept.includes('customer-desk.session') && kept.every((key) => ['customer-desk.held', 'customer-desk.session'].includes(key)), kept.join(', '));
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await context.close();
});

test('an apiBaseUrl that answers with a web page says so in words, not in a parser\'s', async () => {
  // The app's own site, not the API: its SPA fallback answers every path with index.html.
  const misconfigured = await startServer({ config: { backend: 'portos', apiBaseUrl: '/pos' } });
  try {
    const { context, page } = await openPage(env.browser);
    await page.goto(`${misconfigured.url}/sign-in`);
    await page.getByRole('radio', { name: 'Access token' }).check();
    await page.getByRole('textbox', { name: 'Access token' }).fill(await issueToken(misconfigured.url, 'admin'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'The server\'s answer was not JSON. Is "apiBaseUrl" in config.json the address of the POS API?');
    await context.close();
  } finally {
    await misconfigured.stop();
  }
});
