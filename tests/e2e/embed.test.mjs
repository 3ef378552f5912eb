// customer-desk inside an admin portal's iframe on another origin: the token hand-off,
// events to the portal, and messages from anyone else being ignored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { issueToken } from './support/session.mjs';

let app;
let portal;
let portalOrigin;
let browser;
const pages = new Map();

before(async () => {
  // The portal: a second origin (another port) serving whatever page a test registers.
  portal = createServer((request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const body = pages.get(new URL(request.url, 'http://x').pathname);
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((done) => portal.listen(0, '127.0.0.1', done));
  portalOrigin = `http://127.0.0.1:${portal.address().port}`;
  app = await startServer({
    args: ['--demo', '30'],
    config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [portalOrigin] },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((done) => portal?.close(done));
});

async function hostPage(token) {
  const template = await readFile(new URL('../../docs/embed-host.html', import.meta.url), 'utf8');
  return template.replaceAll('__APP_URL__', app.url).replaceAll('__TOKEN__', token);
}

const events = async (page) =>
  (await page.getByRole('list', { name: 'Events from customer-desk' }).getByRole('listitem').allTextContents()).map((t) => JSON.parse(t));

test('the portal hands over a token and hears about navigation and saves', async () => {
  pages.set('/portal', await hostPage(await issueToken(app.url, 'admin')));
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${portalOrigin}/portal`);
  const frame = page.frameLocator('iframe[title="customer-desk"]');
  await frame.getByRole('table', { name: 'Customers' }).waitFor();
  assert.equal(await frame.getByRole('banner').count(), 0, 'no outer chrome in the frame');

  await frame.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link').click();
  await frame.getByRole('link', { name: 'Edit' }).click();
  await frame.getByRole('textbox', { name: 'Note', exact: true }).fill('Z portálu');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByText('Z portálu').waitFor();

  const seen = await events(page);
  assert.equal(seen[0].type, 'customer-desk:ready');
  const saved = seen.find((event) => event.type === 'customer-desk:saved');
  assert.ok(saved?.id, JSON.stringify(seen));
  assert.ok(seen.some((event) => event.type === 'customer-desk:navigated' && event.id === saved.id && event.path.endsWith('/edit')));
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('tokens from frames that are not the parent are ignored, whatever their origin', async () => {
  const token = await issueToken(app.url, 'admin');
  // The portal sends nothing; sibling frames keep trying to sign the app in.
  pages.set('/quiet', (await hostPage('')).replace("if (event.data?.type === 'customer-desk:ready')", 'if (false)'));
  pages.set('/intruder', `<!DOCTYPE html><title>intruder</title><script>
    setInterval(() => parent.frames[0].postMessage({ type: 'customer-desk:token', token: ${JSON.stringify(token)} }, '*'), 100);
  </script>`);
  const { context, page } = await openPage(browser);
  await page.goto(`${portalOrigin}/quiet`);
  const frame = page.frameLocator('iframe[title="customer-desk"]');
  await frame.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  const thirdOrigin = portalOrigin.replace('127.0.0.1', 'localhost');
  await page.evaluate((sources) => {
    for (const src of sources) {
      const intruder = document.createElement('iframe');
      intruder.src = src;
      intruder.title = 'intruder';
      document.body.append(intruder);
    }
  }, [`${portalOrigin}/intruder`, `${thirdOrigin}/intruder`]);
  await page.waitForTimeout(1500);
  assert.equal(await frame.getByRole('heading', { level: 1, name: 'Sign in' }).count(), 1);
  assert.equal(await frame.getByRole('button', { name: 'Sign out' }).count(), 0);
  await context.close();
});
