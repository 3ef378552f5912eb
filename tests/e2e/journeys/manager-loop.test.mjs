// The loop a back-office manager runs all day, on both vendors: filter, sort, page, open a
// customer, come back, select, act on the selection and export. At every step the rows,
// the pager's range and the address must be the ones the server gives for that view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, serverAndBrowser } from '../support/browser.mjs';
import { signIn } from '../support/session.mjs';
import { parseCsv } from '../support/csv.mjs';
import {
  bulkToolbar, dealposApi, expectView, pagination, portosApi, rowIds, selectedStatus, signInDealpos, table, until,
} from '../support/list.mjs';

const VENDORS = [
  {
    name: 'PORTOS',
    env: serverAndBrowser({ args: ['--demo', '300'] }),
    api: portosApi,
    signIn: (page) => signIn(page, 'admin'),
    filter: { url: { active: 'true' }, api: { IsActive: 'true' }, set: (form) => form.getByRole('combobox', { name: 'Active' }).selectOption({ label: 'Active only' }) },
    sort: { column: 'Email', url: 'email', api: 'email' },
    isInactive: (customer) => customer.isActive === false,
  },
  {
    name: 'DealPOS',
    env: serverAndBrowser({ config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' }, args: ['--demo', '300', '--dealpos-rate-limit', '5000/180'] }),
    api: dealposApi,
    signIn: (page) => signInDealpos(page),
    filter: { url: { outlet: 'Jakarta' }, api: { Outlet: 'Jakarta' }, set: (form) => form.getByRole('textbox', { name: 'Outlet' }).fill('Jakarta') },
    sort: null,
    isInactive: (customer) => customer.Status !== 'Active',
  },
];

for (const vendor of VENDORS) {
  test(`${vendor.name}: filter, sort, page, open, back, select, deactivate and export`, async () => {
    const { env } = vendor;
    const api = vendor.api(env.server.url);
    const { context, page, problems } = await openPage(env.browser, { acceptDownloads: true });
    await page.goto(`${env.server.url}/customers`);
    await vendor.signIn(page);
    await expectView(page, { url: {}, ...(await api.view({})) }, 'first page');

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const form = page.getByRole('form', { name: 'Filters' });
    await vendor.filter.set(form);
    await form.getByRole('button', { name: 'Apply filters' }).click();
    let url = { ...vendor.filter.url };
    let params = { ...vendor.filter.api };
    await expectView(page, { url, ...(await api.view(params)) }, 'filtered');

    if (vendor.sort) {
      await table(page).getByRole('button', { name: vendor.sort.column }).click();
      url = { ...url, sort: vendor.sort.url };
      params = { ...params, $sort: vendor.sort.api };
      await expectView(page, { url, ...(await api.view(params)) }, 'sorted');
    }

    await pagination(page).getByRole('button', { name: 'Next page' }).click();
    await expectView(page, { url: { ...url, page: '2' }, ...(await api.view(params, 2)) }, 'page 2');
    let pageNumber = 1;
    if (vendor.name === 'PORTOS') {
      const { total } = await api.view(params);
      const last = Math.ceil(total / 25);
      await pagination(page).getByRole('button', { name: 'Last page' }).click();
      await expectView(page, { url: { ...url, page: String(last) }, ...(await api.view(params, last)) }, 'last page');
      assert.ok(await pagination(page).getByRole('button', { name: 'Next page' }).isDisabled(), 'nothing after the last page');
      pageNumber = last - 1;
      await pagination(page).getByRole('button', { name: 'Previous page' }).click();
    } else {
      await pagination(page).getByRole('button', { name: 'Previous page' }).click();
    }
    if (pageNumber > 1) url = { ...url, page: String(pageNumber) };
    const here = { url, ...(await api.view(params, pageNumber)) };
    await expectView(page, here, `page ${pageNumber}`);

    // Open a customer and come back: the same view, and every tool of the list.
    const firstLink = table(page).getByRole('rowheader').first().getByRole('link');
    const name = await firstLink.textContent();
    await firstLink.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.goBack();
    await expectView(page, here, 'back from the customer');
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('form', { name: 'Filters' }).waitFor();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();

    // Select two customers and deactivate them.
    const [first, second] = here.ids;
    const names = await table(page).getByRole('rowheader').getByRole('link').allTextContents();
    await page.getByRole('checkbox', { name: `Select ${names[0]}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `Select ${names[1]}`, exact: true }).check();
    await selectedStatus(page, 2).waitFor();
    await bulkToolbar(page).getByRole('button', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog', { name: /Deactivate 2 customers/ });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await until(async () => [await api.customer(first), await api.customer(second)], (both) => both.every(vendor.isInactive), 'both deactivated');
    await expectView(page, { url, ...(await api.view(params, pageNumber)) }, 'after deactivating');

    // Export the filtered list: one row per customer of the view, with its id.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const [header, ...rows] = parseCsv((await readFile(await download.path())).subarray(3).toString('utf8'));
    const expectedIds = [];
    for (let p = 1; ; p++) {
      const { ids } = await api.view(params, p, 100);
      expectedIds.push(...ids);
      if (ids.length < 100) break;
    }
    const idColumn = header.indexOf('ID');
    assert.ok(idColumn >= 0, `the export names each customer's id: ${header}`);
    assert.deepEqual(rows.map((row) => row[idColumn]), expectedIds);
    assert.deepEqual(problems().filter((p) => !p.includes('status of 4')), []);
    await context.close();
  });
}
