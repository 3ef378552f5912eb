// A new build takes over on the next start, service worker or not: the server is restarted
// with another build, a reload shows it, and a reload without the network then starts that
// new build from the worker's cache (never the old one).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage } from './support/browser.mjs';
import { DIST, freePort, startServer } from './support/server.mjs';
import { keepSession } from './support/session.mjs';
import { table } from './support/list.mjs';

let dir;
let port;
let next;
let browser;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'customer-desk-update-'));
  port = await freePort();
  // The next build: the same app, its index.html and worker marked as another build's.
  next = join(dir, 'next-dist');
  await cp(process.env.E2E_DIST ?? DIST, next, { recursive: true });
  const index = join(next, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="build" content="next"><title>'));
  const worker = join(next, 'sw.js');
  if (existsSync(worker)) await writeFile(worker, `${await readFile(worker, 'utf8')}\n// next build\n`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const build = (page) => page.evaluate(() => document.querySelector('meta[name="build"]')?.content ?? 'first');

test('a new build replaces the old on the next start, and is the one that starts offline', async () => {
  let server = await startServer({ args: ['--demo', '30'], dir, port });
  const { context, page } = await openPage(browser);
  try {
    await keepSession(page, server.url);
    await page.goto(`${server.url}/customers`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
    await table(page).getByRole('rowheader').first().waitFor();
    assert.equal(await build(page), 'first');

    await server.stop();
    server = await startServer({ args: ['--demo', '30'], dir, port, dist: next });
    await page.reload();
    await table(page).getByRole('rowheader').first().waitFor();
    assert.equal(await build(page), 'next', 'the next start runs the new build');

    await context.setOffline(true);
    await page.reload();
    await table(page).getByRole('rowheader').first().waitFor();
    assert.equal(await build(page), 'next', 'offline, the new build starts from the cache');
  } finally {
    await context.close();
    await server.stop();
  }
});
