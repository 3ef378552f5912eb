// The manager's loop, shared by the journeys that run it on each vendor and on each kind of
// screen: filter, sort, page, open a customer, come back, select two, deactivate them (asked
// first) and export the view. At every step the rows, the range and the address must be the
// ones the server gives for that view.
//
// `ui` is where the app is (a page, or the frame of a portal's iframe); `page` the browser
// tab, for Back and downloads. In a portal's frame, the way back is the app's own
// "Customers" link (the tab's Back waits for the portal page, which does not move).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../support/csv.mjs';
import { bulkToolbar, expectView, pagination, selectedStatus, table, until } from '../support/list.mjs';

export const PORTOS = {
  name: 'PORTOS',
  filter: { url: { active: 'true' }, api: { IsActive: 'true' }, set: (form) => form.getByRole('combobox', { name: 'Active' }).selectOption({ label: 'Active only' }) },
  sort: { column: 'Email', url: 'email', api: 'email' },
  isInactive: (customer) => customer.isActive === false,
  totals: true,
};

export const DEALPOS = {
  name: 'DealPOS',
  filter: { url: { outlet: 'Jakarta' }, api: { Outlet: 'Jakarta' }, set: (form) => form.getByRole('textbox', { name: 'Outlet' }).fill('Jakarta') },
  sort: null,
  isInactive: (customer) => customer.Status !== 'Active',
  totals: false,
};

export async function managerLoop({ ui, page, api, vendor }) {
  await expectView(ui, { url: uiParams(ui), ...(await api.view({})) }, 'first page');

  await ui.getByRole('button', { name: 'Filters', exact: true }).click();
  const form = ui.getByRole('form', { name: 'Filters' });
  await vendor.filter.set(form);
  await form.getByRole('button', { name: 'Apply filters' }).click();
  let url = { ...uiParams(ui, false), ...vendor.filter.url };
  let params = { ...vendor.filter.api };
  await expectView(ui, { url, ...(await api.view(params)) }, 'filtered');

  if (vendor.sort) {
    await table(ui).getByRole('button', { name: vendor.sort.column }).click();
    url = { ...url, sort: vendor.sort.url };
    params = { ...params, $sort: vendor.sort.api };
    await expectView(ui, { url, ...(await api.view(params)) }, 'sorted');
  }

  await pagination(ui).getByRole('button', { name: 'Next page' }).click();
  await expectView(ui, { url: { ...url, page: '2' }, ...(await api.view(params, 2)) }, 'page 2');
  let pageNumber = 1;
  if (vendor.totals) {
    const { total } = await api.view(params);
    const last = Math.ceil(total / 25);
    await pagination(ui).getByRole('button', { name: 'Last page' }).click();
    await expectView(ui, { url: { ...url, page: String(last) }, ...(await api.view(params, last)) }, 'last page');
    assert.ok(await pagination(ui).getByRole('button', { name: 'Next page' }).isDisabled(), 'nothing after the last page');
    pageNumber = last - 1;
  }
  await pagination(ui).getByRole('button', { name: 'Previous page' }).click();
  if (pageNumber > 1) url = { ...url, page: String(pageNumber) };
  const here = { url, ...(await api.view(params, pageNumber)) };
  await expectView(ui, here, `page ${pageNumber}`);

  // Open a customer and come back: the same view, and every tool of the list.
  const firstLink = table(ui).getByRole('rowheader').first().getByRole('link');
  const name = await firstLink.textContent();
  await firstLink.click();
  await ui.getByRole('heading', { level: 1, name }).waitFor();
  if (ui === page) {
    await page.goBack();
  } else {
    await ui.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click();
  }
  await expectView(ui, here, 'back from the customer');
  await ui.getByRole('button', { name: 'Export CSV' }).waitFor();
  await ui.getByRole('button', { name: 'Filters', exact: true }).click();
  await ui.getByRole('form', { name: 'Filters' }).waitFor();
  await ui.getByRole('button', { name: 'Filters', exact: true }).click();

  // Select two customers and deactivate them.
  const [first, second] = here.ids;
  const names = await table(ui).getByRole('rowheader').getByRole('link').allTextContents();
  await ui.getByRole('checkbox', { name: `Select ${names[0]}`, exact: true }).check();
  await ui.getByRole('checkbox', { name: `Select ${names[1]}`, exact: true }).check();
  await selectedStatus(ui, 2).waitFor();
  await bulkToolbar(ui).getByRole('button', { name: 'Deactivate' }).click();
  await ui.getByRole('dialog', { name: /Deactivate 2 customers/ }).getByRole('button', { name: 'Deactivate' }).click();
  await until(async () => [await api.customer(first), await api.customer(second)], (both) => both.every(vendor.isInactive), 'both deactivated');
  await expectView(ui, { url, ...(await api.view(params, pageNumber)) }, 'after deactivating');

  // Export the filtered list: one row per customer of the view, with its id.
  await ui.getByRole('button', { name: 'Clear selection' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), ui.getByRole('button', { name: 'Export CSV' }).click()]);
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
}

/** The address's parameters other than the list's own (`embed`, `kiosk`), which stay. */
function uiParams(ui, all = true) {
  const params = Object.fromEntries(new URL(ui.url()).searchParams);
  return all ? params : Object.fromEntries(Object.entries(params).filter(([key]) => ['embed', 'kiosk'].includes(key)));
}
