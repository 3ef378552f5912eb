// DealPOS tokens that expire in the middle of work: a client-credentials session fetches
// its next token by itself; a session from an access token asks for sign-in again in a
// dialog and retries, so the form keeps what was typed. Saves use PUT Customer as the
// vendor documents it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { dealposToken } from './support/session.mjs';
import { field } from './support/form.mjs';

const TOKEN_SECONDS = 4;
const config = { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' };
const env = serverAndBrowser({ config, args: ['--demo', '20', '--token-ttl', String(TOKEN_SECONDS), '--dealpos-rate-limit', '1000/180'] });


/** The token and customer requests the page sends. */
function recordRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dealpos/')) seen.push(`${request.method()} ${path}`);
  });
  return seen;
}

test('a client-credentials session renews its own token, and an edit is saved with PUT Customer', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const requests = recordRequests(page);
  await page.goto(`${env.server.url}/customers`);
  await field(page, 'Client ID').fill('demo');
  await field(page, 'Client secret').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const first = page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link');
  const name = await first.textContent();
  await first.click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await field(page, 'Phone').fill('+62 812 000 111');
  await page.waitForTimeout((TOKEN_SECONDS + 2) * 1000);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0, 'no sign-in again');
  assert.ok(requests.filter((r) => r === 'POST /dealpos/api/v3/token').length >= 2, requests.join('\n'));
  assert.ok(requests.includes('PUT /dealpos/api/v3/Customer'), requests.join('\n'));
  await page.getByText('+62 812 000 111').waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an access-token session that expires asks for sign-in again over the form and then saves it', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers/new`);
  await page.getByRole('radio', { name: 'Access token' }).check();
  await page.getByRole('textbox', { name: 'Access token' }).fill(await dealposToken(env.server.url));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await field(page, 'Last name').waitFor();
  await field(page, 'First name').fill('Sabar');
  await field(page, 'Last name').fill('Menunggu');
  await page.waitForTimeout((TOKEN_SECONDS + 2) * 1000);
  await page.getByRole('button', { name: 'Save' }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await dialog.waitFor();
  assert.ok(await dialog.getByRole('radio', { name: 'Access token' }).isChecked(), 'the way this session began');
  await dialog.getByRole('textbox', { name: 'Access token' }).fill(await dealposToken(env.server.url));
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sabar Menunggu', exact: true }).waitFor();
  await context.close();
});
