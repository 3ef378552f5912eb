// "Export CSV": every customer of the list's query, in pages of 500, saved as a file. The
// file is parsed here (an RFC 4180 reader written for this test) and compared with what the
// API answers for the same query; crafted customers check quoting and formula neutralising.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serverAndBrowser } from './support/browser.mjs';
import { apiRequest, createCustomer } from './support/session.mjs';
import { parseCsv } from './support/csv.mjs';
import { openList, until } from './support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '1200'] });

// Customers with a discount above 5 %: several hundred of the demo data plus these three,
// more than one page of 500.
const FILTER_URL = '/customers?discount=gt%3A5&sort=-discountRate';
const FILTER_API = 'DiscountRate=gt:5&$sort=-discountRate';
const CRAFTED = [
  { externalId: 'CSV-1', firstName: 'Anna, "Nan"', lastName: 'Quotes', note: 'line one\nline two, "quoted"', discountRate: 6 },
  { externalId: 'CSV-2', firstName: '=HYPERLINK("http://example.com","x")', lastName: 'Formula', note: '@SUM(A1:A9)', discountRate: 7 },
  { externalId: 'CSV-3', firstName: 'Šťastná', lastName: 'Plus', phone: '+421 900 123 456', note: '-5 or =1+2, then\r\nmore', discountRate: 8 },
];

let created;
/** Creates the crafted customers once, for whichever test runs first. */
function craft() {
  created ??= (async () => {
    for (const customer of CRAFTED) await createCustomer(env.server.url, { isActive: true, ...customer });
  })();
  return created;
}

/** What a spreadsheet-safe cell holds: formula-like text gets a leading quote. */
const neutral = (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The list at `path` with the crafted customers in it, ready to save a download. */
async function openCraftedList(path) {
  await craft();
  return openList(env.browser, env.server.url, path, { pageOptions: { acceptDownloads: true } });
}

test('the export holds every customer of the query, quoted and neutralised', async () => {
  await craft();
  const { body } = await apiRequest(env.server.url, 'GET', `/customers?$take=1000&${FILTER_API}`);
  assert.ok(body.totalCount > 500 && body.totalCount < 1000, `a few hundred, more than a page: ${body.totalCount}`);
  const { context, page, problems } = await openCraftedList(FILTER_URL);
  const requests = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/customers') requests.push(new URL(r.url())); });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const today = new Date();
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  assert.equal(download.suggestedFilename(), `customers-${day}.csv`);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
  const text = bytes.subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, ['Name', 'Email', 'Phone', 'Company', 'Status', 'Active', 'Discount rate', 'Credit rate', 'Cards', 'Expires', 'External ID', 'Note', 'ID']);
  assert.equal(rows.length, body.totalCount, 'one row per matching customer');
  assert.ok(rows.every((row) => row.length === 13));
  // Same customers in the same order as the API, across both pages.
  assert.deepEqual(rows.map((row) => row[0]), body.items.map((c) => neutral(c.fullName)));
  assert.deepEqual(rows.map((row) => row[12]), body.items.map((c) => c.id), 'each row names its customer');
  const exportRequests = requests.filter((url) => url.searchParams.get('$take') === '500');
  assert.deepEqual(exportRequests.map((url) => url.searchParams.get('$skip')), ['0', '500']);
  assert.ok(exportRequests.every((url) => url.searchParams.get('DiscountRate') === 'gt:5' && url.searchParams.get('$sort') === '-discountRate'));

  const byId = (id) => rows.find((row) => row[10] === id);
  assert.equal(byId('CSV-1')[0], 'Anna, "Nan" Quotes');
  assert.equal(byId('CSV-1')[11], 'line one\nline two, "quoted"');
  assert.equal(byId('CSV-2')[0], `'=HYPERLINK("http://example.com","x") Formula`);
  assert.equal(byId('CSV-2')[11], "'@SUM(A1:A9)");
  assert.equal(byId('CSV-3')[0], 'Šťastná Plus');
  assert.equal(byId('CSV-3')[2], "'+421 900 123 456");
  assert.equal(byId('CSV-3')[11], "'-5 or =1+2, then\r\nmore");
  assert.deepEqual(byId('CSV-3').slice(4, 8), ['Valid', 'Yes', '8', '0']);
  // And as written, byte for byte.
  assert.ok(text.includes('"Anna, ""Nan"" Quotes",'));
  assert.ok(text.includes(`"'=HYPERLINK(""http://example.com"",""x"") Formula",`));
  assert.ok(text.includes(`,"'-5 or =1+2, then\r\nmore",${byId('CSV-3')[12]}\r\n`));
  assert.equal(await page.getByRole('progressbar', { name: 'Export progress' }).count(), 0, 'the progress bar goes');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('progress shows while pages load, and Cancel stops fetching and saves nothing', async () => {
  const { body } = await apiRequest(env.server.url, 'GET', `/customers?$count=true&${FILTER_API}`);
  const { context, page, problems } = await openCraftedList(FILTER_URL);
  // The second page waits until the test lets it go.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let secondAsked = false;
  await page.route((url) => url.pathname === '/api/customers' && url.searchParams.get('$skip') === '500', async (route) => {
    secondAsked = true;
    await held;
    await route.continue().catch(() => {});
  });
  const downloads = [];
  page.on('download', (d) => downloads.push(d));

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const progress = page.getByRole('progressbar', { name: 'Export progress' });
  await page.waitForFunction(() => document.querySelector('progress')?.getAttribute('value') === '500');
  assert.equal(await progress.getAttribute('max'), String(body.totalCount));
  assert.ok(await page.getByRole('button', { name: 'Export CSV' }).isDisabled(), 'one export at a time');
  // The second page is asked for right after the first is counted.
  await until(() => secondAsked, (asked) => asked, 'the second page asked for');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await progress.waitFor({ state: 'detached' });
  release();
  await page.waitForTimeout(1000);
  assert.equal(downloads.length, 0, 'nothing is saved after Cancel');
  assert.equal(await page.getByRole('alert').count(), 0, 'Cancel is not an error');
  assert.ok(await page.getByRole('button', { name: 'Export CSV' }).isEnabled());
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a failure while exporting shows an alert with the message and saves nothing', async () => {
  const { context, page, problems } = await openCraftedList(FILTER_URL);
  await page.route((url) => url.pathname === '/api/customers' && url.searchParams.get('$skip') === '500', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/problem+json',
      body: JSON.stringify({ status: 500, title: 'The database is being restored' }),
    }),
  );
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /^The export failed\. .*The database is being restored/);
  assert.equal(downloads.length, 0);
  assert.equal(await page.getByRole('progressbar', { name: 'Export progress' }).count(), 0);
  // The browser logs the failed request itself; nothing else may go wrong.
  assert.deepEqual(problems().filter((p) => !/status of 500/.test(p)), []);
  await context.close();
});
