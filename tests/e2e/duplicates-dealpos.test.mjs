// Possible duplicates through DealPOS v3: the check is at most two Detail requests (by
// Email, then Mobile), since every request counts against the shop's allowance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { dealposApi } from './support/list.mjs';
import { signInDealpos } from './support/session.mjs';
import { field } from './support/form.mjs';

const config = { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' };
const env = serverAndBrowser({ config, args: ['--demo', '30', '--dealpos-rate-limit', '1000/180', '--dealpos-documented-list'] });

test('DealPOS: an existing email is found with at most two requests and shown before the create', async () => {
  const api = dealposApi(env.server.url);
  const { items } = await api.view({}, 1, 30);
  const existing = await api.customer(items.find((c) => c.Email).ID);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/new`);
  await signInDealpos(page);
  await field(page, 'Last name').fill('Baru');
  await field(page, 'Email').fill(existing.Email);
  await field(page, 'Phone').fill('0811000111');

  const checks = [];
  page.on('request', (request) => {
    if (request.url().includes('/Customer/Detail')) checks.push(new URL(request.url()).searchParams.toString());
  });
  await page.getByRole('button', { name: 'Save' }).click();
  const notice = page.getByRole('status', { name: 'Possible duplicates' });
  await notice.getByRole('listitem').filter({ hasText: existing.Name }).getByText('Same Email').waitFor();
  assert.ok(checks.length <= 2, `at most two requests: ${checks.join(' ')}`);
  const notFound = (p) => p.includes('the server responded with a status of 404');
  assert.deepEqual(problems().filter((p) => !notFound(p)), []);
  await context.close();
});
