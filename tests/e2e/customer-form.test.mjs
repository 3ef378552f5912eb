// Creating and editing customers against the real server: validation, server errors,
// version conflicts between two browsers, and rights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, createCustomer, signIn } from './support/session.mjs';
import { field } from './support/form.mjs';

const env = serverAndBrowser({ args: ['--demo', '20'] });

test('a new customer is created and shown with a notice', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
  await field(page, 'First name').fill('Eva');
  await field(page, 'Last name').fill('Testová');
  await field(page, 'Email').fill('eva.testova@example.sk');
  await field(page, 'Discount rate').fill('12,5');
  await page.getByRole('checkbox', { name: 'Company' }).check();
  await field(page, 'Company name').fill('Testová s.r.o.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eva Testová' }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: 'Eva Testová saved.' }).count(), 1);
  await page.getByText('12.5%').waitFor();
  await page.getByText('Testová s.r.o.').waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('invalid input is reported next to each field, tied to it, and nothing is sent', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/new`);
  await signIn(page, 'admin');
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/customers') && posts.push(r));
  await field(page, 'Last name').fill('Chybná');
  await field(page, 'Email').fill('not-an-email');
  await field(page, 'Discount rate').fill('150');
  await field(page, 'Expiration time').fill('2020-01-01T10:00');
  await field(page, 'Activation time').fill('2021-01-01T10:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' }).waitFor();

  const email = field(page, 'Email');
  const describedBy = await email.getAttribute('aria-describedby');
  assert.equal(await page.locator(`[id="${describedBy}"]`).textContent(), 'Not a valid e-mail address.');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.equal(await email.inputValue(), 'not-an-email');
  const discountErrorId = (await field(page, 'Discount rate').getAttribute('aria-describedby')).split(' ').at(-1);
  assert.equal(await page.locator(`[id="${discountErrorId}"]`).textContent(), 'Must be between 0 and 100.');
  const expirationErrorId = await field(page, 'Expiration time').getAttribute('aria-describedby');
  assert.match(await page.locator(`[id="${expirationErrorId}"]`).textContent(), /later than the activation time/);
  assert.equal(posts.length, 0);
  await context.close();
});

test('editing saves the change and keeps the version moving', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Peter', lastName: 'Upravený', phone: '+421 900 111 222' });
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${customer.id}`);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Peter Upravený' }).waitFor();
  const put = page.waitForRequest((r) => r.method() === 'PUT');
  await field(page, 'Phone').fill('+421 900 333 444');
  await page.getByRole('button', { name: 'Save' }).click();
  assert.equal(JSON.parse((await put).postData())._v, customer._v);
  await page.getByRole('heading', { level: 1, name: 'Peter Upravený' }).waitFor();
  await page.getByText('+421 900 333 444').waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a version conflict keeps my typing, says what they changed, and can overwrite', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Konflikt', lastName: 'Dvojitý', phone: '+421 900 000 001' });
  const mine = await openPage(env.browser);
  const theirs = await openPage(env.browser);
  for (const { page } of [mine, theirs]) {
    await page.goto(`${env.server.url}/customers/${customer.id}/edit`);
    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Edit Konflikt Dvojitý' }).waitFor();
  }
  await field(theirs.page, 'Phone').fill('+421 900 000 002');
  await theirs.page.getByRole('button', { name: 'Save' }).click();
  await theirs.page.getByRole('heading', { level: 1, name: 'Konflikt Dvojitý' }).waitFor();

  await field(mine.page, 'Note').fill('Moja poznámka');
  await mine.page.getByRole('button', { name: 'Save' }).click();
  const alert = mine.page.getByRole('alert').filter({ hasText: 'Someone else changed this customer' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /They changed: Phone\./);
  assert.equal(await field(mine.page, 'Note').inputValue(), 'Moja poznámka');

  await alert.getByRole('button', { name: 'Overwrite with mine' }).click();
  await mine.page.getByRole('heading', { level: 1, name: 'Konflikt Dvojitý' }).waitFor();
  await mine.page.getByText('Moja poznámka').waitFor();
  await mine.context.close();
  await theirs.context.close();
});

test('after a conflict, "Reload theirs" shows the stored version', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Znovu', lastName: 'Načítaný', city: 'Žilina' });
  const mine = await openPage(env.browser);
  await mine.page.goto(`${env.server.url}/customers/${customer.id}/edit`);
  await signIn(mine.page, 'admin');
  await mine.page.getByRole('heading', { level: 1, name: 'Edit Znovu Načítaný' }).waitFor();

  const update = await apiRequest(env.server.url, 'PUT', `/customers/${customer.id}`, { ...customer, email: 'ich@example.sk' });
  assert.equal(update.status, 200);

  await field(mine.page, 'First name').fill('Moje');
  await mine.page.getByRole('button', { name: 'Save' }).click();
  const alert = mine.page.getByRole('alert').filter({ hasText: 'Someone else changed this customer' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /They changed: Email\./);
  await alert.getByRole('button', { name: 'Reload theirs' }).click();
  assert.equal(await field(mine.page, 'Email').inputValue(), 'ich@example.sk');
  assert.equal(await field(mine.page, 'First name').inputValue(), 'Znovu');
  await mine.context.close();
});

test('a clerk cannot change rates; a viewer cannot save', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Práva', lastName: 'Obmedzené' });
  const clerk = await openPage(env.browser);
  await clerk.page.goto(`${env.server.url}/customers/${customer.id}/edit`);
  await signIn(clerk.page, 'clerk');
  await clerk.page.getByRole('heading', { level: 1, name: 'Edit Práva Obmedzené' }).waitFor();
  assert.ok(await field(clerk.page, 'Discount rate').isDisabled());
  assert.ok(await field(clerk.page, 'Credit rate').isDisabled());
  assert.ok(await clerk.page.getByRole('button', { name: 'Save' }).isEnabled());
  await clerk.context.close();

  const viewer = await openPage(env.browser);
  await viewer.page.goto(`${env.server.url}/customers/${customer.id}/edit`);
  await signIn(viewer.page, 'viewer');
  await viewer.page.getByRole('heading', { level: 1, name: 'Edit Práva Obmedzené' }).waitFor();
  assert.ok(await viewer.page.getByRole('button', { name: 'Save' }).isDisabled());
  await viewer.page.getByText('You cannot change customers').waitFor();
  await viewer.context.close();
});

test('a user whose only right is PORTOS\'s "admin" may do everything', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Majiteľ', lastName: 'Obchodu' });
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'owner', { remember: true });
  await page.getByRole('button', { name: 'Import CSV' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'New customer' }).count(), 1);
  await page.goto(`${env.server.url}/customers/${customer.id}/edit`);
  await page.getByRole('heading', { level: 1, name: 'Edit Majiteľ Obchodu' }).waitFor();
  await field(page, 'Discount rate').fill('15');
  await field(page, 'Credit rate').fill('2');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Majiteľ Obchodu' }).waitFor();
  const stored = (await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`)).body;
  assert.deepEqual([stored.discountRate, stored.creditRate], [15, 2]);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete customer?' }).getByRole('button', { name: 'Delete' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('in Bratislava in winter, a summer date is saved with summer time, and shows as typed', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Letný', lastName: 'Čas' });
  const { context, page, problems } = await openPage(env.browser, { timezoneId: 'Europe/Bratislava' });
  // Today's offset is whatever the date of this run has; the two dates are on either side of a change.
  await page.goto(`${env.server.url}/customers/${customer.id}/edit`);
  await signIn(page, 'admin');
  await field(page, 'Activation time').fill('2026-12-01T10:00');
  await field(page, 'Expiration time').fill('2027-07-15T10:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Letný Čas' }).waitFor();
  const stored = (await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`)).body;
  assert.deepEqual([new Date(stored.activationTime).toISOString(), new Date(stored.expirationTime).toISOString()], ['2026-12-01T09:00:00.000Z', '2027-07-15T08:00:00.000Z']);
  await page.getByRole('link', { name: 'Edit' }).click();
  assert.equal(await field(page, 'Activation time').inputValue(), '2026-12-01T10:00');
  assert.equal(await field(page, 'Expiration time').inputValue(), '2027-07-15T10:00');
  assert.deepEqual(problems(), []);
  await context.close();
});
