// The server stops and comes back while a user pages through the list and while they save:
// the address, the pager and the form stay true to what the user asked for, nothing typed
// is lost, and Retry and Save finish the job once the server is back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage } from '../support/browser.mjs';
import { freePort, startServer } from '../support/server.mjs';
import { signIn } from '../support/session.mjs';
import { expectView, pagination, portosApi, rowIds, table, until, urlParams } from '../support/list.mjs';

let dir;
let port;
let server;
let browser;
const start = async () => { server = await startServer({ args: ['--demo', '300'], dir, port }); };

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'customer-desk-outage-'));
  port = await freePort();
  await start();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const unreachable = (page) => page.getByRole('alert').filter({ hasText: 'The server could not be reached' });

test('the server stops while paging and while saving, then comes back', async () => {
  const api = portosApi(server.url);
  const { context, page } = await openPage(browser);
  await page.goto(`${server.url}/customers?active=true`);
  await signIn(page, 'admin', { remember: true });
  const params = { IsActive: 'true' };
  const { total } = await api.view(params);
  const last = Math.ceil(total / 25);
  await pagination(page).getByRole('button', { name: 'Next page' }).click();
  const second = { url: { active: 'true', page: '2' }, ...(await api.view(params, 2)) };
  await expectView(page, second, 'page 2');

  await server.stop();
  await pagination(page).getByRole('button', { name: 'Last page' }).click();
  await unreachable(page).waitFor();
  assert.deepEqual(urlParams(page), { active: 'true', page: String(last) }, 'the address keeps the page asked for');
  assert.deepEqual(await rowIds(page), second.ids, "page 2's rows stay meanwhile");
  assert.ok(await pagination(page).getByRole('button', { name: 'Next page' }).isDisabled(), 'nothing after the last page');
  await pagination(page).getByRole('button', { name: 'Previous page' }).click();
  await until(() => urlParams(page), (p) => p.page === String(last - 1), 'Previous goes from the page asked for');

  await start();
  await page.getByRole('button', { name: 'Retry' }).click();
  const beforeLast = { url: { active: 'true', page: String(last - 1) }, ...(await api.view(params, last - 1)) };
  await expectView(page, beforeLast, 'after Retry');
  assert.equal(await unreachable(page).count(), 0, 'the alert goes');
  // Live updates reconnect too, with backoff: a retry still waiting from the first outage
  // would otherwise fail just as the server stops again and take the app offline before
  // Save, which then holds the edit instead of saying the server could not be reached.
  await page.getByRole('banner').getByText('Live updates off').waitFor({ state: 'hidden', timeout: 40_000 });

  // Saving while the server is down keeps what was typed; Save again once it is back.
  const link = table(page).getByRole('rowheader').first().getByRole('link');
  const name = await link.textContent();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('Typed while the server was down');
  await server.stop();
  await page.getByRole('button', { name: 'Save' }).click();
  await unreachable(page).waitFor();
  assert.equal(await note.inputValue(), 'Typed while the server was down');
  await start();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Typed while the server was down').waitFor();
  // The customer's page leads back to the list as it was left.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click();
  await expectView(page, { url: beforeLast.url, ...(await api.view(params, last - 1)) }, 'back on the list');
  assert.equal(await page.getByText(/saved\./).count(), 0, "the save's notice stayed with the customer's page");
  await context.close();
});
