// The sign-in form is in index.html, so a signed-out user can type from the first paint:
// the main module is held back here until the test lets it come. What was typed, where the
// focus was and a "Sign in" pressed early all carry over to the app's own form; the early
// submit is never a plain form POST, and the password never goes into a URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { table } from './support/list.mjs';
import { issueToken, keepSession } from './support/session.mjs';

const env = serverAndBrowser({ args: ['--demo', '30'] });
const MAIN_MODULE = /\/customer-desk-[0-9a-f]+_bg\.wasm$/;

/** A page whose main module waits for `release()`; `requests` lists every request. */
async function pageWithHeldApp(options) {
  const session = await openPage(env.browser, options);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked = false;
  await session.page.route(MAIN_MODULE, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  const requests = [];
  session.page.on('request', (request) => requests.push(request));
  return { ...session, release, requests, appAsked: () => asked };
}

const focusedLabel = (page) => page.evaluate(() => document.activeElement?.labels?.[0]?.textContent ?? null);

test('the sign-in form takes typing before the app has come, and the app keeps it and the focus', async () => {
  const { context, page, problems, release, appAsked } = await pageWithHeldApp();
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'User name' }).fill('admin');
  await page.getByRole('textbox', { name: 'Password' }).fill('admin');
  await page.getByRole('checkbox', { name: /Keep me signed in/ }).check();
  await page.getByRole('textbox', { name: 'Password' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Device name' }).inputValue(), 'customer-desk', 'the configured device name');
  assert.equal(await page.getByRole('textbox', { name: 'Access token' }).count(), 0, 'the other method\'s field is hidden');
  assert.ok(appAsked(), 'the main module was asked for');
  await expectNoSeriousViolations(page, 'the sign-in form before the app');

  release();
  // The app's own page shows its header once it has taken the form over.
  await page.getByRole('banner').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).inputValue(), 'admin');
  assert.equal(await page.getByRole('textbox', { name: 'Password' }).inputValue(), 'admin');
  assert.equal(await page.getByRole('checkbox', { name: /Keep me signed in/ }).isChecked(), true);
  assert.equal(await focusedLabel(page), 'Password', 'the focus stayed in Password');
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).count(), 1, 'one form, not two');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await table(page).getByRole('row').nth(1).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"Sign in" pressed before the app has come is held and then carried out, never posted', async () => {
  const { context, page, problems, release, requests } = await pageWithHeldApp();
  await page.goto(`${env.server.url}/customers?view=compact`);
  const url = page.url();
  await page.getByRole('textbox', { name: 'User name' }).fill('admin');
  await page.getByRole('textbox', { name: 'Password' }).fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Signing in…' }).waitFor();
  assert.equal(page.url(), url, 'the page did not go anywhere');

  release();
  await table(page).getByRole('row').nth(1).waitFor();
  assert.equal(new URL(page.url()).pathname, '/customers');
  const documents = requests.filter((request) => request.resourceType() === 'document');
  assert.deepEqual(documents.map((request) => request.method()), ['GET'], 'one page load, no form submission');
  for (const request of requests) {
    assert.ok(!request.url().includes('admin'), `no typed value in a URL: ${request.url()}`);
  }
  const signIns = requests.filter((request) => new URL(request.url()).pathname === '/api/auth' && request.method() === 'POST');
  assert.equal(signIns.length, 1, 'signed in once');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('in Slovak, the early form speaks Slovak', async () => {
  const { context, page, problems, release } = await pageWithHeldApp({ locale: 'sk-SK' });
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Prihlásiť sa' }).waitFor();
  await page.getByRole('textbox', { name: 'Používateľské meno' }).fill('admin');
  release();
  await page.getByRole('banner').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Používateľské meno' }).inputValue(), 'admin');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a tab that holds a session, and an embedded app, never show the early form', async () => {
  const held = await pageWithHeldApp();
  await keepSession(held.page, env.server.url);
  await held.page.goto(`${env.server.url}/customers`);
  await held.page.getByRole('status').filter({ hasText: 'Loading customer-desk' }).waitFor();
  assert.equal(await held.page.getByRole('textbox', { name: 'User name' }).count(), 0);
  held.release();
  await table(held.page).getByRole('row').nth(1).waitFor();
  assert.deepEqual(held.problems(), []);
  await held.context.close();

  const { context, page, problems, release } = await pageWithHeldApp();
  await page.goto(`${env.server.url}/customers?embed=1`);
  // The page's own "Loading" sign shows, and no form.
  await page.getByRole('status').filter({ hasText: 'Loading customer-desk' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).count(), 0);
  release();
  await page.getByRole('status').filter({ hasText: 'Loading customer-desk' }).waitFor({ state: 'detached' });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('when the sign-in page\'s code does not arrive, its alert shows, and Retry brings what was typed back', async () => {
  const { context, page, problems, release } = await pageWithHeldApp();
  let dropping = true;
  await page.route(/\/split_sign_in-[0-9a-f]{16}\.wasm$/, (route) => (dropping ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('textbox', { name: 'User name' }).fill('admin');
  release();
  const failed = page.getByRole('alert').filter({ hasText: 'This page could not be loaded. Check the connection and try again.' });
  await failed.waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).count(), 0, 'the early form does not hide the alert');
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('banner').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).inputValue(), 'admin');
  const expected = (problem) => /Failed to (load resource|fetch)|internet|TypeError: Failed|preload/.test(problem);
  assert.deepEqual(problems().filter((problem) => !expected(problem)), []);
  await context.close();
});

test('an access token typed early, with its method chosen, signs in once the app has come', async () => {
  const { context, page, problems, release } = await pageWithHeldApp();
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('radio', { name: 'Access token' }).check();
  assert.equal(await page.getByRole('textbox', { name: 'User name' }).count(), 0, 'the password method\'s fields are hidden');
  await page.getByRole('textbox', { name: 'Access token' }).fill(await issueToken(env.server.url));
  release();
  await page.getByRole('banner').waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Access token' }).isChecked(), true);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await table(page).getByRole('row').nth(1).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});
