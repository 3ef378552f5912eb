// Many customers at once: selection across pages (and by keyboard), bulk actions with
// rights, a version conflict reported and retried, a bulk delete undone completely, and
// the default columns with the checkboxes fitting 1366 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest } from './support/session.mjs';
import { startServer } from './support/server.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { bulkToolbar, firstRow, rangeStatus, rowLink, selectedStatus, showList, table } from './support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '60'] });

const rowName = (page, index) => rowLink(page, index).textContent();
/** The customer of a row, read from the API by the id its link names. */
const rowCustomer = async (page, index) => {
  const href = await rowLink(page, index).getAttribute('href');
  return (await apiRequest(env.server.url, 'GET', href)).body;
};
const customerById = async (id) => {
  const { status, body } = await apiRequest(env.server.url, 'GET', `/customers/${encodeURIComponent(id)}`);
  return status === 200 ? body : undefined;
};
/** Console errors other than the browser's own note of an expected 400. */
const unexpected = (problems) => problems().filter((p) => !p.includes('Failed to load resource: the server responded with a status of 400'));

test('the selection survives paging, sorting and Back, works by keyboard, and clears', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers', { ready: firstRow });
  const first = await rowName(page, 1);
  await page.getByRole('checkbox', { name: `Select ${first}`, exact: true }).check();
  await selectedStatus(page, 1).waitFor();
  await page.getByRole('button', { name: 'Next page' }).click();
  await rangeStatus(page, '26–50').waitFor();
  // Space on a focused row selects it; x does too.
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  await selectedStatus(page, 2).waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await selectedStatus(page, 3).waitFor();
  await page.keyboard.press('x');
  await selectedStatus(page, 2).waitFor();
  const second = await rowName(page, 1);
  await table(page).getByRole('button', { name: 'Email' }).click();
  await table(page).locator('th[aria-sort=ascending]').waitFor();
  await page.goBack();
  await page.goBack();
  await rangeStatus(page, '1–25').waitFor();
  await selectedStatus(page, 2).waitFor();
  assert.ok(await page.getByRole('checkbox', { name: `Select ${first}`, exact: true }).isChecked());
  await page.getByRole('button', { name: 'Next page' }).click();
  assert.ok(await page.getByRole('checkbox', { name: `Select ${second}`, exact: true }).isChecked());

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Select all 60 matching' }).click();
  await selectedStatus(page, 60).waitFor();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  assert.equal(await bulkToolbar(page).count(), 0);
  assert.equal(await page.getByRole('checkbox', { name: `Select ${second}`, exact: true }).isChecked(), false);
  // With the checkboxes, the default columns still fit 1366 px.
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].every((w) => w.scrollWidth <= w.clientWidth)));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('bulk deactivate goes on past a version conflict, names it, and "Retry failed" does it', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers', { ready: firstRow });
  const customers = [await rowCustomer(page, 1), await rowCustomer(page, 2), await rowCustomer(page, 3)];
  const names = customers.map((c) => c.fullName);
  for (const index of [1, 2, 3]) await table(page).getByRole('row').nth(index).getByRole('checkbox').check();
  await selectedStatus(page, 3).waitFor();
  // Someone else saves the second one meanwhile: its `_v` as selected is stale.
  const stale = customers[1];
  assert.equal((await apiRequest(env.server.url, 'PUT', `/customers/${stale.id}`, { ...stale, note: 'changed elsewhere' })).status, 200);

  await bulkToolbar(page).getByRole('button', { name: 'Deactivate', exact: true }).click();
  await page.getByRole('dialog', { name: 'Deactivate 3 customers?' }).getByRole('button', { name: 'Deactivate' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Done:' });
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /1 failed/);
  assert.match(text, new RegExp(`${names[1]}: Someone else changed this customer meanwhile`));
  for (const customer of [customers[0], customers[2]]) assert.equal((await customerById(customer.id)).isActive, false, customer.fullName);
  assert.equal((await customerById(stale.id)).isActive, true);

  await summary.getByRole('button', { name: 'Retry failed' }).click();
  await page.getByRole('status').filter({ hasText: 'Done: 1 changed' }).waitFor();
  await expectNoSeriousViolations(page, 'the list with a selection, the bulk toolbar and a summary');
  const retried = await customerById(stale.id);
  assert.deepEqual([retried.isActive, retried.note], [false, 'changed elsewhere'], 'their change kept, ours made');
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test('set discount rate checks the value first; a bulk delete asks once and one Undo puts every field back', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers?sort=-discountRate', { ready: firstRow });
  const ids = [(await rowCustomer(page, 4)).id, (await rowCustomer(page, 5)).id];
  for (const index of [4, 5]) await table(page).getByRole('row').nth(index).getByRole('checkbox').check();
  await bulkToolbar(page).getByRole('button', { name: 'Set discount rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the discount rate of 2 customers' });
  await dialog.getByRole('textbox', { name: 'New discount rate' }).fill('150');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await dialog.getByText('Must be between 0 and 100.').waitFor();
  await expectNoSeriousViolations(page, 'the discount-rate dialog with an error');
  await dialog.getByRole('textbox', { name: 'New discount rate' }).fill('17,5');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('status').filter({ hasText: 'Done: 2 changed' }).waitFor();
  for (const id of ids) assert.equal((await customerById(id)).discountRate, 17.5);

  const before = await Promise.all(ids.map(customerById));
  await bulkToolbar(page).getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 2 customers?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('2 customers deleted.').waitFor();
  // The rows go at once; the deletes are held for Undo, so the server still has them.
  const names = [before[0].fullName, before[1].fullName];
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).waitFor({ state: 'detached' });
  // Notices stack: the discount change's Undo is still there beside the delete's.
  await page.getByRole('status').getByRole('group', { name: '2 customers deleted.' }).getByRole('button', { name: 'Undo' }).click();
  await page.getByText('2 customers restored.').waitFor();
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).waitFor();
  // Nothing was deleted, so nothing was re-created: same version, same credit history.
  for (const [index, id] of ids.entries()) assert.deepEqual(await customerById(id), before[index], `${id}: untouched`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a bulk change offers one Undo that puts back each previous value, and names a conflict', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers?sort=-discountRate', { ready: firstRow });
  const before = [await rowCustomer(page, 7), await rowCustomer(page, 8), await rowCustomer(page, 9)];
  assert.ok(new Set(before.map((c) => c.discountRate)).size > 1 || before[0].discountRate !== 3, 'rates to put back');
  for (const index of [7, 8, 9]) await table(page).getByRole('row').nth(index).getByRole('checkbox').check();
  await bulkToolbar(page).getByRole('button', { name: 'Set discount rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set the discount rate of 3 customers' });
  await dialog.getByRole('textbox', { name: 'New discount rate' }).fill('3');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.getByText('Discount rate changed for 3 customers.').waitFor();
  for (const customer of before) assert.equal((await customerById(customer.id)).discountRate, 3);
  // Someone else changes the third customer's rate meanwhile: Undo must not overwrite it.
  const theirs = await customerById(before[2].id);
  assert.equal((await apiRequest(env.server.url, 'PUT', `/customers/${theirs.id}`, { ...theirs, discountRate: 9 })).status, 200);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('2 customers are back as they were.').waitFor();
  const summary = page.getByRole('status').filter({ hasText: 'Done: 2 changed' });
  await summary.waitFor();
  assert.match(await summary.innerText(), new RegExp(`${before[2].fullName}: Someone else changed this customer meanwhile`));
  for (const customer of before.slice(0, 2)) {
    const now = await customerById(customer.id);
    assert.equal(now.discountRate, customer.discountRate, `${customer.fullName}: its own rate back`);
    const without = ({ _v, ...rest }) => rest;
    assert.deepEqual(without(now), without(customer), 'nothing else moved');
  }
  assert.equal((await customerById(before[2].id)).discountRate, 9, 'their change kept');
  assert.deepEqual(unexpected(problems), [], 'only the conflict\'s 400');
  await context.close();
});

test('a clerk may update but not delete or set discounts, a viewer may do none, and each is told why', async () => {
  for (const [user, enabled] of [['clerk', ['Activate', 'Deactivate', 'Set expiration', 'Export selected']], ['viewer', ['Export selected']]]) {
    const { context, page } = await openPage(env.browser);
    await showList(page, env.server.url, '/customers', { user, ready: firstRow });
    await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
    for (const name of ['Activate', 'Deactivate', 'Set discount rate', 'Set expiration', 'Export selected', 'Delete selected']) {
      assert.equal(await bulkToolbar(page).getByRole('button', { name, exact: true }).isEnabled(), enabled.includes(name), `${user}: ${name}`);
    }
    await page.getByText('You cannot change discounts, so Set discount rate is off.').or(page.getByText('You cannot change customers, so Activate, Deactivate and Set expiration are off.')).first().waitFor();
    await page.getByText('You cannot delete customers, so Delete selected is off.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Import CSV' }).isEnabled(), user === 'clerk');
    await context.close();
  }
});

test('"Export selected" saves the selected customers as the list export does', async () => {
  const { context, page } = await openPage(env.browser, { acceptDownloads: true });
  await showList(page, env.server.url, '/customers', { ready: firstRow });
  const names = [await rowName(page, 2), await rowName(page, 7)];
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  const download = page.waitForEvent('download');
  await bulkToolbar(page).getByRole('button', { name: 'Export selected' }).click();
  const file = await (await download).path();
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  const lines = text.trimEnd().split('\r\n');
  assert.equal(lines[0], '\ufeffName,Email,Phone,Company,Status,Active,Discount rate,Credit rate,Cards,Expires,External ID,Note,ID');
  assert.equal(lines.length, 3);
  for (const name of names) assert.ok(text.includes(name), name);
  await context.close();
});

test('"Select all matching" that loses the network half-way says how many it has, and Retry selects the rest', async () => {
  const big = await startServer({ args: ['--demo', '2500'] });
  try {
    const { context, page, problems } = await openPage(env.browser);
    await showList(page, big.url, '/customers', { ready: firstRow });
    // The second thousand fails once, as on a Wi-Fi that drops for a moment.
    let dropped = 0;
    await page.route(/\/api\/customers\?.*(%24|\$)skip=1000&(%24|\$)take=1000/, (route) => (dropped++ === 0 ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await page.getByRole('button', { name: 'Select all 2,500 matching' }).click();
    const stopped = page.getByRole('alert').filter({ hasText: 'Only 1,000 of 2,500 are selected' });
    await stopped.waitFor();
    await selectedStatus(page, '1,000').waitFor();
    await stopped.getByRole('button', { name: 'Retry' }).click();
    await selectedStatus(page, '2,500').waitFor();
    assert.equal(await stopped.count(), 0, 'a whole selection is not partial');
    assert.deepEqual(problems().filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
  } finally {
    await big.stop();
  }
});
