// The parts of a customer beyond the basics: cards (add, deactivate, make virtual, give a
// validity and a note, remove, a serial number another customer holds), the delivery
// address, the company registration number and the credit history, edited in the form
// and shown on the detail page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, createCustomer, signIn } from './support/session.mjs';
import { field, openEditor, save, section } from './support/form.mjs';

const env = serverAndBrowser({ args: ['--demo', '10'] });

test('cards are added, deactivated, made virtual and removed in the form, keeping the fields it does not own', async () => {
  const customer = await createCustomer(env.server.url, {
    firstName: 'Karta', lastName: 'Držiteľka',
    cards: [{ serialNumber: 'E2E-CARD-1', processor: 'P', externalId: 'ext-1', meta: { issuer: 'shop' } }],
  });
  const { context, page, problems } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  assert.equal(await field(page, 'Card 1 serial number').inputValue(), 'E2E-CARD-1');
  await page.getByRole('button', { name: 'Add card' }).click();
  const second = field(page, 'Card 2 serial number');
  assert.ok(await second.evaluate((el) => el === document.activeElement), 'the new card has focus');
  await second.fill('E2E-CARD-2');
  assert.ok(await page.getByRole('checkbox', { name: 'Card 2 enabled' }).isChecked(), 'a new card is active');
  // The customer's own "Active" and "Note" stay the only controls of those names, even
  // matched loosely (as Playwright matches names by default).
  assert.equal(await page.getByRole('checkbox', { name: 'Active' }).count(), 1);
  assert.equal(await page.getByRole('textbox', { name: 'Note' }).count(), 1);
  await page.getByRole('checkbox', { name: 'Card 2 virtual' }).check();
  await page.getByRole('textbox', { name: 'Card 2 comment' }).fill('Issued at the till');
  await page.getByLabel('Card 2 valid until').fill('2030-06-30T18:00');
  await page.getByRole('checkbox', { name: 'Card 1 enabled' }).uncheck();
  await save(page, 'Karta Držiteľka');

  const cards = section(page, 'Cards').getByRole('listitem');
  assert.equal(await cards.count(), 2);
  assert.match(await cards.nth(0).innerText(), /E2E-CARD-1\s*Inactive/);
  const secondText = await cards.nth(1).innerText();
  for (const part of [/E2E-CARD-2\s*Active/, /Virtual/, /Valid until 30\/06\/2030/, /Issued at the till/]) assert.match(secondText, part);
  const { body: saved } = await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`);
  assert.deepEqual(
    { ...saved.cards[0], status: undefined },
    { ...customer.cards[0], isActive: false, status: undefined },
    'only Active changed on card 1; processor, externalId and meta are as they were',
  );

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Remove card 1' }).click();
  assert.equal(await field(page, 'Card 1 serial number').inputValue(), 'E2E-CARD-2');
  await save(page, 'Karta Držiteľka');
  assert.equal(await section(page, 'Cards').getByRole('listitem').count(), 1);
  const { body } = await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`);
  assert.deepEqual(body.cards.map((card) => [card.serialNumber, card.isActive, card.isVirtual, card.note]), [['E2E-CARD-2', true, true, 'Issued at the till']]);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a card serial number another customer holds is refused on that card's row", async () => {
  await createCustomer(env.server.url, { firstName: 'Prvý', lastName: 'Majiteľ', cards: [{ serialNumber: 'TAKEN-77' }] });
  const customer = await createCustomer(env.server.url, { firstName: 'Druhý', lastName: 'Záujemca' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  await page.getByRole('button', { name: 'Add card' }).click();
  const card = field(page, 'Card 1 serial number');
  await card.fill('TAKEN-77');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => document.getElementById('card-0')?.getAttribute('aria-invalid') === 'true');
  const describedBy = await card.getAttribute('aria-describedby');
  assert.ok((await page.locator(`#${describedBy}`).textContent()).length > 0);
  assert.equal(await card.inputValue(), 'TAKEN-77', 'the typing stays');
  assert.ok(await card.evaluate((el) => el === document.activeElement), 'focus moves to the card');
  await context.close();
});

test('delivery address and company registration number are edited and shown', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Dodacia', lastName: 'Adresa', isCompany: true, company: { name: 'Adresa s.r.o.' } });
  const { context, page, problems } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  await field(page, 'Company registration number').fill('36123456');
  await field(page, 'Delivery street').fill('Skladová 7');
  await field(page, 'Delivery city').fill('Prešov');
  await field(page, 'Delivery postal code').fill('080 01');
  await field(page, 'Delivery country').fill('SK');
  await save(page, 'Dodacia Adresa');
  assert.match(await section(page, 'Company').innerText(), /Company registration number\s*36123456/);
  const delivery = await section(page, 'Delivery address').innerText();
  for (const text of ['Skladová 7', 'Prešov', '080 01']) assert.ok(delivery.includes(text), `${text} in ${delivery}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the credit history lists each change of credit, newest first', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Kreditná', lastName: 'História', credit: { amount: 50, currencyLabel: null } });
  const { body: current } = await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`);
  await apiRequest(env.server.url, 'PUT', `/customers/${customer.id}`, { ...current, credit: { amount: 20, currencyLabel: null } });
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${customer.id}`);
  await signIn(page, 'admin');
  const history = page.getByRole('table', { name: 'Credit history' });
  await history.waitFor();
  const rows = history.getByRole('row');
  assert.equal(await rows.count(), 3); // header + 2 changes
  assert.match(await rows.nth(1).innerText(), /-€30\.00\s+€20\.00/);
  assert.match(await rows.nth(2).innerText(), /\+€50\.00\s+€50\.00/);
  assert.deepEqual(problems(), []);
  await context.close();
});
