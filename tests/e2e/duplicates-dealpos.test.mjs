// Possible duplicates through DealPOS v3: the check is one list request by name (its items
// carry Email, Mobile and Code), since every request counts against the shop's allowance,
// and no Detail request whose 404 the browser would log as an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { dealposApi } from './support/list.mjs';
import { signInDealpos } from './support/session.mjs';
import { field } from './support/form.mjs';

const config = { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' };
const env = serverAndBrowser({ config, args: ['--demo', '30', '--dealpos-rate-limit', '1000/180', '--dealpos-documented-list'] });

test('DealPOS: an existing email is found with one list request and shown before the create', async () => {
  const api = dealposApi(env.server.url);
  const { items } = await api.view({}, 1, 30);
  const existing = await api.customer(items.find((c) => c.Email).ID);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/new`);
  await signInDealpos(page);
  // The same last name, another first name: the list by name finds them, the email decides.
  await field(page, 'First name').fill('Baru');
  await field(page, 'Last name').fill(existing.LastName ?? existing.Name.split(' ').at(-1));
  await field(page, 'Email').fill(existing.Email);
  await field(page, 'Phone').fill('0811000111');

  const checks = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/dealpos/api/v3/Customer')) checks.push(`${request.method()} ${url.pathname}?${url.searchParams}`);
  });
  await page.getByRole('button', { name: 'Save' }).click();
  const notice = page.getByRole('status', { name: 'Possible duplicates' });
  await notice.getByRole('listitem').filter({ hasText: existing.Name }).getByText('Same Email').waitFor();
  assert.equal(checks.length, 1, `one request: ${checks.join(' ')}`);
  assert.match(checks[0], /^GET \/dealpos\/api\/v3\/Customer\?.*Name=/);
  assert.deepEqual(problems(), []);
  await context.close();
});
