// Narrow screens: a tablet held upright (768 px) and a portal's iframe or a phone (420 px).
// The list shows each customer as a card of five fields (the name's link, status, email,
// phone, company) that is still a table to assistive technology; no page scrolls sideways;
// the header keeps one row at 768 px (and at 1024 px in kiosk mode) with the language and
// colour scheme behind "Settings", still labelled; targets stay at least 44 px (52 in kiosk).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support/browser.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { apiRequest, openSignedIn } from './support/session.mjs';

const env = serverAndBrowser({ args: ['--demo', '40'] });

const WIDTHS = [
  { width: 420, height: 800 },
  { width: 768, height: 1024 },
];

const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const viewport of WIDTHS) {
  test(`at ${viewport.width} px each customer is a card of five fields, and no page scrolls sideways`, async () => {
    const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers', { pageOptions: { viewport } });
    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByRole('row').nth(1).waitFor();
    assert.ok(await noSidewaysScroll(page), 'the list');

    const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=3');
    for (const [index, customer] of body.items.entries()) {
      const row = table.getByRole('row').nth(index + 1);
      assert.equal(await row.getByRole('rowheader').getByRole('link').textContent(), customer.fullName);
      const cells = await row.getByRole('cell').allInnerTexts();
      assert.equal(cells.length, 4, `email, phone, company, status: ${cells}`);
      assert.deepEqual(cells.slice(0, 3), [customer.email ?? '', customer.phone ?? '', customer.company?.name ?? '']);
      const card = await row.boundingBox();
      assert.ok(card.width <= viewport.width, 'a card fits the screen');
    }
    await expectNoSeriousViolations(page, `the list at ${viewport.width} px`);

    await table.getByRole('row').nth(1).getByRole('link').click();
    await page.getByRole('link', { name: 'Edit' }).waitFor();
    assert.ok(await noSidewaysScroll(page), 'the detail page');
    await expectNoSeriousViolations(page, `the detail page at ${viewport.width} px`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    assert.ok(await noSidewaysScroll(page), 'the edit page');
    await expectNoSeriousViolations(page, `the edit page at ${viewport.width} px`);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

async function headerFits(page, minTarget) {
  const banner = page.getByRole('banner');
  const height = (await banner.boundingBox()).height;
  const targets = await banner.evaluate((header) =>
    [...header.querySelectorAll('a, button, select')].filter((e) => e.offsetParent).map((e) => [e.textContent.trim(), e.getBoundingClientRect().height]),
  );
  for (const [name, targetHeight] of targets) assert.ok(targetHeight >= minTarget - 0.5, `${name}: ${targetHeight} px`);
  return height;
}

test('at 768 px the header keeps one row; Settings holds the labelled language and colour-scheme choices', async () => {
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers', { pageOptions: { viewport: { width: 768, height: 1024 } } });
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
  assert.ok((await headerFits(page, 44)) < 70, 'one row');
  const settings = page.getByRole('banner').getByRole('button', { name: 'Settings' });
  assert.equal(await settings.getAttribute('aria-expanded'), 'false');
  await settings.click();
  await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption({ label: 'Dark' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Slovenčina' });
  await page.getByRole('heading', { level: 1, name: 'Zákazníci' }).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('combobox', { name: 'Jazyk' }).isVisible(), false, 'Escape closes the panel');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('in kiosk mode at 1024 px the header keeps one row and every target is at least 52 px', async () => {
  const { context, page, problems } = await openSignedIn(env.browser, env.server.url, '/customers?kiosk=1', { pageOptions: { viewport: { width: 1024, height: 768 } } });
  await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
  assert.ok((await headerFits(page, 52)) < 80, 'one row');
  const listTargets = await page.getByRole('main').evaluate((main) =>
    // What can be seen and touched (a closed dialog's buttons cannot).
    [...main.querySelectorAll('.toolbar button, .page-header a, nav[aria-label] button')].filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect().height),
  );
  assert.ok(listTargets.length > 0 && listTargets.every((h) => h >= 51.5), JSON.stringify(listTargets));
  assert.deepEqual(problems(), []);
  await context.close();
});
