// A customer's data on request through DealPOS v3, whose list items are not whole records
// (the server's --dealpos-documented-list): the export is the Detail record as sent, and
// "Anonymize" writes the whole record back with the person erased and the membership's
// points and group kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { dealposApi } from './support/list.mjs';
import { signInDealpos } from './support/session.mjs';

const config = { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' };
const env = serverAndBrowser({ config, args: ['--demo', '30', '--dealpos-rate-limit', '1000/180', '--dealpos-documented-list'] });

async function someCustomer(api) {
  const { items } = await api.view({}, 1, 30);
  for (const item of items) {
    const record = await api.customer(item.ID);
    if (record.Email && record.LoyaltyPoint > 0) return record;
  }
  assert.fail('the demo data has a customer with an email and loyalty points');
}

test('DealPOS: "Export data" is the Detail record; "Anonymize" erases the person and keeps the membership', async () => {
  const api = dealposApi(env.server.url);
  const before = await someCustomer(api);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/${before.ID}`);
  await signInDealpos(page);
  await page.getByRole('heading', { level: 1, name: before.Name }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.json')),
    page.getByRole('button', { name: 'Export data' }).click(),
  ]);
  assert.deepEqual(JSON.parse(await readFile(await download.path(), 'utf8')), before);

  await page.getByRole('button', { name: 'Anonymize' }).click();
  const dialog = page.getByRole('dialog', { name: `Anonymize ${before.Name}?` });
  await dialog.getByRole('textbox', { name: "Type the customer's name to confirm" }).fill(before.Name);
  await dialog.getByRole('button', { name: 'Anonymize' }).click();
  await page.getByRole('heading', { level: 1, name: 'Anonymized customer' }).waitFor();

  const after = await api.customer(before.ID);
  assert.equal(after.ID, before.ID);
  for (const member of ['Email', 'Phone', 'Mobile', 'Address', 'Birthdate']) {
    assert.ok(!after[member], `${member} is cleared: ${JSON.stringify(after[member])}`);
  }
  assert.equal(after.LoyaltyPoint, before.LoyaltyPoint, 'the points stay');
  assert.equal(after.Group, before.Group, 'the group stays');
  assert.equal(after.Code, before.Code, 'the code stays');
  assert.deepEqual(problems(), []);
  await context.close();
});
