// The same app against the local server's DealPOS v3 API (`"backend": "dealpos"`): sign-in
// with client credentials or an access token, a list without totals or sorting, the
// DealPOS filters, detail, edit, create, delete, and the rate limit's message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { dealposToken, signInDealpos } from './support/session.mjs';
import { rangeStatus, table } from './support/list.mjs';

const TOTAL = 60;
const config = { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' };
const env = serverAndBrowser({ config, args: ['--demo', String(TOTAL), '--dealpos-rate-limit', '1000/180'] });

async function dealpos(method, path, body) {
  const token = await dealposToken(env.server.url);
  const response = await fetch(`${env.server.url}/dealpos/api/v3${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  return response.json();
}

test('client credentials sign in (with a warning), and the list pages without a total', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await page.getByText('a secret typed into a browser can be read', { exact: false }).waitFor();
  await signInDealpos(page);
  await page.getByText('1–25', { exact: true }).waitFor();
  assert.equal(await table(page).getByRole('row').count(), 26);
  assert.equal(await page.getByRole('button', { name: 'Last page' }).count(), 0, 'no total, no last page');
  assert.equal(await table(page).getByRole('button').count(), 0, 'DealPOS cannot sort');
  assert.equal(await table(page).getByRole('columnheader', { name: 'Loyalty points' }).count(), 1);
  assert.equal(await table(page).getByRole('columnheader', { name: 'Discount rate' }).count(), 0);

  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('26–50', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('51–60', { exact: true }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Next page' }).isDisabled(), 'a short page is the last');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('search and the outlet filter are sent as DealPOS parameters', async () => {
  const all = await dealpos('GET', '/Customer?PageSize=1000');
  const sample = all.find((c) => c.SignUpOutlet && c.LastName);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signInDealpos(page);
  await page.getByText('1–25', { exact: true }).waitFor();
  const requests = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/Customer')) requests.push(new URL(r.url())); });

  await page.getByRole('searchbox', { name: 'Search' }).fill(sample.LastName);
  await page.waitForURL(/search=/);
  const byName = all.filter((c) => (c.Name ?? '').toLowerCase().includes(sample.LastName.toLowerCase()));
  await page.getByText(`1–${Math.min(25, byName.length)}`, { exact: true }).waitFor();
  assert.equal(requests.at(-1).searchParams.get('Name'), sample.LastName);

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('form', { name: 'Filters' }).getByRole('textbox', { name: 'Outlet' }).fill(sample.SignUpOutlet);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('button', { name: `Remove filter: Outlet: ${sample.SignUpOutlet}` }).waitFor();
  const expected = byName.filter((c) => c.SignUpOutlet === sample.SignUpOutlet).length;
  await page.getByText(`1–${Math.min(25, expected)}`, { exact: true }).waitFor();
  assert.equal(requests.at(-1).searchParams.get('Outlet'), sample.SignUpOutlet);
  assert.equal(await table(page).getByRole('row').count(), Math.min(25, expected) + 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an access token signs in; detail, edit, create and delete go through DealPOS', async () => {
  const token = await dealposToken(env.server.url);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/new`);
  await page.getByRole('radio', { name: 'Access token' }).check();
  await page.getByRole('textbox', { name: 'Access token' }).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Discount rate' }).count(), 0, 'no fields DealPOS lacks');
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Siti');
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Rahayu');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('siti.rahayu@example.id');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Siti Rahayu', exact: true }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Membership' }).waitFor();
  const id = page.url().split('/').pop();
  assert.equal((await dealpos('GET', `/Customer/Detail?ID=${id}`)).Email, 'siti.rahayu@example.id');

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('+62 812 000 111');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Siti Rahayu saved.' }).waitFor();
  assert.equal((await dealpos('GET', `/Customer/Detail?ID=${id}`)).Mobile, '+62 812 000 111');

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete customer?' }).getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  // Sent once the Undo time is over.
  for (const deadline = Date.now() + 20_000; !/not found/i.test((await dealpos('GET', `/Customer/Detail?ID=${id}`)).Message ?? '');) {
    assert.ok(Date.now() < deadline, 'deleted once Undo was no longer offered');
    await new Promise((done) => setTimeout(done, 250));
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('past the rate limit the list says when it can ask again', async () => {
  const limited = await startServer({ config, args: ['--demo', '60', '--dealpos-rate-limit', '2/60'] });
  const { context, page } = await openPage(env.browser);
  try {
    await page.goto(`${limited.url}/customers`);
    await signInDealpos(page);
    await page.getByText('1–25', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('26–50', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Too many requests.*again in \d+ s/);
    assert.equal(await rangeStatus(page).textContent(), '26–50', 'the rows on screen stay');
  } finally {
    await context.close();
    await limited.stop();
  }
});

test('the DealPOS mapping is code of its own: fetched with DealPOS, and a failed fetch is a Retry away', async () => {
  // page.route does not see a service worker's requests: the app's worker is off here.
  const { context, page, problems } = await openPage(env.browser, { serviceWorkers: 'block' });
  const requested = [];
  let dropping = true;
  await page.route(/\/split_dealpos-[0-9a-f]{16}\.wasm$/, (route) => {
    requested.push(route.request().url());
    return dropping ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(`${env.server.url}/customers`);
  await signInDealpos(page);
  const failed = page.getByRole('alert').filter({ hasText: 'The server could not be reached. Check the connection and try again.' });
  await failed.waitFor();
  assert.ok(requested.length > 0, 'the chunk was asked for');
  dropping = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await table(page).getByRole('row').nth(1).waitFor();
  assert.equal(await failed.count(), 0);
  assert.deepEqual(problems().filter((p) => !/Failed to (load resource|fetch)|internet|TypeError: Failed/.test(p)), []);
  await context.close();
});
