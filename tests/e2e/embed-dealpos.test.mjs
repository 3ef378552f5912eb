// customer-desk configured for DealPOS inside a portal's iframe: the portal hands over a
// DealPOS token (from its client credentials), and the app checks it with DealPOS itself,
// not with PORTOS's profile request, which a DealPOS server does not have.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { dealposToken } from './support/session.mjs';
import { startPortal } from './support/portal.mjs';

let app;
let portal;
let browser;

before(async () => {
  portal = await startPortal(() => app.url, (appUrl, clientId) => dealposToken(appUrl, clientId));
  portal.tokens.user = 'demo';
  app = await startServer({
    args: ['--demo', '30'],
    config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3', allowedOrigins: [portal.origin] },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await portal?.close();
});

test('a DealPOS token handed over by the portal opens the list in the frame', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${portal.origin}/portal`);
  const frame = page.frameLocator('iframe[title="customer-desk"]');
  const table = frame.getByRole('table', { name: 'Customers' });
  await table.waitFor();
  assert.equal(await frame.getByRole('textbox', { name: 'Access token' }).count(), 0, 'no sign-in asked for');
  await table.getByRole('row').nth(1).getByRole('link').click();
  await frame.getByRole('link', { name: 'Edit' }).waitFor();
  assert.ok(portal.tokens.issued >= 1);
  assert.deepEqual(problems(), []);
  await context.close();
});
