// Kiosk mode: an idle kiosk warns with a countdown, then signs out and returns to the
// start; any touch keeps the session. Also: the manifest that makes it installable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn } from './support/session.mjs';

const IDLE_SECONDS = 10;
const env = serverAndBrowser({
    args: ['--demo', '20'],
    config: { backend: 'portos', apiBaseUrl: '/api', kioskIdleSeconds: IDLE_SECONDS },
  });

test('an idle kiosk warns, a touch keeps it, and then it signs out by itself', async () => {
  const { context, page, problems } = await openPage(env.browser, { viewport: { width: 768, height: 1024 }, hasTouch: true });
  await page.goto(`${env.server.url}/customers?kiosk=1`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).waitFor();

  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await warning.waitFor({ timeout: IDLE_SECONDS * 1000 });
  assert.match(await warning.textContent(), /signs out in \d+ s/);
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await warning.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1);

  const signedOut = page.waitForRequest((r) => r.url().endsWith('/api/auth') && r.method() === 'DELETE', { timeout: (IDLE_SECONDS + 5) * 1000 });
  await signedOut;
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('kiosk targets are at least 44 by 44 CSS pixels', async () => {
  const { context, page } = await openPage(env.browser, { viewport: { width: 768, height: 1024 }, hasTouch: true });
  await page.goto(`${env.server.url}/customers?kiosk=1`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).waitFor();
  const targets = [
    page.getByRole('button', { name: 'Next page' }),
    page.getByRole('button', { name: 'Sign out' }),
    page.getByRole('link', { name: 'New customer' }),
    page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link'),
    page.getByRole('searchbox', { name: 'Search' }),
  ];
  for (const target of targets) {
    const box = await target.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${target}: ${box.width}x${box.height}`);
  }
  await context.close();
});

test('the app can be installed: a manifest with a full-screen kiosk start', async () => {
  const response = await fetch(`${env.server.url}/manifest.webmanifest`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/manifest+json');
  const manifest = await response.json();
  assert.equal(manifest.display, 'fullscreen');
  assert.equal(manifest.start_url, '/customers?kiosk=1');
  assert.equal((await fetch(`${env.server.url}${manifest.icons[0].src}`)).status, 200);
});

test('the idle sign-out\'s code that does not arrive at first is fetched again, and the kiosk still signs out', async () => {
  const { context, page, problems } = await openPage(env.browser, { viewport: { width: 768, height: 1024 }, hasTouch: true });
  let dropped = 0;
  await page.route(/\/split_kiosk_idle_guard-[0-9a-f]{16}\.wasm$/, (route) => {
    if (dropped >= 1) return route.continue();
    dropped += 1;
    return route.abort('internetdisconnected');
  });
  await page.goto(`${env.server.url}/customers?kiosk=1`);
  await signIn(page, 'admin');
  await page.getByRole('table', { name: 'Customers' }).waitFor();
  await page.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
  assert.equal(dropped, 1, 'the first fetch was dropped');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
  assert.deepEqual(problems().filter((p) => !/Failed to (load resource|fetch)|internet|TypeError: Failed/.test(p)), []);
  await context.close();
});
