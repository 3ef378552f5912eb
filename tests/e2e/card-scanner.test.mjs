// Keyboard-wedge card scanners: a card's serial typed faster than a person types, ending
// in Enter, finds its customer from the list, the Search box or any page; an unknown card
// offers a new customer with it; a person's typing, and anything typed on a form, is not
// a scan. Driven with page.keyboard.type at a few milliseconds per key, as a scanner types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, openSignedIn } from './support/session.mjs';
import { table } from './support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '60'] });

/** A demo customer with exactly one card, and that card's serial. */
async function cardHolder() {
  const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=100');
  const customer = body.items.find((c) => c.cards?.length === 1);
  assert.ok(customer, 'the demo data has a customer with one card');
  return { serial: customer.cards[0].serialNumber, id: customer.id };
}

/** Waits until the customer's own page shows. */
async function onCustomerPage(page, id) {
  await page.waitForURL((url) => url.pathname === `/customers/${id}`);
  await page.getByRole('link', { name: 'Edit' }).waitFor();
}

/** What a wedge scanner sends: the code a few ms per key, then Enter. */
async function scan(page, code) {
  await page.keyboard.type(code, { delay: 4 });
  await page.keyboard.press('Enter');
}

test('a card scanned on the list opens its customer, from the page or from Search', async () => {
  const holder = await cardHolder();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers');
  await table(page).getByRole('row').nth(1).waitFor();
  await scan(page, holder.serial);
  await onCustomerPage(page, holder.id);

  await page.goBack();
  await page.getByRole('searchbox', { name: 'Search' }).click();
  await scan(page, holder.serial);
  await onCustomerPage(page, holder.id);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an unknown card says so and offers a new customer with that card', async () => {
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers');
  await table(page).getByRole('row').nth(1).waitFor();
  await scan(page, 'CARD-9999999-9');
  const notice = page.getByRole('status').filter({ hasText: 'No customer has card CARD-9999999-9' });
  await notice.waitFor();
  await page.getByRole('button', { name: 'New customer with this card' }).click();
  await page.getByRole('textbox', { name: 'Card 1 serial number' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Card 1 serial number' }).inputValue(), 'CARD-9999999-9');
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Skenovaná');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Skenovaná' }).waitFor();
  const { body } = await apiRequest(env.server.url, 'GET', `/customers?CardSerialNumber=eq:CARD-9999999-9`);
  assert.equal(body.items.length, 1, 'the new customer holds the card');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('in Slovak, an unknown card is named in Slovak', async () => {
  // Signed in in English and remembered, so the session outlives the reload into Slovak.
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers', { remember: true });
  await table(page).getByRole('row').nth(1).waitFor();
  await page.goto(`${env.server.url}/customers?lang=sk`);
  await page.getByRole('table', { name: 'Zákazníci' }).getByRole('row').nth(1).waitFor();
  await scan(page, 'KARTA-0001');
  await page.getByRole('status').filter({ hasText: 'Žiadny zákazník nemá kartu KARTA-0001' }).waitFor();
  await page.getByRole('button', { name: 'Nový zákazník s touto kartou' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a person's typing is not a scan", async () => {
  const holder = await cardHolder();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers');
  await table(page).getByRole('row').nth(1).waitFor();
  const list = page.url();
  await page.keyboard.type(holder.serial, { delay: 90 });
  await page.keyboard.press('Enter');
  // A scan right after: its answer comes after the slow typing's would have.
  await scan(page, 'CARD-0000000-X');
  await page.getByRole('status').filter({ hasText: 'No customer has card CARD-0000000-X' }).waitFor();
  assert.equal(page.url(), list, 'the typing did not open the customer');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a scan never leaves a form being edited: its Enter does not submit, its text stays typed', async () => {
  const holder = await cardHolder();
  const before = (await apiRequest(env.server.url, 'GET', `/customers/${holder.id}`)).body;
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${holder.id}/edit`);
  const externalId = page.getByRole('textbox', { name: 'External ID', exact: true });
  await externalId.waitFor();
  await page.getByRole('heading', { level: 1 }).click();
  await scan(page, holder.serial);
  await externalId.fill('');
  await externalId.click();
  await scan(page, 'EXT-4711');
  // Had the scanner's Enter submitted the form, it would be gone by now.
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('after the scans');
  assert.equal(await externalId.inputValue(), 'EXT-4711');
  assert.ok(page.url().endsWith('/edit'), page.url());
  await page.getByRole('button', { name: 'Save' }).click();
  await onCustomerPage(page, holder.id);
  const after = (await apiRequest(env.server.url, 'GET', `/customers/${holder.id}`)).body;
  assert.equal(after._v, before._v + 1, 'saved once, by the Save button');
  assert.equal(after.externalId, 'EXT-4711');
  assert.equal(after.note, 'after the scans');
  assert.deepEqual(problems(), []);
  await context.close();
});
