// Languages: English, Slovak and Indonesian, chosen from the browser's languages or in the
// "Language" menu (remembered), with dates and numbers in the language's format and the
// PORTOS server answering in the same language. Expected texts come from the app's own
// Fluent files (support/i18n.mjs), so the test checks wiring, not wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { createCustomer, signIn } from './support/session.mjs';
import { translator } from './support/i18n.mjs';
import { rangeStatus } from './support/list.mjs';
import { axeViolations } from './support/axe.mjs';

const env = serverAndBrowser({ args: ['--demo', '1200'] });
const sk = translator('sk');
const id = translator('id');

test('Slovak chosen in the menu changes labels, dates and numbers, is remembered, and the server answers in Slovak', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Jana', lastName: 'Jazyková', birthDate: '1990-03-07' });
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin', { remember: true }); // the reload below keeps the session
  // 1,200 demo customers and the one created above.
  await rangeStatus(page, /\S/).waitFor(); // the first page has loaded
  assert.equal(await rangeStatus(page).textContent(), '1–25 of 1,201');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Slovenčina' });
  const language = page.getByRole('combobox', { name: sk('Language') });
  await language.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sk-SK');
  assert.equal(await page.getByRole('table', { name: sk('Customers') }).count(), 1);
  assert.equal(await page.getByRole('searchbox', { name: sk('Search') }).count()
    + await page.getByRole('textbox', { name: sk('Search') }).count(), 1);
  await page.getByRole('navigation', { name: sk('Pagination') }).getByRole('status')
    .filter({ hasText: '1–25 z 1\u00a0201' }).waitFor(); // Slovak groups digits with a no-break space

  await page.goto(`${env.server.url}/customers/${customer.id}`);
  await page.getByRole('heading', { level: 1, name: 'Jana Jazyková' }).waitFor();
  assert.equal(await language.inputValue(), 'sk', 'the choice survives a reload');
  assert.equal(await page.getByRole('definition').filter({ hasText: '7. 3. 1990' }).count(), 1, 'the birth date as Slovaks write it');
  assert.equal(await page.getByRole('link', { name: sk('Edit'), exact: true }).count(), 1);
  assert.equal(await page.getByRole('button', { name: sk('Delete'), exact: true }).count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'the Slovak page passes axe');

  const answer = page.waitForResponse((response) => response.url().endsWith('/api/customers/no-such-customer'));
  await page.goto(`${env.server.url}/customers/no-such-customer`);
  const response = await answer;
  assert.equal(await response.request().headerValue('accept-language'), 'sk-SK');
  assert.equal(response.status(), 404);
  assert.equal((await response.json()).title, 'Zdroj nebol nájdený');
  await page.getByRole('heading', { level: 1, name: sk('Customer not found') }).waitFor();

  await language.selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 1, name: 'Customer not found' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Jana Jazyková' }).waitFor();
  await page.getByRole('definition').filter({ hasText: '07/03/1990' }).waitFor();
  // The browser itself logs the 404 this test asks for; nothing else may be logged.
  assert.deepEqual(problems().filter((problem) => !problem.includes('status of 404')), []);
  await context.close();
});

test('an Indonesian browser gets Indonesian without choosing, and PORTOS hears en-GB', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'id-ID' });
  const request = page.waitForRequest((r) => r.url().includes('/api/'));
  await page.goto(`${env.server.url}/sign-in`);
  await page.getByRole('heading', { level: 1, name: id('Sign in') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id-ID');
  assert.equal(await page.getByRole('combobox', { name: id('Language') }).inputValue(), 'id');
  await page.getByRole('textbox', { name: id('User name') }).fill('admin');
  await page.getByRole('textbox', { name: id('Password'), exact: true }).fill('admin');
  await page.getByRole('button', { name: id('Sign in') }).click();
  assert.equal(await (await request).headerValue('accept-language'), 'en-GB');
  await page.getByRole('table', { name: id('Customers') }).waitFor();
  await page.getByRole('button', { name: id('Sign out') }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test("config.json's defaultLocale applies when the browser speaks none of the app's languages", async () => {
  const server = await (await import('./support/server.mjs')).startServer({
    config: { backend: 'portos', apiBaseUrl: '/api', defaultLocale: 'sk' },
  });
  try {
    const { context, page, problems } = await openPage(env.browser, { locale: 'fr-FR' });
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: sk('Sign in') }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: sk('Language') }).inputValue(), 'sk');
    assert.deepEqual(problems(), []);
    await context.close();
  } finally {
    await server.stop();
  }
});

test('a portal names the language of the embedded app with ?lang=, which outranks the browser and is not remembered', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'id-ID' });
  await page.goto(`${env.server.url}/sign-in?embed=1&lang=sk`);
  await page.getByRole('heading', { level: 1, name: sk('Sign in') }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: sk('Language') }).count(), 0, 'no header in an iframe');
  await page.goto(`${env.server.url}/sign-in`);
  await page.getByRole('heading', { level: 1, name: id('Sign in') }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('only the active language travels: Slovak is fetched from a hashed file when chosen; a failed fetch says so and English stays', async () => {
  // page.route does not see a service worker's requests: the app's worker is off here.
  const { context, page, problems } = await openPage(env.browser, { serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (request) => request.url().includes('/locales/') && fetched.push(new URL(request.url()).pathname));
  await page.goto(`${env.server.url}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.deepEqual(fetched, [], 'English is built in');

  // The network drops just as the user asks for Slovak: English stays, and the menu says why.
  await page.route('**/locales/**', (route) => route.abort());
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.selectOption({ label: 'Slovenčina' });
  await page.getByRole('alert').filter({ hasText: 'Slovenčina could not be loaded' }).waitFor();
  assert.equal(await language.inputValue(), 'en', 'the menu is back on the language shown');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

  await page.unroute('**/locales/**');
  await page.getByRole('textbox', { name: 'User name' }).fill('eva');
  await language.selectOption({ label: 'Slovenčina' });
  await page.getByRole('heading', { level: 1, name: sk('Sign in') }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: sk('User name') }).inputValue(), 'eva', 'the page stays as it was, in Slovak');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(), 0);
  const file = fetched.at(-1);
  assert.match(file, /^\/locales\/sk-[0-9a-f]{16}\.json$/);
  const served = await fetch(`${env.server.url}${file}`);
  assert.match(served.headers.get('cache-control'), /immutable/);
  assert.match(served.headers.get('content-type'), /^application\/json/);

  // Remembered: the next start shows Slovak from its first screen.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: sk('Sign in') }).waitFor();
  assert.deepEqual(problems().filter((problem) => !problem.includes('Failed to load resource')), []);
  await context.close();
});

test('a language file that never arrives does not hold the start: English after a wait, and the menu says why', async () => {
  const { context, page, problems } = await openPage(env.browser, { serviceWorkers: 'block' });
  await context.addInitScript(() => localStorage.setItem('customer-desk.language', 'sk'));
  await page.route('**/locales/**', () => {}); // never answered
  await page.goto(`${env.server.url}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: 15_000 });
  await page.getByRole('alert').filter({ hasText: 'Slovenčina could not be loaded' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');
  assert.deepEqual(problems(), []);
  await context.close();
});
