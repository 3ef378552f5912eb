// Never the same customer twice, in an import: rows that would create a customer who already
// exists (the same email, phone, card, CRN or VAT ID) are listed under "Possible
// duplicates" before anything is sent, and skipped unless the user chooses otherwise, for
// all of them or row by row ("Create anyway", "Update <name>"). Against servers as stingy
// as the documentation allows: a PORTOS newer than its documentation (--wire-extras), a
// DealPOS whose list items carry only the documented keys.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { apiRequest, keepSession, signInDealpos } from './support/session.mjs';
import { chooseCsv, dealposApi, importDialog, showList, table } from './support/list.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { translator } from './support/i18n.mjs';

let portos;
let slow;
let dealpos;
let browser;

before(async () => {
  [portos, slow, dealpos, browser] = await Promise.all([
    startServer({ args: ['--demo', '40', '--wire-extras'] }),
    // Every request waits, so the import is started before the preview's check is through.
    startServer({ args: ['--demo', '40', '--fault', '/api/customers:latency=150'] }),
    startServer({
      config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' },
      args: ['--demo', '30', '--dealpos-documented-list', '--dealpos-rate-limit', '5000/180'],
    }),
    launchBrowser(),
  ]);
});

after(async () => {
  await browser?.close();
  await Promise.all([portos?.stop(), slow?.stop(), dealpos?.stop()]);
});

const everyone = async (url) => (await apiRequest(url, 'GET', '/customers?$take=1000')).body.items;
const nameOf = (c) => `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim();

/** Demo people (not companies) with an email, a last name and one card, each a distinct last name. */
async function people(url, count) {
  const found = [];
  for (const c of await everyone(url)) {
    if (!c.isCompany && c.email && c.firstName && c.lastName && c.cards?.length === 1 && !found.some((f) => f.lastName === c.lastName)) found.push(c);
  }
  assert.ok(found.length >= count, 'the demo data has such customers');
  return found.slice(0, count);
}

async function openImport(page, url, language) {
  const t = language ? translator(language) : (text) => text;
  if (language) {
    await keepSession(page, url);
    await page.goto(`${url}/customers`);
  } else {
    await showList(page, url, '/customers');
  }
  await page.getByRole('button', { name: t('Import CSV') }).click();
  return page.getByRole('dialog', { name: t('Import customers') });
}

/** The record without what the import was asked to change (and what the server derives). */
const kept = (customer, ...changed) => {
  const copy = { ...customer, _v: 0, fullName: '' };
  for (const key of changed) delete copy[key];
  return copy;
};

test('rows that match existing customers are listed before the import and skipped, unless a row is chosen to update the one it matches', async () => {
  const [a, b] = await people(portos.url, 2);
  const before = await everyone(portos.url);
  const { context, page, problems } = await openPage(browser);
  const dialog = await openImport(page, portos.url);
  const csv = 'First name,Last name,Email,Note\n'
    + `Nová,${a.lastName},${a.email.toUpperCase()},Znova\n`
    + `Iná,${b.lastName},${b.email},Z importu\n`
    + 'Čistá,Nováčiková,cista.novacikova@example.sk,Nová\n';
  await chooseCsv(dialog, 'novi.csv', csv);
  await dialog.getByRole('status').filter({ hasText: '2 rows match existing customers.' }).waitFor();
  const matched = dialog.getByRole('table', { name: 'Possible duplicates' });
  const rowOfA = matched.getByRole('row').filter({ hasText: `Nová ${a.lastName}` });
  assert.equal(await rowOfA.getByRole('link', { name: nameOf(a) }).getAttribute('href'), `/customers/${a.id}`);
  assert.ok(await rowOfA.getByText('Same Email').isVisible());
  const preview = dialog.getByRole('table', { name: 'Preview' });
  assert.match(await preview.getByRole('row').nth(1).innerText(), new RegExp(`Possible duplicate of ${nameOf(a)} \\(same Email\\)`));
  assert.match(await preview.getByRole('row').nth(3).innerText(), /New customer/);
  assert.ok(await dialog.getByRole('radio', { name: 'Skip them' }).isChecked(), 'skipping is the default');
  await expectNoSeriousViolations(page, 'the import dialog with possible duplicates');

  await dialog.getByRole('combobox', { name: 'What to do with row 3' }).selectOption({ label: `Update ${nameOf(b)}` });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 1, updated 1, failed 0, skipped 0 (already as in the file).').waitFor();
  await dialog.getByText('1 row not sent: it matches an existing customer.').waitFor();

  const after = await everyone(portos.url);
  assert.equal(after.length, before.length + 1, 'only the new customer was created');
  assert.equal(after.filter((c) => c.email?.toLowerCase() === a.email.toLowerCase()).length, 1, 'no second customer with the email');
  assert.deepEqual(after.find((c) => c.id === a.id), before.find((c) => c.id === a.id), 'the skipped row changed nothing');
  const updated = after.find((c) => c.id === b.id);
  assert.deepEqual([updated.firstName, updated.note], ['Iná', 'Z importu']);
  assert.deepEqual(kept(updated, 'firstName', 'note'), kept(b, 'firstName', 'note'), 'every other field, the undocumented ones too, kept');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"Create them anyway" creates every matching row, and a row can still be skipped on its own', async () => {
  const [, , c, d] = await people(portos.url, 4);
  const before = await everyone(portos.url);
  const { context, page, problems } = await openPage(browser);
  const dialog = await openImport(page, portos.url);
  const csv = 'First name,Last name,Email\n'
    + `Druhá,${c.lastName},${c.email}\n`
    + `Tretí,${d.lastName},${d.email}\n`;
  await chooseCsv(dialog, 'druhi.csv', csv);
  await dialog.getByRole('status').filter({ hasText: '2 rows match existing customers.' }).waitFor();
  await dialog.getByRole('radio', { name: 'Create them anyway' }).check();
  await dialog.getByRole('combobox', { name: 'What to do with row 3' }).selectOption({ label: 'Skip' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 1, updated 0, failed 0, skipped 0 (already as in the file).').waitFor();
  const after = await everyone(portos.url);
  assert.equal(after.length, before.length + 1);
  assert.ok(after.some((x) => x.firstName === 'Druhá' && x.email === c.email), 'created anyway, as chosen for all');
  assert.ok(!after.some((x) => x.firstName === 'Tretí'), 'skipped, as chosen for its row');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a long file is checked a batch at a time, cards in one request per batch, and a match far below the preview is listed', async () => {
  const [holder] = (await everyone(portos.url)).filter((c) => c.cards?.length === 1 && c.cards[0].serialNumber);
  const serial = holder.cards[0].serialNumber;
  const lines = ['First name,Last name,Cards'];
  for (let n = 0; n < 120; n += 1) lines.push(`Karta,Nová ${n},NEW-CARD-${n}`);
  lines[100] = `Karta,Stará,${serial}`;
  const cardQueries = [];
  const { context, page, problems } = await openPage(browser);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/customers' && url.searchParams.has('CardSerialNumber')) cardQueries.push(url.searchParams.get('CardSerialNumber'));
  });
  const dialog = await openImport(page, portos.url);
  await chooseCsv(dialog, 'karty.csv', `${lines.join('\n')}\n`);
  await dialog.getByRole('status').filter({ hasText: '1 row matches an existing customer.' }).waitFor();
  const matched = dialog.getByRole('table', { name: 'Possible duplicates' });
  await matched.getByRole('row').filter({ hasText: 'Karta Stará' }).getByText('Same Cards').waitFor();
  assert.ok(await matched.getByRole('rowheader', { name: '101' }).isVisible(), 'row 101 of the file, past the preview');
  assert.equal(cardQueries.length, 3, `120 rows, 3 batches: ${cardQueries.length} card queries`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 119, updated 0, failed 0, skipped 0 (already as in the file).').waitFor({ timeout: 30_000 });
  assert.equal((await everyone(portos.url)).filter((c) => c.cards?.some((card) => card.serialNumber === serial)).length, 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an import started before the check is through checks the rest itself and creates no one twice', async () => {
  const existing = (await everyone(slow.url)).find((c) => !c.isCompany && c.email && c.lastName);
  const lines = ['First name,Last name,Email'];
  for (let n = 0; n < 200; n += 1) lines.push(`Rýchla,Zákazníčka${n},rychla.${n}@example.sk`);
  lines.push(`Znova,${existing.lastName},${existing.email}`);
  const before = (await everyone(slow.url)).length;
  const { context, page, problems } = await openPage(browser);
  const dialog = await openImport(page, slow.url);
  await chooseCsv(dialog, 'rychly.csv', `${lines.join('\n')}\n`);
  await dialog.getByRole('status').filter({ hasText: /^Looking for existing customers: \d+ of 201 rows checked\.$/ }).waitFor();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 200, updated 0, failed 0, skipped 0 (already as in the file).').waitFor({ timeout: 60_000 });
  await dialog.getByText('1 row not sent: it matches an existing customer.').waitFor();
  const after = await everyone(slow.url);
  assert.equal(after.length, before + 200);
  assert.equal(after.filter((c) => c.email === existing.email).length, 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('in Slovak: the rows that match and the choice are in Slovak', async () => {
  const [, , , , e] = await people(portos.url, 5);
  const t = translator('sk');
  const { context, page, problems } = await openPage(browser, { locale: 'sk-SK' });
  const dialog = await openImport(page, portos.url, 'sk');
  await dialog.getByLabel(t('CSV file')).setInputFiles({
    name: 'sk.csv', mimeType: 'text/csv', buffer: Buffer.from(`Meno;Priezvisko;E-mail\nPiata;${e.lastName};${e.email}\n`),
  });
  await dialog.getByRole('status').filter({ hasText: '1 riadok zodpovedá existujúcemu zákazníkovi.' }).waitFor();
  await dialog.getByRole('group', { name: t('Rows that match existing customers') }).waitFor();
  assert.ok(await dialog.getByRole('radio', { name: t('Skip them') }).isChecked());
  await dialog.getByRole('table', { name: t('Possible duplicates') }).getByText(`Rovnaké: ${t('Email')}`).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('DealPOS with documented list items: a row chosen to update the customer it matches keeps every other field', async () => {
  const api = dealposApi(dealpos.url);
  const { items } = await api.view({}, 1, 30);
  let existing;
  for (const item of items.filter((c) => c.Email)) {
    existing = await api.customer(item.ID);
    if (existing.FirstName && existing.LastName) break;
  }
  assert.ok(existing?.FirstName && existing.LastName, 'the demo data has a named customer with an email');
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${dealpos.url}/customers`);
  await signInDealpos(page);
  await table(page).getByRole('rowheader').first().waitFor();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = importDialog(page);
  await chooseCsv(dialog, 'dealpos.csv', `First name,Last name,Email,Phone\n${existing.FirstName},${existing.LastName},${existing.Email},0811222333\n`);
  await dialog.getByRole('status').filter({ hasText: '1 row matches an existing customer.' }).waitFor();
  await dialog.getByRole('radio', { name: 'Update the customer each matches (a row that matches several is skipped)' }).check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 0, updated 1, failed 0, skipped 0 (already as in the file).').waitFor();
  const updated = await api.customer(existing.ID);
  assert.equal(updated.Mobile, '0811222333');
  assert.deepEqual({ ...updated, Mobile: '' }, { ...existing, Mobile: '' }, 'every other field kept');
  assert.deepEqual(problems(), []);
  await context.close();
});
