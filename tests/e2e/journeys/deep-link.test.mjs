// A shared link to a filtered, sorted page opens that very page, and Back and Forward walk
// through the views the user saw, rows, range and address each time.
import { test } from 'node:test';
import { openPage, serverAndBrowser } from '../support/browser.mjs';
import { signIn } from '../support/session.mjs';
import { expectView, pagination, portosApi } from '../support/list.mjs';

const env = serverAndBrowser({ args: ['--demo', '300'] });

test('a deep link with filters and a page, then Back and Forward through three views', async () => {
  const api = portosApi(env.server.url);
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers?active=true&discount=gt%3A5&sort=email&page=3`);
  await signIn(page, 'admin', { remember: true });
  const params = { IsActive: 'true', DiscountRate: 'gt:5', $sort: 'email' };
  const url = { active: 'true', discount: 'gt:5', sort: 'email' };
  const third = { url: { ...url, page: '3' }, ...(await api.view(params, 3)) };
  await expectView(page, third, 'the linked page');

  await pagination(page).getByRole('button', { name: 'Next page' }).click();
  const fourth = { url: { ...url, page: '4' }, ...(await api.view(params, 4)) };
  await expectView(page, fourth, 'the next page');

  await page.getByRole('button', { name: 'Remove filter: Discount rate > 5' }).click();
  const unfiltered = { url: { active: 'true', sort: 'email' }, ...(await api.view({ IsActive: 'true', $sort: 'email' })) };
  await expectView(page, unfiltered, 'a filter removed');

  await page.goBack();
  await expectView(page, fourth, 'Back');
  await page.goBack();
  await expectView(page, third, 'Back again');
  await page.goForward();
  await expectView(page, fourth, 'Forward');
  await page.goForward();
  await expectView(page, unfiltered, 'Forward again');

  // A reload of a filtered page shows that page too.
  await page.goBack();
  await page.reload();
  await expectView(page, fourth, 'reloaded');
  await pagination(page).getByRole('button', { name: 'Last page' }).click();
  const { total } = fourth;
  const last = Math.ceil(total / 25);
  await expectView(page, { url: { ...url, page: String(last) }, ...(await api.view(params, last)) }, 'the last page');
  await context.close();
  if (problems().length) throw new Error(problems().join('\n'));
});
