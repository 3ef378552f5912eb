// The list's filters, chips and column choice against the real server with 300 demo
// customers. Expected totals come from the API itself, asked with the documented parameters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, signIn } from './support/session.mjs';
import { fmt, openList } from './support/list.mjs';

const TOTAL = 300;
const env = serverAndBrowser({ args: ['--demo', String(TOTAL)] });

/** The API's total for `params` (already URL-encoded). */
async function countFor(params) {
  const { body } = await apiRequest(env.server.url, 'GET', `/customers?$count=true&${params}`);
  return body.totalCount;
}

async function waitForTotal(page, total) {
  await page.waitForFunction(
    (suffix) => [...document.querySelectorAll('[role=status]')].some((el) => el.textContent.endsWith(suffix)),
    ` of ${fmt(total)}`,
  );
}

const filters = (page) => page.getByRole('form', { name: 'Filters' });
async function openFilters(page) {
  if ((await filters(page).count()) === 0) await page.getByRole('button', { name: 'Filters' }).click();
  return filters(page);
}

test('filters apply as one URL, show as chips, and chips and "Clear filters" remove them', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url);
  await waitForTotal(page, TOTAL);
  const form = await openFilters(page);
  await form.getByRole('combobox', { name: 'Active' }).selectOption({ label: 'Inactive only' });
  await form.getByRole('combobox', { name: 'Discount rate' }).selectOption({ label: 'More than' });
  await form.getByRole('textbox', { name: 'Discount rate value' }).fill('5');
  const requests = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/customers') requests.push(new URL(r.url())); });
  await form.getByRole('button', { name: 'Apply filters' }).click();

  await page.waitForURL(/active=false/);
  assert.match(page.url(), /discount=gt%3A5/);
  const expected = await countFor('IsActive=false&DiscountRate=gt:5');
  await waitForTotal(page, expected);
  const first = requests.find((url) => url.searchParams.get('$skip') === '0');
  assert.equal(first.searchParams.get('IsActive'), 'false');
  assert.equal(first.searchParams.get('DiscountRate'), 'gt:5');
  assert.equal(requests.filter((url) => url.searchParams.get('$skip') === '0').length, 1, 'one request per change');

  const chips = page.getByRole('list', { name: 'Active filters' });
  assert.deepEqual(await chips.getByRole('listitem').allInnerTexts(), ['Inactive\n×', 'Discount rate > 5\n×']);
  await page.getByRole('button', { name: 'Remove filter: Discount rate > 5' }).click();
  await page.waitForURL((url) => !url.search.includes('discount'));
  await waitForTotal(page, await countFor('IsActive=false'));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  await waitForTotal(page, TOTAL);
  assert.equal(await page.getByRole('list', { name: 'Active filters' }).count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('every documented filter narrows the list exactly as the API does', async () => {
  const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=300&CardSerialNumber=notnull&ExternalId=notnull');
  const sample = body.items[0];
  const cases = [
    { set: async (f) => f.getByRole('combobox', { name: 'Expired' }).selectOption({ label: 'Expired only' }), params: 'IsExpired=true' },
    {
      set: async (f) => {
        await f.getByRole('combobox', { name: 'Credit rate' }).selectOption({ label: 'Between' });
        await f.getByRole('textbox', { name: 'Credit rate from' }).fill('1');
        await f.getByRole('textbox', { name: 'Credit rate to' }).fill('4,5');
      },
      params: 'CreditRate=gte:1;lte:4.5',
    },
    {
      set: async (f) => {
        await f.getByLabel('Expires after').fill('2026-01-01');
        await f.getByLabel('Expires before').fill('2028-01-01');
      },
      params: 'ExpirationTime=gte:2026-01-01;lt:2028-01-01',
    },
    { set: async (f) => f.getByRole('textbox', { name: 'External ID' }).fill(sample.externalId), params: `ExternalId=${encodeURIComponent(sample.externalId)}` },
    {
      set: async (f) => f.getByRole('textbox', { name: 'Card serial number' }).fill(sample.cards[0].serialNumber),
      params: `CardSerialNumber=${encodeURIComponent(sample.cards[0].serialNumber)}`,
    },
  ];
  const { context, page, problems } = await openList(env.browser, env.server.url);
  for (const { set, params } of cases) {
    await waitForTotal(page, TOTAL);
    const form = await openFilters(page);
    await set(form);
    await form.getByRole('button', { name: 'Apply filters' }).click();
    const expected = await countFor(params);
    assert.ok(expected > 0 && expected < TOTAL, `${params} should narrow the demo data (got ${expected})`);
    await waitForTotal(page, expected);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a value that cannot be a filter is named next to its field and nothing is sent', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url);
  await waitForTotal(page, TOTAL);
  const form = await openFilters(page);
  await form.getByRole('combobox', { name: 'Discount rate' }).selectOption({ label: 'At least' });
  const value = form.getByRole('textbox', { name: 'Discount rate value' });
  await value.fill('ten');
  const url = page.url();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  const describedBy = await value.getAttribute('aria-describedby');
  assert.ok(describedBy);
  assert.match(await page.locator(`#${describedBy}`).textContent(), /Enter a number/);
  assert.equal(await value.getAttribute('aria-invalid'), 'true');
  assert.equal(await value.inputValue(), 'ten', 'what was typed stays');
  assert.equal(page.url(), url);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a filter the server refuses is named in the alert', async () => {
  const { context, page } = await openList(env.browser, env.server.url, '/customers?discount=gt:lots');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Discount rate: /);
  await context.close();
});

test('hidden columns stay hidden after a reload', async () => {
  const { context, page, problems } = await openList(env.browser, env.server.url);
  await waitForTotal(page, TOTAL);
  const table = page.getByRole('table', { name: 'Customers' });
  assert.equal(await table.getByRole('columnheader', { name: 'Email' }).count(), 1);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Email' }).uncheck();
  assert.equal(await table.getByRole('columnheader', { name: 'Email' }).count(), 0);
  assert.equal(await table.getByRole('columnheader', { name: 'Expires' }).count(), 1);

  await page.reload();
  await signIn(page, 'admin');
  await waitForTotal(page, TOTAL);
  assert.equal(await table.getByRole('columnheader', { name: 'Email' }).count(), 0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Email' }).check();
  assert.equal(await table.getByRole('columnheader', { name: 'Email' }).count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});
