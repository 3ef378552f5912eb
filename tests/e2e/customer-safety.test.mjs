// Nothing is ever lost: unsaved-changes guard, undo after delete, a network failure and
// an ended session in the middle of a save.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { createCustomer, signIn } from './support/session.mjs';
import { field, openEditor } from './support/form.mjs';

const env = serverAndBrowser({ args: ['--demo', '10'] });

const unauthorized = { status: 401, contentType: 'application/problem+json', body: '{"title":"Unauthorized","status":401,"errorCode":1}' };

test('leaving a changed form asks first; reverting the edit by hand removes the question', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Opatrná', lastName: 'Zmena', city: 'Nitra' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  const questions = [];
  page.on('dialog', async (dialog) => {
    questions.push(dialog.message());
    await dialog.dismiss();
  });

  await field(page, 'First name').fill('Iná');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  assert.deepEqual(questions, ['You have unsaved changes. Leave without saving?']);
  assert.match(page.url(), /\/edit$/);
  assert.equal(await field(page, 'First name').inputValue(), 'Iná');

  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(questions.length, 2);
  assert.match(page.url(), /\/edit$/);

  await field(page, 'First name').fill('Opatrná');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  assert.equal(questions.length, 2);
  await context.close();
});

test("the browser's Back button asks too, and staying keeps the typing", async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Späťová', lastName: 'Šípka' });
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${customer.id}`);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Edit' }).click();
  await field(page, 'First name').fill('Iná');
  const questions = [];
  let answer = false;
  page.on('dialog', async (dialog) => {
    questions.push(dialog.message());
    await (answer ? dialog.accept() : dialog.dismiss());
  });

  await page.evaluate(() => history.back());
  await page.waitForTimeout(300);
  assert.deepEqual(questions, ['You have unsaved changes. Leave without saving?']);
  assert.match(page.url(), /\/edit$/);
  assert.equal(await field(page, 'First name').inputValue(), 'Iná');

  answer = true;
  await page.evaluate(() => history.back());
  await page.getByRole('heading', { level: 1, name: 'Späťová Šípka', exact: true }).waitFor();
  assert.equal(questions.length, 2);
  assert.equal(page.url(), `${env.server.url}/customers/${customer.id}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a deleted customer can be brought back with Undo', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Vrátená', lastName: 'Späť', email: 'spat@example.sk' });
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${customer.id}`);
  await signIn(page, 'admin');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete customer?' }).getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  const notice = page.getByRole('status').filter({ hasText: 'Vrátená Späť deleted.' });
  await notice.waitFor();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await page.waitForURL(`${env.server.url}/customers/${customer.id}`);
  await page.getByRole('heading', { level: 1, name: 'Vrátená Späť' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Vrátená Späť restored.' }).waitFor();
  await page.getByText('spat@example.sk').waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a network failure during save keeps the form, and saving again works', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Sieť', lastName: 'Výpadok' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  await field(page, 'Note').fill('Dôležitá poznámka');
  await page.route(`**/api/customers/${customer.id}`, (route) =>
    route.request().method() === 'PUT' ? route.abort('connectionreset') : route.continue(),
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'could not be reached' }).waitFor();
  assert.equal(await field(page, 'Note').inputValue(), 'Dôležitá poznámka');

  await page.unroute(`**/api/customers/${customer.id}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sieť Výpadok' }).waitFor();
  await page.getByText('Dôležitá poznámka').waitFor();
  await context.close();
});

test('a session that ends mid-edit is renewed in a dialog and the save goes through', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Dlhé', lastName: 'Písanie' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  await field(page, 'Phone').fill('+421 911 222 333');
  await page.route(`**/api/customers/${customer.id}`, (route) =>
    route.request().method() === 'PUT' ? route.fulfill(unauthorized) : route.continue(),
    { times: 1 },
  );
  await page.route('**/api/auth/refresh', (route) => route.fulfill(unauthorized), { times: 1 });
  await page.getByRole('button', { name: 'Save' }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await dialog.waitFor();
  assert.equal(await field(page, 'Phone').inputValue(), '+421 911 222 333');
  await dialog.getByRole('textbox', { name: 'Password' }).fill('admin');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dlhé Písanie' }).waitFor();
  await page.getByText('+421 911 222 333').waitFor();
  await context.close();
});

test("the server's field errors land on their fields, and a 403 names the missing right", async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Server', lastName: 'Chyby' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  await page.route(`**/api/customers/${customer.id}`, (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 400,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            title: 'Validation failed', status: 400, errorCode: 3,
            errors: [{ memberName: 'Company.VatId', message: 'This VAT ID is already used.', code: 'Unique' }],
          }),
        })
      : route.continue(),
    { times: 1 },
  );
  await page.getByRole('checkbox', { name: 'Company' }).check();
  await field(page, 'Company name').fill('Chyby s.r.o.');
  await field(page, 'VAT ID').fill('SK2020000000');
  await page.getByRole('button', { name: 'Save' }).click();
  const vat = field(page, 'VAT ID');
  await page.getByText('This VAT ID is already used.').waitFor();
  assert.equal(await page.locator(`[id="${await vat.getAttribute('aria-describedby')}"]`).textContent(), 'This VAT ID is already used.');
  assert.equal(await vat.inputValue(), 'SK2020000000');

  await page.route(`**/api/customers/${customer.id}`, (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Forbidden', status: 403, errorCode: 2, detail: 'The CustomerSetDiscount right is required.' }),
        })
      : route.continue(),
    { times: 1 },
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'Not allowed: The CustomerSetDiscount right is required.' }).waitFor();
  await context.close();
});
