// Against a PORTOS newer than its documentation (the server's --wire-extras: fields the
// documentation does not name on every customer, card and credit change, integers for
// decimals, null lists, date-times with fractions, "Suspended" and "Blocked" statuses),
// every page works, and a save sends back everything that was read: editing one field
// changes that field on the server and no other byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, openSignedIn } from './support/session.mjs';
import { field, section } from './support/form.mjs';

const env = serverAndBrowser({ args: ['--demo', '60', '--wire-extras'] });

/** Every demo customer as the server sends it. */
async function allCustomers() {
  const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=100');
  return body.items;
}

/** The customer as the server sends it, as text (key order and number spelling included). */
async function rawCustomer(id) {
  const { body } = await apiRequest(env.server.url, 'GET', `/customers/${encodeURIComponent(id)}`);
  return body;
}

/** A demo customer with cards and a credit history (and `extra`). */
async function customerWith(extra) {
  const found = (await allCustomers()).find((c) => Array.isArray(c.cards) && c.cards.length > 0 && Array.isArray(c.creditTransactions) && extra(c));
  assert.ok(found, 'the demo data has such a customer');
  return found;
}

/** A demo customer with every part: meta, cards, a credit history and two addresses. */
const richCustomer = (extra = () => true) => customerWith((c) => c.meta && c.address && c.deliveryAddress && extra(c));

test('the list, search, sorting and paging show every customer such a server sends', async () => {
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers');
  const table = page.getByRole('table', { name: 'Customers' });
  await page.getByRole('status').filter({ hasText: '1–25 of 60' }).waitFor();
  assert.equal(await table.getByRole('row').count(), 26);
  assert.equal(await page.getByRole('alert').count(), 0, 'no record was unreadable');

  await page.getByRole('searchbox', { name: 'Search' }).fill('ová');
  const { body: matching } = await apiRequest(env.server.url, 'GET', '/customers?Search=ov%C3%A1&$count=true');
  await page.getByRole('status').filter({ hasText: `of ${matching.totalCount}` }).waitFor();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('status').filter({ hasText: '1–25 of 60' }).waitFor();

  await table.getByRole('button', { name: 'Discount rate' }).click();
  await table.locator('th[aria-sort=ascending]').waitFor();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('status').filter({ hasText: '26–50 of 60' }).waitFor();
  await page.goBack();
  await page.getByRole('status').filter({ hasText: '1–25 of 60' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the detail page shows the documented fields, the credit in its currency and statuses it does not know', async () => {
  const customer = await customerWith((c) => c.cards.some((card) => card.status === 'Blocked') && c.credit.currencyLabel === 'EUR');
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${customer.id}`);
  await page.getByRole('heading', { level: 1, name: customer.fullName, exact: true }).waitFor();
  const cards = await section(page, 'Cards').innerText();
  assert.match(cards, /Blocked \(Lost\)/, 'an unknown card status is shown as the server wrote it, with its reason');
  const credit = await section(page, 'Rates and credit').innerText();
  assert.match(credit, /€/, `the credit in its currencyLabel (EUR): ${credit}`);
  const history = page.getByRole('table', { name: 'Credit history' });
  assert.equal(await history.getByRole('row').count(), Math.min(customer.creditTransactions.length, 10) + 1);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('editing the note changes the note on the server and nothing else', async () => {
  const customer = await richCustomer();
  const before = await rawCustomer(customer.id);
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${customer.id}/edit`);
  await page.getByRole('heading', { level: 1, name: `Edit ${customer.fullName}` }).waitFor();
  const bodies = [];
  page.on('request', (request) => request.method() === 'PUT' && bodies.push(request.postData()));
  await field(page, 'Note').fill('Edited through the app');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: customer.fullName, exact: true }).waitFor();

  const expected = { ...before, note: 'Edited through the app', _v: before._v + 1 };
  assert.equal(JSON.stringify(await rawCustomer(customer.id)), JSON.stringify(expected));
  const sent = JSON.parse(bodies[0]);
  assert.equal(JSON.stringify(sent), JSON.stringify({ ...before, note: 'Edited through the app' }), 'the body was the record as read, one field changed');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a new customer is sent in the documented shape, without an id', async () => {
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers/new');
  await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
  const posted = [];
  page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/api/customers') && posted.push(JSON.parse(request.postData())));
  await field(page, 'First name').fill('Nová');
  await field(page, 'Last name').fill('Zákazníčka');
  await page.getByRole('button', { name: 'Add card' }).click();
  await field(page, 'Card 1 serial number').fill('WIRE-NEW-1');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nová Zákazníčka', exact: true }).waitFor();

  const [body] = posted;
  assert.equal('id' in body, false, 'no empty id');
  assert.deepEqual(body.credit, { amount: 0, currencyLabel: null });
  assert.deepEqual(Object.keys(body.cards[0]), ['externalId', 'isActive', 'isVirtual', 'serialNumber', 'processor', 'status', 'statusTime', 'statusReason', 'activationTime', 'expirationTime', 'note', 'meta']);
  const id = new URL(page.url()).pathname.split('/').pop();
  const stored = await rawCustomer(decodeURIComponent(id));
  assert.equal(stored.cards[0].serialNumber, 'WIRE-NEW-1');
  assert.ok(stored.loyaltyTier, 'the server added what it adds to every customer');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Undo of a delete loses nothing: the customer was never deleted, unknown fields and credit history included', async () => {
  const customer = await richCustomer((c) => c.id !== undefined && c.note === null);
  const before = await rawCustomer(customer.id);
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${customer.id}`);
  await page.getByRole('heading', { level: 1, name: customer.fullName, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { level: 1, name: customer.fullName, exact: true }).waitFor();

  // The delete was held for Undo, so nothing was re-created: the same version, the same
  // credit history, every field as it was.
  const restored = await rawCustomer(customer.id);
  assert.equal(JSON.stringify(restored), JSON.stringify(before));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an account in overdraft, which the app would not write itself, still saves a change of its note', async () => {
  const customer = (await allCustomers()).find((c) => c.credit?.amount < 0);
  assert.ok(customer, 'the demo data has an account in overdraft');
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${encodeURIComponent(customer.id)}/edit`);
  await field(page, 'Note').fill('Zaplatí v piatok');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: customer.fullName, exact: true }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  const stored = await rawCustomer(customer.id);
  assert.equal(stored.note, 'Zaplatí v piatok');
  assert.deepEqual(stored.credit, customer.credit, 'the balance as it was');
  assert.deepEqual(stored.creditTransactions, customer.creditTransactions, 'no credit movement booked');
  assert.deepEqual(problems(), []);
  await context.close();
});
