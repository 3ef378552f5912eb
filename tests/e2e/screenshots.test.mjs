// Screenshots of the main pages (sign-in, list, detail, the edit form with an error) at
// 1366x768 desktop, 768x1024 tablet portrait, 1024x768 tablet landscape and in a 420x800
// iframe of the example portal (docs/embed-host.html, embed mode), each in light and dark,
// saved as PNGs to screenshots/ at the repository root (CI keeps that folder); and, on the
// desktop in light, the counter's dialogs: "Scan card", "Possible duplicates", "Anonymize".
// Each shot also checks that the page rendered its heading and does not scroll sideways
// (the customer table scrolls inside its own wrapper, which is allowed).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { silentHostPage, startPortal } from './support/portal.mjs';
import { translator } from './support/i18n.mjs';
import { apiRequest } from './support/session.mjs';

const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');
const VIEWPORTS = {
  desktop: { width: 1366, height: 768 },
  'tablet-portrait': { width: 768, height: 1024 },
  'tablet-landscape': { width: 1024, height: 768 },
};
const FRAME = { width: 420, height: 800 };
const SCHEMES = ['light', 'dark'];

let app;
let portal;
let portalOrigin;
let browser;

before(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  portal = await startPortal(() => app.url);
  portalOrigin = portal.origin;
  [app, browser] = await Promise.all([
    startServer({ args: ['--demo', '60'], config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [portalOrigin] } }),
    launchBrowser(),
  ]);
  // A portal without a session for the user: it never hands a token over.
  portal.pages.set('/portal-signed-out', await silentHostPage(app.url));
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await portal?.close();
});

const heading = (scope, name) => scope.getByRole('heading', { level: 1, name });

/**
 * Before a shot: the pointer off the content (no hover highlight) and, for the form, the
 * page scrolled back to its top so the heading and the alert show with the first error.
 */
async function compose(page, frame, name) {
  await page.mouse.move(0, 0);
  if (name === 'edit') await frame.evaluate(() => window.scrollTo(0, 0));
}

/** The document's scroll width against the viewport's: no sideways scrolling. */
async function assertNoHorizontalOverflow(frame, label) {
  const { scrollWidth, innerWidth } = await frame.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: the page is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
}


/**
 * Walks sign-in, list, detail and the edit form with an error in `scope` (a page or a
 * frame locator), calling `shoot(name, frame)` at each. `t` gives the accessible names in
 * the app's language (English by default).
 */
async function walk(scope, { signInFirst, shoot, t = (text) => text }) {
  const customers = scope.getByRole('table', { name: t('Customers') });
  if (signInFirst) {
    await heading(scope, t('Sign in')).waitFor();
    await shoot('sign-in');
    await scope.getByRole('textbox', { name: t('User name') }).fill('admin');
    await scope.getByRole('textbox', { name: t('Password'), exact: true }).fill('admin');
    await scope.getByRole('checkbox', { name: t('Keep me signed in (until this tab is closed)') }).check();
    await scope.getByRole('button', { name: t('Sign in') }).click();
  }
  await heading(scope, t('Customers')).waitFor();
  await customers.getByRole('row').nth(1).waitFor();
  await customers.and(scope.locator('[aria-busy=false]')).waitFor();
  await shoot('list');

  const first = customers.getByRole('row').nth(1).getByRole('link');
  const name = await first.textContent();
  await first.click();
  await heading(scope, name).waitFor();
  await scope.getByRole('heading', { level: 2, name: t('Credit history') }).waitFor();
  await shoot('detail');

  await scope.getByRole('link', { name: t('Edit'), exact: true }).click();
  const email = scope.getByRole('textbox', { name: t('Email'), exact: true });
  await email.fill('not-an-email');
  await scope.getByRole('button', { name: t('Save'), exact: true }).click();
  await scope.getByRole('alert').filter({ hasText: t('Please correct the highlighted fields.') }).waitFor();
  await scope.getByText(t('Not a valid e-mail address.')).waitFor();
  await heading(scope, name).waitFor();
  await shoot('edit');
}

for (const scheme of SCHEMES) {
  describe(`screenshots, ${scheme}`, () => {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      test(`${device} ${viewport.width}x${viewport.height}`, async () => {
        const { context, page, problems } = await openPage(browser, { viewport, colorScheme: scheme });
        await page.goto(`${app.url}/customers`);
        await walk(page, {
          signInFirst: true,
          shoot: async (name) => {
            await assertNoHorizontalOverflow(page, `${device} ${scheme} ${name}`);
            await compose(page, page, name);
            await page.screenshot({ path: join(SCREENSHOTS, `${device}-${scheme}-${name}.png`), animations: 'disabled' });
          },
        });
        assert.deepEqual(problems(), []);
        await context.close();
      });
    }

    test(`iframe ${FRAME.width}x${FRAME.height} in the example portal`, async () => {
      const { context, page, problems } = await openPage(browser, { viewport: { width: 1366, height: 1000 }, colorScheme: scheme });
      const shootFrame = (frameElement, frame) => async (name) => {
        await assertNoHorizontalOverflow(frame, `iframe ${scheme} ${name}`);
        await compose(page, frame, name);
        await frameElement.screenshot({ path: join(SCREENSHOTS, `iframe-${scheme}-${name}.png`), animations: 'disabled' });
      };
      const open = async (path) => {
        await page.goto(`${portalOrigin}${path}`);
        const frameElement = page.locator('iframe[title="customer-desk"]');
        await frameElement.evaluate((el, { width, height }) => {
          el.width = String(width);
          el.height = String(height);
        }, FRAME);
        const frame = await (await frameElement.elementHandle()).contentFrame();
        return { scope: page.frameLocator('iframe[title="customer-desk"]'), frameElement, frame };
      };

      const signedOut = await open('/portal-signed-out');
      await heading(signedOut.scope, 'Sign in').waitFor();
      await shootFrame(signedOut.frameElement, signedOut.frame)('sign-in');

      const signedIn = await open('/portal');
      await walk(signedIn.scope, { signInFirst: false, shoot: shootFrame(signedIn.frameElement, signedIn.frame) });
      assert.deepEqual(problems(), []);
      await context.close();
    });
  });
}

test('desktop in Slovak and Indonesian, light', async () => {
  for (const [language, tag] of [['sk', 'sk-SK'], ['id', 'id-ID']]) {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop, colorScheme: 'light', locale: tag });
    await page.goto(`${app.url}/customers`);
    await walk(page, {
      signInFirst: true,
      t: translator(language),
      shoot: async (name) => {
        await assertNoHorizontalOverflow(page, `${language} ${name}`);
        await compose(page, page, name);
        await page.screenshot({ path: join(SCREENSHOTS, `desktop-light-${name}-${language}.png`), animations: 'disabled' });
      },
    });
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test('at the counter (desktop, light): the scan dialog, possible duplicates, the anonymize confirmation', async () => {
  const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop, colorScheme: 'light' });
  // A tablet's camera and BarcodeDetector, which this Chromium lacks: a still image, no code.
  await context.addInitScript(() => {
    window.BarcodeDetector = class {
      async detect() {
        return [];
      }
    };
    navigator.mediaDevices.enumerateDevices = async () => [{ kind: 'videoinput', deviceId: 'back', label: 'Back camera', groupId: 'g' }];
    navigator.mediaDevices.getUserMedia = async () => {
      const still = document.createElement('canvas');
      still.width = 640;
      still.height = 480;
      const draw = still.getContext('2d');
      draw.fillStyle = '#eee';
      draw.fillRect(0, 0, 640, 480);
      draw.fillStyle = '#222';
      for (let x = 120; x < 520; x += 14) draw.fillRect(x, 160, x % 28 ? 6 : 10, 160);
      return still.captureStream(1);
    };
  });
  const shot = async (name) => {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, `desktop-light-${name}.png`), animations: 'disabled' });
  };
  await page.goto(`${app.url}/customers`);
  await heading(page, 'Sign in').waitFor();
  await page.getByRole('textbox', { name: 'User name' }).fill('admin');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('admin');
  await page.getByRole('checkbox', { name: 'Keep me signed in (until this tab is closed)' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const customers = page.getByRole('table', { name: 'Customers' });
  await customers.getByRole('row').nth(1).waitFor();

  await page.getByRole('button', { name: 'Scan card' }).click();
  const scanning = page.getByRole('dialog', { name: 'Scan card' });
  await scanning.waitFor();
  await page.waitForFunction(() => document.querySelector('dialog[open] video')?.readyState >= 2);
  await shot('scan-card');
  await scanning.getByRole('button', { name: 'Cancel' }).click();

  const { body } = await apiRequest(app.url, 'GET', '/customers?$take=100');
  const person = body.items.find((c) => !c.isCompany && c.email && c.firstName && c.lastName);
  const name = `${person.firstName} ${person.lastName}`;
  await page.goto(`${app.url}/customers/${person.id}`);
  await heading(page, name).waitFor();
  await page.getByRole('button', { name: 'Anonymize' }).click();
  const confirm = page.getByRole('dialog', { name: `Anonymize ${name}?` });
  await confirm.getByRole('textbox', { name: "Type the customer's name to confirm" }).fill(name);
  await shot('anonymize');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`${app.url}/customers/new`);
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Nová');
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill(person.lastName);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(person.email);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status', { name: 'Possible duplicates' }).waitFor();
  await shot('duplicates');
  assert.deepEqual(problems(), []);
  await context.close();
});
