// A customer's data on request (GDPR), against the real server: "Export data" hands over
// the record exactly as the server keeps it and as readable text; "Anonymize" asks for
// the customer's name, then erases the person in one write that keeps the id, the credit,
// its history and the cards' serials, and everything else the server sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, openSignedIn } from './support/session.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';

// A PORTOS newer than its documentation: every record carries fields no page names.
const env = serverAndBrowser({ args: ['--demo', '60', '--wire-extras'] });

async function raw(id) {
  const { status, body } = await apiRequest(env.server.url, 'GET', `/customers/${encodeURIComponent(id)}`);
  assert.equal(status, 200);
  return body;
}

/** A demo customer with cards, a credit history, meta and an address. */
async function richCustomer() {
  const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=100');
  const found = body.items.find((c) => c.cards?.length > 0 && c.creditTransactions?.length > 0 && c.meta && c.address && c.email);
  assert.ok(found, 'the demo data has such a customer');
  return raw(found.id);
}

const fullName = (c) => [c.firstName, c.lastName].filter(Boolean).join(' ');

test('"Export data" downloads the record as the server keeps it and as readable text', async () => {
  const customer = await richCustomer();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${customer.id}`);
  await page.getByRole('heading', { level: 1, name: fullName(customer) }).waitFor();

  const downloads = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Export data' }).click();
  await page.getByRole('status').filter({ hasText: 'data downloaded' }).waitFor();
  const day = new Date().toLocaleDateString('sv-SE');
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  assert.deepEqual(names, [`customer-${customer.id}-${day}.json`, `customer-${customer.id}-${day}.txt`]);

  const json = JSON.parse(await readFile(await downloads.find((d) => d.suggestedFilename().endsWith('.json')).path(), 'utf8'));
  assert.deepEqual(json, customer, 'the record exactly as the server sent it, cards and credit history included');
  const text = await readFile(await downloads.find((d) => d.suggestedFilename().endsWith('.txt')).path(), 'utf8');
  assert.match(text, /^Customer data\n/);
  assert.ok(text.includes(`First name: ${customer.firstName}`), text);
  assert.ok(text.includes(`Email: ${customer.email}`), text);
  assert.ok(text.includes('Credit history:'), text);
  for (const card of customer.cards) assert.ok(text.includes(card.serialNumber), `card ${card.serialNumber}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"Anonymize" needs the typed name, erases the person and keeps every record the shop must keep', async () => {
  const before = await richCustomer();
  const name = fullName(before);
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${before.id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();

  await page.getByRole('button', { name: 'Anonymize' }).click();
  const dialog = page.getByRole('dialog', { name: `Anonymize ${name}?` });
  await dialog.waitFor();
  assert.ok(await dialog.getByText(/credit history.*stay/).isVisible(), 'it says what stays and why');
  const confirm = dialog.getByRole('button', { name: 'Anonymize' });
  const typed = dialog.getByRole('textbox', { name: "Type the customer's name to confirm" });
  assert.ok(await confirm.isDisabled());
  await typed.fill(`${name}x`);
  assert.ok(await confirm.isDisabled(), 'a name that is not the customer\'s does not confirm');
  await expectNoSeriousViolations(page, 'the anonymize confirmation', { include: 'dialog[open]' });
  // Cancel writes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(await raw(before.id), before);

  await page.getByRole('button', { name: 'Anonymize' }).click();
  await typed.fill(name);
  await confirm.click();
  await page.getByRole('heading', { level: 1, name: 'Anonymized customer' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'The customer was anonymized.' }).waitFor();

  const after = await raw(before.id);
  assert.equal(after.id, before.id);
  assert.equal(after.lastName, 'Anonymized customer');
  for (const member of ['firstName', 'email', 'phone', 'birthDate', 'address', 'deliveryAddress', 'company', 'note']) {
    assert.ok(after[member] === null || after[member] === undefined, `${member} is cleared: ${JSON.stringify(after[member])}`);
  }
  assert.deepEqual(after.credit, before.credit, 'the credit stays');
  assert.deepEqual(after.creditTransactions, before.creditTransactions, 'the credit history stays');
  assert.deepEqual(after.cards.map((c) => c.serialNumber), before.cards.map((c) => c.serialNumber), 'the cards stay');
  assert.ok(after.cards.every((c) => c.isActive === false), 'and can no longer be used');
  for (const key of Object.keys(after.meta ?? {})) {
    assert.doesNotMatch(key, /name|mail|phone|birth|address|note/i, `meta.${key} is not personal`);
  }
  // Whatever the app did not blank came back as it was read (the server's extra fields too).
  const blanked = new Set(['firstName', 'lastName', 'fullName', 'email', 'phone', 'birthDate', 'gender', 'address', 'deliveryAddress', 'company', 'isCompany', 'note', 'meta', 'cards', '_v']);
  for (const [key, value] of Object.entries(before)) {
    if (!blanked.has(key)) assert.deepEqual(after[key], value, `${key} is kept`);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a user who may not change customers cannot anonymize one, and is told why', async () => {
  const customer = await richCustomer();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${customer.id}`, { user: 'viewer' });
  await page.getByRole('heading', { level: 1, name: fullName(customer) }).waitFor();
  const anonymize = page.getByRole('button', { name: 'Anonymize' });
  assert.ok(await anonymize.isDisabled());
  assert.equal(await anonymize.getAttribute('aria-describedby'), 'anonymize-right-hint');
  assert.ok(await page.getByText('You cannot change customers, so you cannot anonymize one.').isVisible());
  assert.ok(await page.getByRole('button', { name: 'Export data' }).isEnabled(), 'a viewer may still hand over the data');
  assert.deepEqual(problems(), []);
  await context.close();
});
