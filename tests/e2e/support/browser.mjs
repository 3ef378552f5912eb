// Debian's Chromium driven by playwright-core: the house standard for browser tests.
// Tests select by role and accessible name only.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A fresh context and page that records console errors, uncaught exceptions and
 * Content-Security-Policy violations; `problems()` returns them so a test can assert
 * there were none.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options });
  const page = await context.newPage();
  const recorded = [];
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => recorded.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { context, page, problems: () => [...recorded] };
}

/**
 * One server (with `serverOptions`, see startServer) and one browser for a test file,
 * started before its tests and stopped after them: `env.server`, `env.browser`.
 */
export function serverAndBrowser(serverOptions) {
  const env = {};
  before(async () => {
    env.server = await startServer(serverOptions);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
