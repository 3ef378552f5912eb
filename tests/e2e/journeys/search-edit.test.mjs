// A clerk finds a customer by what they have at hand (the whole name, the card, the External
// ID), opens them, edits and saves, and comes back to the same search showing the change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from '../support/browser.mjs';
import { signIn } from '../support/session.mjs';
import { portosApi, rangeStatus, rowIds, table, until, urlParams } from '../support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '300'] });

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function search(page, text) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(text);
  await until(() => urlParams(page).search, (value) => value === text, `the address has the search ${text}`);
}

test('search by whole name, card and External ID; open, edit, save and back to the search', async () => {
  const api = portosApi(env.server.url);
  const { items } = await api.view({ CardSerialNumber: 'notnull', ExternalId: 'notnull' }, 1, 100);
  const target = items.find((c) => c.firstName && c.lastName && c.email);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  await table(page).getByRole('rowheader').first().waitFor();

  // The whole name: every row matches both words, and the total is what is listed.
  const fullName = `${target.firstName} ${target.lastName}`;
  await search(page, fullName);
  const ids = await until(() => rowIds(page), (shown) => shown.includes(target.id), 'the customer is found by the whole name');
  const everyone = (await api.call('GET', '/customers?$take=1000')).body.items;
  const expected = everyone.filter((c) => [target.firstName, target.lastName].every((word) =>
    [c.firstName, c.lastName, c.fullName, c.company?.name, c.company?.vatId, c.company?.taxId, c.note].some((field) => field && fold(field).includes(fold(word)))));
  assert.deepEqual(new Set(ids.slice(0, 25)), new Set(expected.map((c) => c.id).slice(0, 25)));
  await until(() => rangeStatus(page).textContent(), (text) => text.endsWith(`of ${expected.length}`), 'an honest total');

  // A whole card number and an External ID find the customer too, first.
  await search(page, target.cards[0].serialNumber);
  await until(() => rowIds(page), (shown) => shown[0] === target.id, 'found by the card');
  await search(page, target.externalId);
  await until(() => rowIds(page), (shown) => shown[0] === target.id, 'found by the External ID');

  // What the POS server cannot search is said under the box.
  await page.getByRole('searchbox', { name: 'Search' }).fill(target.email);
  await page.getByText('Email addresses are not searched').waitFor();

  // Open, edit, save, back: the search shows the change.
  await search(page, fullName);
  await until(() => rowIds(page), (shown) => shown.includes(target.id), 'found again');
  await table(page).getByRole('link', { name: fullName, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  const renamed = `${target.firstName}ka`;
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill(renamed);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: `${renamed} ${target.lastName}` }).waitFor();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click();
  assert.equal(urlParams(page).search, fullName, 'the same search');
  await table(page).getByRole('link', { name: `${renamed} ${target.lastName}`, exact: true }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});
