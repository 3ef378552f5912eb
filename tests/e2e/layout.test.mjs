// Where things are on the screens shops use: the pager and the form's Save in view without
// scrolling, compact rows kept per user, no sideways scrolling on a tablet held sideways,
// and dates read back in the app's language beside the browser's own pickers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn } from './support/session.mjs';
import { pagination, table } from './support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '120'] });

const inViewport = (locator) => locator.evaluate((element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
});
const rowHeight = (page) => table(page).getByRole('row').nth(1).evaluate((row) => row.getBoundingClientRect().height);

test('at 1366×768 the pager is in view; compact rows are about 36 px and stay chosen', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page, 'admin', { remember: true });
  await table(page).getByRole('rowheader').first().waitFor();
  assert.ok(await inViewport(pagination(page).getByRole('button', { name: 'Next page' })), 'Next page without scrolling');
  assert.ok(await inViewport(pagination(page).getByRole('status')), 'the range without scrolling');
  assert.ok((await rowHeight(page)) > 44, 'comfortable rows by default');

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Rows' }).getByRole('radio', { name: 'Compact' }).check();
  await page.waitForFunction(() => document.querySelector('table[aria-labelledby=customers-heading] tbody tr')?.getBoundingClientRect().height <= 40);
  const compact = await rowHeight(page);
  assert.ok(compact >= 30 && compact <= 40, `about 36 px: ${compact}`);
  await page.reload();
  await table(page).getByRole('rowheader').first().waitFor();
  assert.ok((await rowHeight(page)) <= 40, 'still compact after a reload');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a tablet held sideways (1024×768 kiosk) never scrolls the list sideways', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
  await page.goto(`${env.server.url}/customers?kiosk=1`);
  await signIn(page, 'admin');
  await table(page).getByRole('rowheader').first().waitFor();
  const widths = await table(page).evaluate((t) => [t.parentElement.scrollWidth, t.parentElement.clientWidth, document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1] && widths[2] <= widths[3], `no sideways scrolling: ${widths}`);
  await context.close();
});

test("the form's Save and its outcome stay in view, and dates read in the app's language", async () => {
  const { context, page } = await openPage(env.browser, { locale: 'en-US' });
  await page.goto(`${env.server.url}/customers/new`);
  await signIn(page, 'admin');
  const save = page.getByRole('button', { name: 'Save' });
  await save.waitFor();
  assert.ok(await inViewport(save), 'Save without scrolling');
  const activation = page.getByRole('textbox', { name: 'Activation time' }).or(page.getByLabel('Activation time'));
  await activation.fill('2027-07-15T10:00');
  await page.getByText('Reads as 15/07/2027, 10:00').waitFor();
  // Nothing named: the summary shows beside Save, in view.
  await save.click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' });
  await summary.waitFor();
  assert.ok(await inViewport(summary), 'the outcome is beside Save');
  await context.close();
});
