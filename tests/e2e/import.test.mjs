// CSV import: a semicolon file from Excel with a bad row (previewed, then back in the failed
// rows), an export that imports again unchanged, an update by External ID, Cancel in the
// middle, and a clerk's missing right named on the row.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { apiRequest, signIn } from './support/session.mjs';
import { chooseCsv, importDialog, showList } from './support/list.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';

let server;
let slow;
let browser;

before(async () => {
  [server, slow, browser] = await Promise.all([
    startServer({ args: ['--demo', '30'] }),
    // Every write waits, so Cancel lands in the middle of an import.
    startServer({ args: ['--fault', '/api/customers:latency=120'] }),
    launchBrowser(),
  ]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await slow?.stop();
});

async function openImport(page, url, user = 'admin') {
  await showList(page, url, '/customers', { user });
  await page.getByRole('button', { name: 'Import CSV' }).click();
  return importDialog(page);
}

const all = async (url) => (await apiRequest(url, 'GET', '/customers?$take=1000')).body.items;

test('a semicolon file from Excel with a bad row: previewed, imported, and the bad row comes back with its reason', async () => {
  const { context, page, problems } = await openPage(browser, { acceptDownloads: true });
  const dialog = await openImport(page, server.url);
  const file = '\ufeffMeno;Priezvisko;E-mail;Zľava;Kód\r\nJana;Nováková;jana.import@example.sk;12,5;IMP-1\r\n'
    + 'Zlý;Riadok;nope;300;IMP-2\r\nPeter;"Dvojriadkový\r\nŠťastný";peter.import@example.sk;0;IMP-3\r\n';
  await chooseCsv(dialog, 'zakaznici.csv', file);
  assert.equal(await dialog.getByRole('combobox', { name: 'Field for E-mail' }).inputValue(), await dialog.getByRole('combobox', { name: 'Field for E-mail' }).locator('option', { hasText: /^Email$/ }).getAttribute('value'));
  await dialog.getByText('3 rows, 1 with problems').waitFor();
  const preview = dialog.getByRole('table', { name: 'Preview' });
  const bad = preview.getByRole('row').nth(2);
  assert.match(await bad.innerText(), /nope\s*Not a valid e-mail address\./);
  assert.match(await bad.innerText(), /300\s*Must be between 0 and 100\./);
  await expectNoSeriousViolations(page, 'the import dialog with its mapping and preview');

  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 2, updated 0, failed 1, skipped 0 (already as in the file).').waitFor();
  const download = page.waitForEvent('download');
  await dialog.getByRole('link', { name: 'Download failed rows' }).click();
  const failed = readFileSync(await (await download).path(), 'utf8');
  assert.equal(failed, '\ufeffMeno,Priezvisko,E-mail,Zľava,Kód,Reason\r\nZlý,Riadok,nope,300,IMP-2,E-mail: Not a valid e-mail address. Zľava: Must be between 0 and 100.\r\n');

  const customers = await all(server.url);
  const jana = customers.find((c) => c.externalId === 'IMP-1');
  assert.deepEqual([jana.firstName, jana.lastName, jana.email, jana.discountRate], ['Jana', 'Nováková', 'jana.import@example.sk', 12.5]);
  assert.equal(customers.find((c) => c.externalId === 'IMP-3').lastName, 'Dvojriadkový\r\nŠťastný');
  assert.equal(customers.find((c) => c.externalId === 'IMP-2'), undefined);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an export imports again unchanged, and a row with a known External ID updates that customer only where it differs', async () => {
  const { context, page, problems } = await openPage(browser, { acceptDownloads: true });
  await page.goto(`${server.url}/customers?externalId=notnull`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  const before = await all(server.url);
  // Notes may hold line breaks, so the rows are counted by the customers exported.
  const rows = before.filter((c) => c.externalId !== null).length;

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = importDialog(page);
  await chooseCsv(dialog, 'export.csv', exported);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText(`Created 0, updated 0, failed 0, skipped ${rows} (already as in the file).`).waitFor();
  const after = await all(server.url);
  assert.deepEqual(after.map((c) => [c.id, c._v]), before.map((c) => [c.id, c._v]), 'nothing was written');

  const target = before.find((c) => c.externalId && c.email);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await chooseCsv(dialog, 'update.csv', `External ID,Email\n${target.externalId},updated.${target.email}\n`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 0, updated 1, failed 0, skipped 0 (already as in the file).').waitFor();
  const { body: updated } = await apiRequest(server.url, 'GET', `/customers/${target.id}`);
  assert.deepEqual({ ...updated, _v: 0, email: '' }, { ...target, _v: 0, email: '' }, 'only the email changed');
  assert.equal(updated.email, `updated.${target.email}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a clerk without the discount right gets that row back with the reason', async () => {
  const { context, page } = await openPage(browser);
  const dialog = await openImport(page, server.url, 'clerk');
  await chooseCsv(dialog, 'clerk.csv', 'First name,Last name,Discount rate\nKlára,Predavačka,10\nKarol,Bez zľavy,0\n');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 1, updated 0, failed 1, skipped 0 (already as in the file).').waitFor();
  await context.close();
});

test('Cancel in the middle of an import stops before the next request and says how far it got', async () => {
  const { context, page } = await openPage(browser);
  const dialog = await openImport(page, slow.url);
  const lines = ['First name,Last name,External ID'];
  for (let n = 0; n < 300; n += 1) lines.push(`Zrušená,Zákazníčka ${n},CANCEL-${n}`);
  await chooseCsv(dialog, 'big.csv', `${lines.join('\n')}\n`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  const progress = dialog.getByRole('progressbar', { name: 'Import progress' });
  await progress.waitFor();
  await page.waitForFunction(() => Number(document.querySelector('progress')?.value ?? 0) >= 8);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const summary = dialog.getByText(/^Cancelled after (\d+) of 300 rows\.$/);
  await summary.waitFor();
  const done = Number((await summary.textContent()).match(/after (\d+)/)[1]);
  assert.ok(done > 0 && done < 300, `${done}`);
  await page.waitForTimeout(500);
  const created = (await all(slow.url)).filter((c) => c.externalId?.startsWith('CANCEL-')).length;
  assert.equal(created, done, 'exactly what was reported was done');
  await context.close();
});
