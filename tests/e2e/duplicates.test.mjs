// Never the same customer twice: before a create, the form shows the existing customers
// that share a strong key with what was typed ("Possible duplicates"), each with "Open"
// and "Use this customer"; "Create anyway" is one deliberate click, and no check costs a
// typed character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, openSignedIn } from './support/session.mjs';
import { field } from './support/form.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';

const env = serverAndBrowser({ args: ['--demo', '60'] });

async function total() {
  return (await apiRequest(env.server.url, 'GET', '/customers?$count=true&$take=1')).body.totalCount;
}

/** A demo person (not a company) with an email and a card. */
async function existingPerson() {
  const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=100');
  const found = body.items.find((c) => !c.isCompany && c.email && c.lastName && c.cards?.length === 1);
  assert.ok(found, 'the demo data has such a customer');
  return found;
}

const duplicates = (page) => page.getByRole('status', { name: 'Possible duplicates' });

test('a new customer with an existing email is shown the existing one first; "Create anyway" creates', async () => {
  const existing = await existingPerson();
  const before = await total();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers/new');
  await field(page, 'First name').fill('Nová');
  await field(page, 'Last name').fill(existing.lastName);
  await field(page, 'Email').fill(existing.email.toUpperCase());
  await page.getByRole('button', { name: 'Save' }).click();

  const notice = duplicates(page);
  await notice.waitFor();
  const item = notice.getByRole('listitem').filter({ hasText: `${existing.firstName ?? ''} ${existing.lastName}`.trim() });
  await item.waitFor();
  assert.ok(await item.getByText('Same Email').isVisible());
  assert.equal(await item.getByRole('link', { name: 'Open' }).getAttribute('href'), `/customers/${existing.id}`);
  assert.equal(await item.getByRole('link', { name: 'Open' }).getAttribute('target'), '_blank', 'opens beside the form');
  assert.equal(await total(), before, 'nothing was created');
  await expectNoSeriousViolations(page, 'the duplicates notice');

  // Nothing typed is lost, and typing goes on while the notice shows.
  assert.equal(await field(page, 'First name').inputValue(), 'Nová');
  assert.equal(await field(page, 'Email').inputValue(), existing.email.toUpperCase());
  await field(page, 'Note').pressSequentially('Prišla znova');
  assert.equal(await field(page, 'Note').inputValue(), 'Prišla znova');

  await notice.getByRole('button', { name: 'Create anyway' }).click();
  await page.getByRole('heading', { level: 1, name: `Nová ${existing.lastName}` }).waitFor();
  assert.equal(await total(), before + 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"Use this customer" opens the existing customer and creates nothing', async () => {
  const existing = await existingPerson();
  const before = await total();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers/new');
  await field(page, 'Last name').fill('Iná');
  await page.getByRole('button', { name: 'Add card' }).click();
  await page.getByRole('textbox', { name: 'Card 1 serial number' }).fill(existing.cards[0].serialNumber);
  await page.getByRole('button', { name: 'Save' }).click();
  const item = duplicates(page).getByRole('listitem').first();
  await item.waitFor();
  assert.ok(await item.getByText('Same Cards').isVisible());
  await item.getByRole('button', { name: 'Use this customer' }).click();
  await page.waitForURL((url) => url.pathname === `/customers/${existing.id}`);
  await page.getByRole('link', { name: 'Edit' }).waitFor();
  assert.equal(await total(), before);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a new customer who shares no strong key is created at once', async () => {
  const before = await total();
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers/new');
  await field(page, 'Last name').fill('Jedinečná');
  await field(page, 'Email').fill('jedinecna@example.sk');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jedinečná' }).waitFor();
  assert.equal(await duplicates(page).count(), 0);
  assert.equal(await total(), before + 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a customer\'s page lists the other customers that share a strong key with it', async () => {
  const first = await apiRequest(env.server.url, 'POST', '/customers', { firstName: 'Prvý', lastName: 'Dvojník', email: 'dvojnik@example.sk' });
  const second = await apiRequest(env.server.url, 'POST', '/customers', { firstName: 'Druhý', lastName: 'Dvojník', email: 'DVOJNIK@example.sk' });
  assert.equal(second.status, 201, JSON.stringify(second.body));
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, `/customers/${first.body.id}`, { remember: true });
  await page.getByRole('heading', { level: 1, name: 'Prvý Dvojník' }).waitFor();
  const section = page.getByRole('region', { name: 'Possible duplicates' });
  const other = section.getByRole('listitem').filter({ hasText: 'Druhý Dvojník' });
  await other.getByText('Same Email').waitFor();
  await other.getByRole('link', { name: 'Druhý Dvojník' }).click();
  await page.getByRole('heading', { level: 1, name: 'Druhý Dvojník' }).waitFor();
  await section.getByRole('link', { name: 'Prvý Dvojník' }).waitFor();

  // A customer who shares nothing has no such section, once its check has answered.
  const lone = await apiRequest(env.server.url, 'POST', '/customers', { lastName: 'Osamelá', email: 'osamela@example.sk' });
  await page.goto(`${env.server.url}/customers/${lone.body.id}`);
  await page.getByRole('heading', { level: 1, name: 'Osamelá' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await section.count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a customer\'s page shows at once: its duplicate check comes in after, never holding it up', async () => {
  const first = await apiRequest(env.server.url, 'POST', '/customers', { firstName: 'Prvá', lastName: 'Pomalá', email: 'pomala@example.sk' });
  await apiRequest(env.server.url, 'POST', '/customers', { firstName: 'Druhá', lastName: 'Pomalá', email: 'pomala@example.sk' });
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers', { remember: true });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  // The check's name search waits until the page has shown.
  await page.route((url) => url.pathname === '/api/customers' && url.searchParams.get('Search') === 'Pomalá', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.server.url}/customers/${first.body.id}`);
  await page.getByRole('heading', { level: 1, name: 'Prvá Pomalá' }).waitFor();
  await page.getByRole('link', { name: 'Edit' }).waitFor();
  release();
  const section = page.getByRole('region', { name: 'Possible duplicates' });
  await section.getByRole('link', { name: 'Druhá Pomalá' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});
