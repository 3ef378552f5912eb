// Drafts: a form with unsaved changes is kept in the tab's sessionStorage, so a reload
// (or leaving the app in that tab and coming back) offers the typing back; over a customer
// someone saved since, the offer names the fields both changed. Save, Discard and
// sign-out clear the draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, createCustomer } from './support/session.mjs';
import { field, openEditor } from './support/form.mjs';

const env = serverAndBrowser({ args: ['--demo', '5'] });

const offer = (page) => page.getByRole('status').filter({ hasText: /Restore your unsaved changes from \d\d:\d\d\?/ });

/** Types and waits until the draft holding it has been written (at most half a second behind). */
async function typeInto(page, name, text) {
  await field(page, name).fill(text);
  await draftHolds(page, text);
}

async function draftHolds(page, text) {
  await page.waitForFunction(
    (typed) => Object.keys(sessionStorage).some((key) => key.startsWith('customer-desk.draft.') && sessionStorage.getItem(key).includes(typed)),
    JSON.stringify(text).slice(1, -1),
  );
}

test('a reload offers the typing back; Restore brings it, and Save clears the draft', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Rozpísaná', lastName: 'Poznámka' });
  const { context, page, problems } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer, { remember: true });
  await typeInto(page, 'Note', 'Typed before the reload');
  await typeInto(page, 'Phone', '+421 911 000 111');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Edit Rozpísaná Poznámka' }).waitFor();
  await offer(page).waitFor();
  assert.equal(await field(page, 'Note').inputValue(), '', 'nothing is restored before the user says so');
  await offer(page).getByRole('button', { name: 'Restore' }).click();
  assert.equal(await field(page, 'Note').inputValue(), 'Typed before the reload');
  assert.equal(await field(page, 'Phone').inputValue(), '+421 911 000 111');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rozpísaná Poznámka', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Rozpísaná Poznámka' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await offer(page).count(), 0, 'a saved form leaves no draft');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('leaving the app in the tab and coming back offers the draft too; Discard drops it', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Odbehnutá', lastName: 'Karta' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer);
  await typeInto(page, 'City', 'Trnava');
  await page.goto('about:blank');
  await openEditor(page, env.server.url, customer);
  await offer(page).waitFor();
  await offer(page).getByRole('button', { name: 'Discard' }).click();
  assert.equal(await field(page, 'City').inputValue(), '');
  await page.reload();
  await openEditor(page, env.server.url, customer);
  await page.waitForTimeout(300);
  assert.equal(await offer(page).count(), 0, 'discarded for good');
  await context.close();
});

test('a draft over a customer someone saved since names the fields both changed and keeps theirs elsewhere', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Súbežná', lastName: 'Úprava', phone: '0900 000 000' });
  const { context, page, problems } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer, { remember: true });
  await typeInto(page, 'Phone', '0911 111 111');
  const { body: stored } = await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`);
  const theirs = await apiRequest(env.server.url, 'PUT', `/customers/${customer.id}`, { ...stored, phone: '0922 222 222', email: 'ine@example.sk' });
  assert.equal(theirs.status, 200);
  await page.reload();
  await offer(page).waitFor();
  assert.match(await offer(page).innerText(), /Someone else has saved this customer since\. You both changed: Phone\./);
  await offer(page).getByRole('button', { name: 'Restore' }).click();
  assert.equal(await field(page, 'Phone').inputValue(), '0911 111 111', 'the draft wins where both changed');
  assert.equal(await field(page, 'Email').inputValue(), 'ine@example.sk', 'their change elsewhere stays');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Súbežná Úprava', exact: true }).waitFor();
  const { body: saved } = await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`);
  assert.deepEqual([saved.phone, saved.email, saved._v], ['0911 111 111', 'ine@example.sk', 3]);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('signing out leaves no draft behind', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Odhlásená', lastName: 'Zmena' });
  const { context, page } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer, { remember: true });
  await typeInto(page, 'Note', 'private typing');
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('draft')).length), 0);
  await openEditor(page, env.server.url, customer, { remember: true });
  await page.waitForTimeout(300);
  assert.equal(await offer(page).count(), 0);
  await context.close();
});

test('a draft restored after someone changed the cards edits the same card, keeps their changes, and never another card', async () => {
  const customer = await createCustomer(env.server.url, {
    firstName: 'Dve', lastName: 'Karty',
    cards: [{ serialNumber: 'DRAFT-1', note: 'first' }, { serialNumber: 'DRAFT-2', note: 'second' }],
  });
  const { context, page, problems } = await openPage(env.browser);
  await openEditor(page, env.server.url, customer, { remember: true });
  await typeInto(page, 'Card 2 comment', 'lost, replaced');
  // Meanwhile at the till: the first card removed, the second given an expiration, a third added.
  const stored = (await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`)).body;
  const expiration = '2030-01-01T00:00:00Z';
  const changed = { ...stored, cards: [{ ...stored.cards[1], expirationTime: expiration }, { ...stored.cards[1], serialNumber: 'DRAFT-3', note: 'third' }] };
  assert.equal((await apiRequest(env.server.url, 'PUT', `/customers/${customer.id}`, changed)).status, 200);
  await page.reload();
  await offer(page).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dve Karty', exact: true }).waitFor();
  const saved = (await apiRequest(env.server.url, 'GET', `/customers/${customer.id}`)).body;
  const cards = saved.cards.map((card) => [card.serialNumber, card.note, card.expirationTime && new Date(card.expirationTime).toISOString()]);
  assert.deepEqual(cards, [
    ['DRAFT-2', 'lost, replaced', '2030-01-01T00:00:00.000Z'],
    ['DRAFT-3', 'third', null],
  ]);
  assert.deepEqual(problems(), []);
  await context.close();
});
