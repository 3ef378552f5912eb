// A scanned card through DealPOS v3, whose cards are its customers' codes: the lookup is
// one Detail by Code, and an unknown code says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { dealposApi, table } from './support/list.mjs';
import { signInDealpos } from './support/session.mjs';

const config = { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' };
const env = serverAndBrowser({ config, args: ['--demo', '30', '--dealpos-rate-limit', '1000/180', '--dealpos-documented-list'] });

test('DealPOS: a scanned code opens its customer; an unknown one says so', async () => {
  const { items } = await dealposApi(env.server.url).view({}, 1, 30);
  const holder = items.find((c) => c.Code);
  assert.ok(holder, 'the demo data has a customer with a code');
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signInDealpos(page);
  await table(page).getByRole('row').nth(1).waitFor();

  await page.keyboard.type(holder.Code, { delay: 4 });
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === `/customers/${holder.ID}`);
  await page.getByRole('link', { name: 'Edit' }).waitFor();

  await page.keyboard.type('NO-SUCH-CODE', { delay: 4 });
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'No customer has card NO-SUCH-CODE' }).waitFor();
  // DealPOS answers an unknown code's Detail with 404, which the browser logs.
  const notFound = (p) => p.includes('the server responded with a status of 404');
  assert.deepEqual(problems().filter((p) => !notFound(p)), []);
  await context.close();
});
