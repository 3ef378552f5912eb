// The manager's loop (journeys/loop.mjs) where shops also run it: on a kiosk tablet held
// upright (768×1024, touch, kiosk mode) and inside an admin portal's 420 px iframe on
// another origin, signed in by the portal's token hand-over.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openPage } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { issueToken, signIn } from '../support/session.mjs';
import { portosApi, until } from '../support/list.mjs';
import { PORTOS, managerLoop } from './loop.mjs';

let app;
let portal;
let portalOrigin;
let browser;
let hostPage = '';

before(async () => {
  portal = createServer((request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostPage);
  });
  await new Promise((done) => portal.listen(0, '127.0.0.1', done));
  portalOrigin = `http://127.0.0.1:${portal.address().port}`;
  app = await startServer({ args: ['--demo', '300'], config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [portalOrigin] } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((done) => portal?.close(done));
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
  const template = await readFile(new URL('../../../docs/embed-host.html', import.meta.url), 'utf8');
  hostPage = template.replaceAll('__APP_URL__', app.url).replaceAll('__TOKEN__', await issueToken(app.url, 'admin'));
  const { context, page, problems } = await openPage(browser, { viewport: { width: 900, height: 900 }, acceptDownloads: true });
  await page.goto(`${portalOrigin}/portal`);
  const frame = await until(() => page.frames().find((f) => f.url().startsWith(app.url)), Boolean, 'the app in its frame');
  await frame.getByRole('table', { name: 'Customers' }).getByRole('rowheader').first().waitFor();
  assert.equal(await frame.getByRole('banner').count(), 0, 'no outer chrome');
  await managerLoop({ ui: frame, page, api: portosApi(app.url), vendor: PORTOS });
  assert.deepEqual(problems(), []);
  await context.close();
});
