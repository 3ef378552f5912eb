// Export a filtered list, change one cell in the file, import it: exactly that customer
// changes, on both vendors, and nothing else moves. Then a file with two rows for one new
// customer creates it once, and a row the server refuses (sent though it matches an existing
// customer's card) says why in the dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, serverAndBrowser } from '../support/browser.mjs';
import { signIn, signInDealpos } from '../support/session.mjs';
import { parseCsv, writeCsv } from '../support/csv.mjs';
import { chooseCsv, dealposApi, expectView, importDialog, portosApi } from '../support/list.mjs';

const VENDORS = [
  {
    name: 'PORTOS',
    env: serverAndBrowser({ args: ['--demo', '120'] }),
    api: portosApi,
    signIn: (page) => signIn(page, 'admin'),
    path: '/customers?discount=gt%3A30',
    url: { discount: 'gt:30' },
    params: { DiscountRate: 'gt:30' },
    cell: { column: 'Note', value: 'Changed in the spreadsheet', read: (c) => c.note, drop: ({ note, ...rest }) => rest },
    all: async (api) => (await api.call('GET', '/customers?$take=1000')).body.items,
    id: (c) => c.id,
  },
  {
    name: 'DealPOS',
    env: serverAndBrowser({ config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' }, args: ['--demo', '120', '--dealpos-rate-limit', '5000/180'] }),
    api: dealposApi,
    signIn: (page) => signInDealpos(page),
    path: '/customers?outlet=Jakarta',
    url: { outlet: 'Jakarta' },
    params: { Outlet: 'Jakarta' },
    cell: { column: 'Phone', value: '+62 811 000 111', read: (c) => c.Mobile, drop: ({ Mobile, ...rest }) => rest },
    all: async (api) => {
      const { body } = await api.call('GET', '/Customer?PageSize=1000');
      return Promise.all(body.map((c) => api.customer(c.ID)));
    },
    id: (c) => c.ID,
  },
];

/** Opens "Import CSV" and chooses `text` as a file with a byte order mark, as Excel saves it. */
async function importFile(page, text) {
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = importDialog(page);
  await chooseCsv(dialog, 'customers.csv', `\ufeff${text}`);
  return dialog;
}
const without = ({ _v, ...rest }) => rest;

for (const vendor of VENDORS) {
  test(`${vendor.name}: export, change one cell, import: exactly that customer changed`, async () => {
    const { env } = vendor;
    const api = vendor.api(env.server.url);
    const { context, page, problems } = await openPage(env.browser, { acceptDownloads: true });
    await page.goto(`${env.server.url}${vendor.path}`);
    await vendor.signIn(page);
    const view = { url: vendor.url, ...(await api.view(vendor.params)) };
    await expectView(page, view, 'the filtered list');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const [header, ...rows] = parseCsv((await readFile(await download.path())).subarray(3).toString('utf8'));
    const [changedColumn, idColumn] = [header.indexOf(vendor.cell.column), header.indexOf('ID')];
    const target = rows[1];
    const targetId = target[idColumn];
    target[changedColumn] = vendor.cell.value;
    const before = await vendor.all(api);

    const dialog = await importFile(page, writeCsv([header, ...rows]));
    const preview = dialog.getByRole('table', { name: 'Preview' });
    assert.match(await preview.getByRole('row').nth(2).innerText(), /ID: updates that customer/);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.getByText(`Created 0, updated 1, failed 0, skipped ${rows.length - 1}`).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    const after = await vendor.all(api);
    assert.equal(after.length, before.length, 'nobody created or deleted');
    for (const customer of after) {
      const old = before.find((c) => vendor.id(c) === vendor.id(customer));
      if (vendor.id(customer) === targetId) {
        assert.equal(vendor.cell.read(customer), vendor.cell.value);
        assert.deepEqual(vendor.cell.drop(without(customer)), vendor.cell.drop(without(old)), `only the ${vendor.cell.column} moved`);
      } else {
        assert.deepEqual(customer, old, `${vendor.id(customer)} untouched`);
      }
    }
    // The list shows the result without a reload.
    await expectView(page, { url: vendor.url, ...(await api.view(vendor.params)) }, 'after the import');
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test('two rows for one new customer create it once, and a refused row says why in the dialog', async () => {
  const { env } = VENDORS[0];
  const api = portosApi(env.server.url);
  const { context, page, problems } = await openPage(env.browser, { acceptDownloads: true });
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin');
  const { items } = await api.view({ CardSerialNumber: 'notnull' });
  const taken = items[0].cards[0].serialNumber;
  const file = writeCsv([
    ['First name', 'Last name', 'External ID', 'Note', 'Cards'],
    ['Dana', 'Dvojitá', 'DUP-1', 'first row', ''],
    ['Dana', 'Dvojitá', 'DUP-1', 'second row', ''],
    ['Cyril', 'Cudzí', 'CARD-TAKEN', '', taken],
  ]);
  const dialog = await importFile(page, file);
  const preview = dialog.getByRole('table', { name: 'Preview' });
  assert.match(await preview.getByRole('row').nth(1).innerText(), /Not sent: row 3 has the same External ID and wins/);
  await dialog.getByRole('group', { name: 'Rows for the same customer' }).getByRole('radio', { name: 'Import the last of them' }).waitFor();
  // The card is another customer's: the row is a possible duplicate, sent only when chosen.
  await dialog.getByRole('status').filter({ hasText: '1 row matches an existing customer.' }).waitFor();
  await dialog.getByRole('combobox', { name: 'What to do with row 4' }).selectOption({ label: 'Create anyway' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.getByText('Created 1, updated 0, failed 1, skipped 0').waitFor();
  await dialog.getByText('1 rows not sent: another row of the file was for the same customer.').waitFor();
  const refused = dialog.getByRole('list').getByRole('listitem');
  assert.match(await refused.innerText(), new RegExp(`^Row 4: .*`));
  const created = (await api.view({ ExternalId: 'DUP-1' })).items;
  assert.deepEqual(created.map((c) => c.note), ['second row'], 'created once, from the last row');
  assert.deepEqual(problems().filter((p) => !p.includes('status of 400')), []);
  await context.close();
});
