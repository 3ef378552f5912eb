// Every write path changes exactly what the user asked for, against servers as stingy as
// the vendors' documentation allows: a DealPOS whose list items carry only the seven
// documented keys (--dealpos-documented-list), and a PORTOS newer than its documentation
// (--wire-extras). Deletes are held for Undo and sent when its time is over, at sign-out,
// or as the tab closes; a refused one comes back with its reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn, signInDealpos } from './support/session.mjs';
import { bulkToolbar, dealposApi, portosApi, rowIds, selectedStatus, table, until } from './support/list.mjs';

const dealpos = serverAndBrowser({
  config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' },
  args: ['--demo', '60', '--dealpos-documented-list', '--dealpos-rate-limit', '5000/180'],
});
const portos = serverAndBrowser({ args: ['--demo', '60', '--wire-extras'] });

const rowNames = (page) => table(page).getByRole('rowheader').getByRole('link').allTextContents();

test('DealPOS with documented list items: bulk Deactivate keeps every other field of each customer', async () => {
  const api = dealposApi(dealpos.server.url);
  const { context, page, problems } = await openPage(dealpos.browser);
  await page.goto(`${dealpos.server.url}/customers`);
  await signInDealpos(page);
  await table(page).getByRole('rowheader').first().waitFor();
  const ids = (await rowIds(page)).slice(0, 2);
  const before = await Promise.all(ids.map((id) => api.customer(id)));
  assert.ok(before.every((c) => c.Status === 'Active' && c.FirstName && c.LastName), 'two active customers with names');
  const names = await rowNames(page);
  for (const name of names.slice(0, 2)) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  await selectedStatus(page, 2).waitFor();
  await bulkToolbar(page).getByRole('button', { name: 'Deactivate', exact: true }).click();
  await page.getByRole('dialog', { name: 'Deactivate 2 customers?' }).getByRole('button', { name: 'Deactivate' }).click();
  await page.getByRole('status').filter({ hasText: 'Done: 2 changed' }).waitFor();
  for (const [index, id] of ids.entries()) {
    const after = await api.customer(id);
    assert.notEqual(after.Status, 'Active');
    const { Status: s0, ...was } = before[index];
    const { Status: s1, ...now } = after;
    assert.deepEqual(now, was, `${id}: only its status changed`);
  }
  // Undo puts the status back, and still nothing else moves.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('2 customers are back as they were.').waitFor();
  for (const [index, id] of ids.entries()) assert.deepEqual(await api.customer(id), before[index]);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('PORTOS with undocumented fields: bulk Set discount rate and a bulk delete undone change nothing else', async () => {
  const api = portosApi(portos.server.url);
  const { context, page, problems } = await openPage(portos.browser);
  await page.goto(`${portos.server.url}/customers`);
  await signIn(page, 'admin');
  await table(page).getByRole('rowheader').first().waitFor();
  const ids = (await rowIds(page)).slice(2, 4);
  const before = await Promise.all(ids.map((id) => api.customer(id)));
  const names = await rowNames(page);
  for (const name of names.slice(2, 4)) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  await bulkToolbar(page).getByRole('button', { name: 'Set discount rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the discount rate of 2 customers' });
  await dialog.getByRole('textbox', { name: 'New discount rate' }).fill('33');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('status').filter({ hasText: 'Done: 2 changed' }).waitFor();
  const changed = await Promise.all(ids.map((id) => api.customer(id)));
  for (const [index, customer] of changed.entries()) {
    const { discountRate: d0, _v: v0, ...was } = before[index];
    const { discountRate: d1, _v: v1, ...now } = customer;
    assert.equal(d1, 33);
    assert.equal(JSON.stringify(now), JSON.stringify(was), 'every other field, unknown ones included, as it was');
  }

  await bulkToolbar(page).getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('dialog', { name: 'Delete 2 customers?' }).getByRole('button', { name: 'Delete' }).click();
  const deleted = page.getByRole('status').getByRole('group', { name: '2 customers deleted.' });
  await deleted.waitFor();
  await until(() => rowIds(page), (shown) => !shown.some((id) => ids.includes(id)), 'the rows go at once');
  await deleted.getByRole('button', { name: 'Undo' }).click();
  await until(() => rowIds(page), (shown) => ids.every((id) => shown.includes(id)), 'the rows come back');
  for (const [index, id] of ids.entries()) assert.equal(JSON.stringify(await api.customer(id)), JSON.stringify(changed[index]), 'never deleted');
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Deletes the first customer on the list from its page; its id. */
async function deleteFirst(page) {
  const link = table(page).getByRole('rowheader').first().getByRole('link');
  const name = await link.textContent();
  const [id] = await rowIds(page);
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete customer?' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('status').filter({ hasText: `${name} deleted.` }).waitFor();
  return { id, name };
}

const gone = (api, id) => until(() => api.call('GET', `/customers/${id}`), (reply) => reply.status === 404, `${id} deleted on the server`, 5_000);

test('a held delete goes out at once when the user signs out, and when the tab closes', async () => {
  const api = portosApi(portos.server.url);
  for (const leave of ['sign out', 'close the tab']) {
    const { context, page } = await openPage(portos.browser);
    await page.goto(`${portos.server.url}/customers`);
    await signIn(page, 'admin');
    await table(page).getByRole('rowheader').first().waitFor();
    const { id } = await deleteFirst(page);
    assert.equal((await api.call('GET', `/customers/${id}`)).status, 200, 'held for Undo');
    if (leave === 'sign out') await page.getByRole('button', { name: 'Sign out' }).click();
    else await page.close({ runBeforeUnload: true });
    // Well within the ten seconds Undo would otherwise wait.
    await gone(api, id);
    await context.close();
  }
});

test('two deletes in one Undo time are both carried out, each can be undone alone, and a refused one comes back with why', async () => {
  const api = portosApi(portos.server.url);
  const { context, page, problems } = await openPage(portos.browser);
  await page.goto(`${portos.server.url}/customers`);
  await signIn(page, 'admin');
  await table(page).getByRole('rowheader').first().waitFor();
  const first = await deleteFirst(page);
  const second = await deleteFirst(page);
  // Both notices are there; undo the first only.
  await page.getByRole('status').getByRole('group', { name: `${first.name} deleted.` }).getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
  await until(() => api.call('GET', `/customers/${second.id}`), (reply) => reply.status === 404, 'the second is deleted', 20_000);
  assert.equal((await api.call('GET', `/customers/${first.id}`)).status, 200, 'the first was undone');

  // The server refuses the next one: it comes back, and the reason is said.
  await page.route((url) => url.pathname.startsWith('/api/customers/'), (route) => route.request().method() === 'DELETE'
    ? route.fulfill({ status: 423, contentType: 'application/problem+json', body: JSON.stringify({ title: 'The customer is in use at a till.', status: 423, errorCode: 5 }) })
    : route.continue());
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click();
  await table(page).getByRole('rowheader').first().waitFor();
  const refused = await deleteFirst(page);
  await until(() => rowIds(page), (shown) => !shown.includes(refused.id), 'hidden while Undo is offered');
  await page.getByRole('status').filter({ hasText: `${refused.name} was not deleted` }).waitFor({ timeout: 20_000 });
  await until(() => rowIds(page), (shown) => shown.includes(refused.id), 'back in the list');
  assert.equal((await api.call('GET', `/customers/${refused.id}`)).status, 200);
  assert.deepEqual(problems().filter((p) => !p.includes('status of 423')), []);
  await context.close();
});
