// Edits saved without a network: contact details wait in the session ("Waiting to send
// (n)") and go, in order, with the `_v` they were based on, once the network is back; one
// that meets someone else's change opens the usual conflict view; money and new customers
// are refused while offline; signing out with edits waiting asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, keepSession } from './support/session.mjs';
import { table, until } from './support/list.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';

const env = serverAndBrowser({ args: ['--demo', '40'] });

const offline = (page) => page.getByRole('status', { name: 'Offline' });
const field = (page, name) => page.getByRole('textbox', { name, exact: true });
const record = async (id) => (await apiRequest(env.server.url, 'GET', `/customers/${id}`)).body;

/** From the list (once its service worker is in control, if `controlled`), the `index`th customer's edit form. */
async function openEditForm(page, index, { controlled = true } = {}) {
  await page.goto(`${env.server.url}/customers`);
  if (controlled) await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
  const link = table(page).getByRole('rowheader').nth(index).getByRole('link');
  const name = (await link.textContent()).trim();
  const id = new URL(await link.getAttribute('href'), env.server.url).pathname.split('/').at(-1);
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  await field(page, 'Note').waitFor();
  return { name, id };
}

/** A customer's edit form, loaded with the network on, then the network off. */
async function editOffline(index = 0) {
  const session = await openPage(env.browser);
  const { context, page } = session;
  await keepSession(page, env.server.url);
  const { name, id } = await openEditForm(page, index);
  await context.setOffline(true);
  await offline(page).waitFor();
  return { ...session, name, id };
}

test('an edit of contact details saved offline waits, is listed, and is sent when the network is back', async () => {
  const { context, page, name, id, problems } = await editOffline(0);
  const before = await record(id);
  await field(page, 'Note').fill('Called back, offline');
  await field(page, 'Phone').fill('+421 900 111 222');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`Saved offline: the changes to ${name} are waiting to be sent.`).waitFor();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Called back, offline').waitFor();
  const waiting = page.getByText('Waiting to send (1)');
  await waiting.waitFor();
  await waiting.click();
  assert.equal(await page.getByRole('banner').getByRole('link', { name }).getAttribute('href'), `/customers/${id}`);
  await expectNoSeriousViolations(page, 'an edit waiting to be sent');
  assert.deepEqual(await record(id), before, 'nothing sent while offline');

  await context.setOffline(false);
  await page.getByText(`Sent the changes to ${name} made offline.`).waitFor({ timeout: 20_000 });
  await page.getByText(/^Waiting to send/).waitFor({ state: 'detached' });
  const after = await record(id);
  assert.deepEqual([after.note, after.phone, after._v], ['Called back, offline', '+421 900 111 222', before._v + 1]);
  const unchanged = (c) => ({ ...c, note: '', phone: '', _v: 0 });
  assert.deepEqual(unchanged(after), unchanged(before), 'every other field kept');
  assert.deepEqual(problems().filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  await context.close();
});

test('an edit sent after someone else changed the customer opens the conflict view, and nothing is overwritten unasked', async () => {
  const { context, page, name, id } = await editOffline(1);
  await field(page, 'Note').fill('Mine, made offline');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Waiting to send (1)').waitFor();

  // Meanwhile someone at the till changes the same customer.
  const theirs = await record(id);
  await apiRequest(env.server.url, 'PUT', `/customers/${id}`, { ...theirs, email: 'changed.at.the.till@example.sk' });

  await context.setOffline(false);
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this customer while you were editing.' });
  await conflict.waitFor({ timeout: 20_000 });
  assert.equal(await field(page, 'Note').inputValue(), 'Mine, made offline', 'the edit is in the form');
  assert.equal((await record(id)).note, theirs.note, 'not overwritten unasked');
  await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const after = await record(id);
  assert.deepEqual([after.note, after.email], ['Mine, made offline', 'changed.at.the.till@example.sk'], 'their change kept, mine on top');
  await context.close();
});

test('offline, a change of the discount rate or a new customer needs the network, and the form keeps what was typed', async () => {
  const { context, page, id } = await editOffline(2);
  const before = await record(id);
  await field(page, 'Discount rate').fill('33');
  await field(page, 'Note').fill('With a discount');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'Offline: changes to Discount rate need the network, so nothing was saved.' }).waitFor();
  assert.equal(await field(page, 'Discount rate').inputValue(), '33');
  assert.equal(await field(page, 'Note').inputValue(), 'With a discount');
  assert.equal(await page.getByText(/^Waiting to send/).count(), 0);

  // A reload without the network starts the app from its service worker.
  await page.goto(`${env.server.url}/customers/new`);
  await field(page, 'First name').fill('Nová');
  await field(page, 'Last name').fill('Bez siete');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'Offline: creating a customer needs the network. What you typed stays in the form.' }).waitFor();
  assert.equal(await field(page, 'Last name').inputValue(), 'Bez siete');
  await context.setOffline(false);
  assert.deepEqual(await record(id), before);
  await context.close();
});

test('signing out with edits waiting asks first', async () => {
  const { context, page } = await editOffline(3);
  await field(page, 'Note').fill('Waiting');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Waiting to send (1)').waitFor();
  page.once('dialog', (dialog) => {
    assert.match(dialog.message(), /1 change saved offline is still waiting to be sent/);
    dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('Waiting to send (1)').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1, 'still signed in');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'detached' });
  assert.equal(await page.getByText(/^Waiting to send/).count(), 0, 'gone with the session');
  await context.close();
});

test('an edit waiting to be sent outlives a reload without the network, in a kept session, and is sent after it', async () => {
  const { context, page, name, id } = await editOffline(4);
  await field(page, 'Note').fill('Through a reload');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Waiting to send (1)').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Waiting to send (1)').waitFor();
  await page.getByText('Through a reload').waitFor();
  await context.setOffline(false);
  await page.getByText(`Sent the changes to ${name} made offline.`).waitFor({ timeout: 20_000 });
  assert.equal((await record(id)).note, 'Through a reload');
  await context.close();
});

test('the code that sends waiting edits comes only when edits wait, and a failed fetch of it is tried again', async () => {
  // No service worker: `page.route` sees the page's own fetches only.
  const { context, page } = await openPage(env.browser, { serviceWorkers: 'block' });
  // Save-Data on: the import's code, in the same chunk, is then not fetched ahead either.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) });
  });
  const fetchedSender = [];
  let blocked = true;
  await page.route(/\/split_writes-[0-9a-f]+\.wasm$/, (route) => {
    fetchedSender.push(route.request().url());
    return blocked ? route.abort('connectionrefused') : route.continue();
  });
  await keepSession(page, env.server.url);
  const { name, id } = await openEditForm(page, 2, { controlled: false });
  assert.deepEqual(fetchedSender, [], 'not fetched while nothing waits');

  await context.setOffline(true);
  await offline(page).waitFor();
  await field(page, 'Note').fill('Sent once its code came');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Waiting to send (1)').waitFor();

  await context.setOffline(false);
  await until(() => fetchedSender.length, (n) => n >= 2, 'the sender fetched again after it failed', 20_000);
  assert.ok(await page.getByText('Waiting to send (1)').isVisible(), 'the edit still waits');
  assert.notEqual((await record(id)).note, 'Sent once its code came');

  blocked = false;
  await page.getByText(`Sent the changes to ${name} made offline.`).waitFor({ timeout: 20_000 });
  assert.equal((await record(id)).note, 'Sent once its code came');
  await context.close();
});
