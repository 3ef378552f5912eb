// The manager's loop (journeys/loop.mjs) where shops also run it: on a kiosk tablet held
// upright (768×1024, touch, kiosk mode) and inside an admin portal's 420 px iframe on
// another origin, signed in by the portal's token hand-over.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { signIn } from '../support/session.mjs';
import { startPortal } from '../support/portal.mjs';
import { portosApi, until } from '../support/list.mjs';
import { PORTOS, managerLoop } from './loop.mjs';

let app;
let portal;
let portalOrigin;
let browser;

before(async () => {
  portal = await startPortal(() => app.url);
  portalOrigin = portal.origin;
  app = await startServer({ args: ['--demo', '300'], config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [portalOrigin] } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await portal?.close();
});

test('on a kiosk tablet held upright (768×1024, touch)', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 768, height: 1024 }, hasTouch: true, acceptDownloads: true });
  await page.goto(`${app.url}/customers?kiosk=1`);
  await signIn(page, 'admin');
  await managerLoop({ ui: page, page, api: portosApi(app.url), vendor: PORTOS });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
  assert.deepEqual(problems(), []);
  await context.close();
});

test("inside an admin portal's 420 px iframe", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 900, height: 900 }, acceptDownloads: true });
  await page.goto(`${portalOrigin}/portal`);
  const frame = await until(() => page.frames().find((f) => f.url().startsWith(app.url)), Boolean, 'the app in its frame');
  await frame.getByRole('table', { name: 'Customers' }).getByRole('rowheader').first().waitFor();
  assert.equal(await frame.getByRole('banner').count(), 0, 'no outer chrome');
  await managerLoop({ ui: frame, page, api: portosApi(app.url), vendor: PORTOS });
  assert.deepEqual(problems(), []);
  await context.close();
});
