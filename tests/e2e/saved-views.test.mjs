// Saved views: a filtered and sorted list saved under a name, applied from the menu,
// renamed and deleted; kept in the browser per user, across reloads and sign-ins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, signIn } from './support/session.mjs';
import { rows, showList } from './support/list.mjs';
import { axeViolations } from './support/axe.mjs';

const TOTAL = 300;
const env = serverAndBrowser({ args: ['--demo', String(TOTAL)] });

const VIEW_PATH = '/customers?active=true&discount=gt%3A5&sort=-discountRate%2CfullName&size=50';
const VIEW_API = 'IsActive=true&DiscountRate=gt:5&$sort=-discountRate,fullName&$take=50';

const menu = (page) => page.getByRole('button', { name: 'Saved views' });
const views = (page) => page.getByRole('list', { name: 'Saved views' });

async function openMenu(page) {
  if ((await menu(page).getAttribute('aria-expanded')) !== 'true') await menu(page).click();
}

test('a view is saved, applied, renamed and deleted, and kept per user across reloads', async () => {
  const { body } = await apiRequest(env.server.url, 'GET', `/customers?${VIEW_API}`);
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, `${VIEW_PATH}&page=2`);

  await openMenu(page);
  assert.equal(await page.getByText('No saved views yet.').count(), 1);
  await page.getByRole('button', { name: 'Save current view' }).click();
  const name = page.getByRole('textbox', { name: 'View name' });
  assert.ok(await name.evaluate((el) => el === document.activeElement), 'the name field takes focus');
  await page.getByRole('button', { name: 'Save view' }).click();
  assert.equal(await page.getByText('Enter a name for the view.').count(), 1);
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  await name.fill('  Big discounts ');
  await page.getByRole('button', { name: 'Save view' }).click();
  const link = views(page).getByRole('link', { name: 'Big discounts' });
  await link.waitFor();
  // Saved without the page: a view always opens on page 1.
  assert.equal(await link.getAttribute('href'), VIEW_PATH);

  // A second view with the same name (any case) is refused.
  await page.getByRole('button', { name: 'Save current view' }).click();
  await page.getByRole('textbox', { name: 'View name' }).fill('big DISCOUNTS');
  await page.getByRole('button', { name: 'Save view' }).click();
  const error = page.getByText('A view with this name already exists.');
  await error.waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'View name' }).getAttribute('aria-describedby'), await error.getAttribute('id'));
  assert.deepEqual(await axeViolations(page), [], 'the open menu with an error passes axe');
  await page.getByRole('button', { name: 'Cancel saving' }).click();

  // Elsewhere, then back through the view.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.waitForURL(`${env.server.url}/customers`);
  await page.getByText(`1–25 of ${TOTAL}`).waitFor();
  await openMenu(page);
  await views(page).getByRole('link', { name: 'Big discounts' }).click();
  await page.waitForURL(`${env.server.url}${VIEW_PATH}`);
  await page.getByText(`1–${Math.min(50, body.totalCount)} of ${body.totalCount}`).waitFor();
  assert.equal(await rows(page).count(), Math.min(50, body.totalCount) + 1);
  assert.equal(await rows(page).nth(1).getByRole('link').textContent(), body.items[0].fullName);
  assert.equal(await views(page).count(), 0, 'applying a view closes the menu');

  // Rename.
  await openMenu(page);
  await page.getByRole('button', { name: 'Rename view: Big discounts' }).click();
  const newName = page.getByRole('textbox', { name: 'New name' });
  assert.equal(await newName.inputValue(), 'Big discounts');
  await newName.fill('Top discounts');
  await page.getByRole('button', { name: 'Save name' }).click();
  await views(page).getByRole('link', { name: 'Top discounts' }).waitFor();
  assert.equal(await views(page).getByRole('link', { name: 'Big discounts' }).count(), 0);

  // A second view, to see the order and a delete that leaves the other.
  await page.getByRole('button', { name: 'Save current view' }).click();
  await page.getByRole('textbox', { name: 'View name' }).fill('Active ones');
  await page.getByRole('button', { name: 'Save view' }).click();
  await views(page).getByRole('link', { name: 'Active ones' }).waitFor();
  assert.deepEqual(await views(page).getByRole('link').allTextContents(), ['Active ones', 'Top discounts']);

  // Reload: the session is gone (memory only), the views are not.
  await page.reload();
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).waitFor();
  await openMenu(page);
  assert.deepEqual(await views(page).getByRole('link').allTextContents(), ['Active ones', 'Top discounts']);

  // Another user on the same browser has views of their own.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await showList(page, env.server.url, '/customers', { user: 'clerk' });
  await openMenu(page);
  assert.equal(await page.getByText('No saved views yet.').count(), 1);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await showList(page, env.server.url, '/customers', { user: 'admin' });
  await openMenu(page);

  // Delete.
  await page.getByRole('button', { name: 'Delete view: Active ones' }).click();
  assert.deepEqual(await views(page).getByRole('link').allTextContents(), ['Top discounts']);
  await page.reload();
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).waitFor();
  await openMenu(page);
  assert.deepEqual(await views(page).getByRole('link').allTextContents(), ['Top discounts']);
  assert.deepEqual(problems(), []);
  await context.close();
});
