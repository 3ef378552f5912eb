// The app shell in Chromium against the release build: routing, chrome, embed mode,
// the config error page, and the security headers it runs under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { signIn } from './support/session.mjs';
import { DIST, startServer } from './support/server.mjs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const env = serverAndBrowser();

test('an unknown path shows the not-found page inside the chrome, with a way back', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/no/such/page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.getByRole('banner').count(), 1);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1);

  await page.getByRole('link', { name: 'Back to customers' }).click();
  await signIn(page);
  await page.waitForURL(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the root leads to the customer list, through sign-in', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(env.server.url);
  await page.waitForURL(`${env.server.url}/sign-in?next=%2Fcustomers`);
  await signIn(page);
  await page.waitForURL(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('?embed=1 hides the outer chrome', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/no/such/page?embed=1`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.getByRole('banner').count(), 0);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a missing config.json gives an error page that names the file', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto(`${env.server.url}/customers`);
  await page.getByRole('heading', { level: 1, name: 'customer-desk cannot start' }).waitFor();
  assert.equal(
    await page.getByRole('alert').textContent(),
    'config.json was not found on the server (HTTP 404)',
  );
  await context.close();
});

test('a malformed config.json gives an error page that says what is wrong', async () => {
  const { context, page } = await openPage(env.browser);
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{ "backend": "portos", "apiBaseURL": "/api" }' }),
  );
  await page.goto(`${env.server.url}/customers`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /^config\.json is malformed: /);
  assert.match(text, /unknown field `apiBaseURL`/);
  await context.close();
});

test('the page is served with a strict CSP and the wasm as application/wasm, compressed', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const wasmResponse = page.waitForResponse((response) => response.url().endsWith('.wasm'));
  const response = await page.goto(`${env.server.url}/customers`);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(response.headers()['x-content-type-options'], 'nosniff');
  const wasm = await wasmResponse;
  assert.equal(wasm.headers()['content-type'], 'application/wasm');
  assert.equal(wasm.headers()['content-encoding'], 'br');
  assert.match(wasm.headers()['cache-control'], /immutable/);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

/** A policy's directives by name. */
const directives = (policy) =>
  Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]));

test('index.html carries the server\'s Content-Security-Policy itself, for static hosts that send none', async () => {
  const response = await fetch(`${env.server.url}/customers`);
  const header = directives(response.headers.get('content-security-policy'));
  const html = await response.text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'a policy in index.html');
  assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'before any script');
  const inHtml = directives(meta[1]);
  // frame-ancestors works only as a header; the API origin is known only from config.json.
  assert.equal(inHtml['frame-ancestors'], undefined);
  assert.match(inHtml['connect-src'], /^'self' /);
  for (const name of Object.keys(header).filter((name) => !['frame-ancestors', 'connect-src'].includes(name))) {
    assert.equal(inHtml[name], header[name], name);
  }
  assert.deepEqual(Object.keys(inHtml).sort(), Object.keys(header).filter((name) => name !== 'frame-ancestors').sort());
  // And the app runs under it on a static host that sends no policy at all, its API on
  // another origin: nothing the app does is blocked, and an injected inline script is.
  const config = { backend: 'portos' };
  const host = await staticHost(config);
  const api = await startServer({ args: ['--demo', '5', '--cors-origin', host.origin] });
  config.apiBaseUrl = `${api.url}/api`;
  try {
    const plain = await fetch(`${host.origin}/customers`);
    assert.equal(plain.headers.get('content-security-policy'), null, 'the host sends no policy');
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(`${host.origin}/customers`);
    await signIn(page);
    await page.getByRole('table', { name: 'Customers' }).getByRole('rowheader').first().waitFor();
    assert.deepEqual(problems(), []);
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return window.injected ?? false;
    });
    assert.equal(injected, false, 'the policy in index.html blocks inline script');
    await context.close();
  } finally {
    await host.close();
    await api.stop();
  }
});

/** A static host as in docs/deployment.md: dist/ with SPA fallback and its own config.json, no headers. */
async function staticHost(config) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/config.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(config));
    const dist = process.env.E2E_DIST ?? DIST;
    const file = join(dist, path);
    const found = path !== '/' && (await stat(file).catch(() => null))?.isFile();
    const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
    response.writeHead(200, { 'content-type': found ? (types[extname(file)] ?? 'application/octet-stream') : 'text/html; charset=utf-8' });
    response.end(await readFile(found ? file : join(dist, 'index.html')));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
