// The customer detail page and deleting, against the real server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, signIn } from './support/session.mjs';

const env = serverAndBrowser({ args: ['--demo', '60'] });

test('a name in the list opens the detail page with every section', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  const link = page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link');
  const name = await link.textContent();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const sections = ['Status', 'Contact', 'Company', 'Address', 'Delivery address', 'Rates and credit', 'Cards', 'Credit history', 'Note and codes'];
  for (const section of sections) {
    assert.equal(await page.getByRole('heading', { level: 2, name: section, exact: true }).count(), 1, section);
  }
  assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 1);
  assert.ok(await page.getByRole('button', { name: 'Delete' }).isEnabled());
  assert.deepEqual(problems(), []);
  await context.close();
});

test('delete asks in a dialog; Cancel keeps the customer, Delete removes it', async () => {
  const created = await apiRequest(env.server.url, 'POST', '/customers', { firstName: 'Dana', lastName: 'Zmazaná', email: 'dana@example.com' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;

  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${id}`);
  await signIn(page, 'admin');
  await page.getByRole('heading', { level: 1, name: 'Dana Zmazaná' }).waitFor();

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete customer?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await apiRequest(env.server.url, 'GET', `/customers/${id}`)).status, 200);

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  // Held for Undo, then sent.
  assert.equal((await apiRequest(env.server.url, 'GET', `/customers/${id}`)).status, 200, 'not yet: Undo is offered');
  for (const deadline = Date.now() + 20_000; (await apiRequest(env.server.url, 'GET', `/customers/${id}`)).status !== 404;) {
    assert.ok(Date.now() < deadline, 'deleted once Undo was no longer offered');
    await new Promise((done) => setTimeout(done, 250));
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an unknown id shows not found with a way back', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/no-such-customer`);
  await signIn(page, 'admin');
  await page.getByRole('heading', { level: 1, name: 'Customer not found' }).waitFor();
  await page.getByRole('link', { name: 'Back to customers' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  await context.close();
});

test('a viewer cannot delete', async () => {
  const sample = await apiRequest(env.server.url, 'GET', '/customers?$take=1');
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${sample.body.items[0].id}`);
  await signIn(page, 'viewer');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const button = page.getByRole('button', { name: 'Delete' });
  assert.ok(await button.isDisabled());
  const hint = await button.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${hint}`).textContent(), /You cannot delete customers/, 'the reason is tied to the button');
  await context.close();
});

test('markup in a name is shown as text, never run', async () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const created = await apiRequest(env.server.url, 'POST', '/customers', { firstName: hostile, lastName: 'Test' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { context, page, problems } = await openPage(env.browser);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(`${env.server.url}/customers?search=Test`);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: `${hostile} Test` }).click();
  await page.getByRole('heading', { level: 1, name: `${hostile} Test` }).waitFor();
  assert.equal(await page.getByRole('img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems(), []);
  await context.close();
});
