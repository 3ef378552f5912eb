// Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page and state
// in light and dark colour schemes, and the keyboard: visible focus, the delete dialog's
// focus trap and return, and list updates announced through polite live regions.
// A serious or critical axe violation fails the test, naming rule, impact, target and help.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { createCustomer, openSignedIn, signIn, submitSignIn } from './support/session.mjs';
import { firstRow, table } from './support/list.mjs';
import { field } from './support/form.mjs';
import { startPortal } from './support/portal.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';

const SCHEMES = ['light', 'dark'];
const KIOSK_IDLE_SECONDS = 10;

let app;
let kioskApp;
let dealposApp;
let portal;
let portalOrigin;
let browser;

before(async () => {
  // The portal for embed mode: a second origin serving docs/embed-host.html.
  portal = await startPortal(() => app.url);
  portalOrigin = portal.origin;
  [app, kioskApp, browser] = await Promise.all([
    startServer({
      args: ['--demo', '30'],
      config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [portalOrigin] },
    }),
    startServer({
      args: ['--demo', '30'],
      config: { backend: 'portos', apiBaseUrl: '/api', kiosk: true, kioskIdleSeconds: KIOSK_IDLE_SECONDS },
    }),
    launchBrowser(),
  ]);
  dealposApp = await startServer({
    args: ['--demo', '30', '--dealpos-rate-limit', '1000/180'],
    config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' },
  });
});

after(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), kioskApp?.stop(), dealposApp?.stop()]);
  await portal?.close();
});

/** Moderate and minor violations do not fail; they are listed once at the end. */
const lesser = new Map();
async function check(page, label) {
  for (const violation of await expectNoSeriousViolations(page, label)) {
    const key = `${violation.id} (${violation.impact}): ${violation.help}`;
    lesser.set(key, [...(lesser.get(key) ?? []), label]);
  }
}
after(() => {
  for (const [violation, states] of lesser) console.log(`axe, not failing: ${violation} in ${states.join(', ')}`);
});

/** The list once its rows answer the URL (not dimmed while the next rows load). */
async function settledList(page) {
  await firstRow(page).waitFor();
  await table(page).and(page.locator('[aria-busy=false]')).waitFor();
}

/** A signed-in page at `path` of the app in `scheme`; the session survives a reload. */
const signedIn = (scheme, path) => openSignedIn(browser, app.url, path, { remember: true, pageOptions: { colorScheme: scheme } });

async function finish({ context, problems }, expected = []) {
  assert.deepEqual(problems().filter((problem) => !expected.some((pattern) => pattern.test(problem))), []);
  await context.close();
}

for (const scheme of SCHEMES) {
  describe(`axe, ${scheme} colour scheme`, () => {
    test('sign-in: empty, and with an error', async () => {
      const session = await openPage(browser, { colorScheme: scheme });
      const { page } = session;
      await page.goto(`${app.url}/sign-in`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await check(page, 'sign-in');
      await submitSignIn(page, 'admin', 'not the password');
      await page.getByRole('alert').waitFor();
      await check(page, 'sign-in with an error');
      await page.getByRole('radio', { name: 'Access token' }).check();
      await page.getByRole('textbox', { name: 'Access token' }).waitFor();
      await check(page, 'sign-in with an access token');
      await finish(session, [/status of 401/]);
    });

    test('list: plain, Filters open, Columns open', async () => {
      const session = await signedIn(scheme, '/customers');
      const { page } = session;
      await settledList(page);
      await check(page, 'list');
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('form', { name: 'Filters' }).waitFor();
      await check(page, 'list with the Filters panel open');
      await page.getByRole('button', { name: 'Columns' }).click();
      await page.getByRole('group', { name: 'Visible columns' }).waitFor();
      await check(page, 'list with the Columns chooser open');
      // While the next rows load the current ones stay, dimmed: still readable.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route((url) => url.pathname === '/api/customers', async (route) => {
        await held;
        await route.continue();
      });
      await table(page).getByRole('button', { name: 'Email' }).click();
      await table(page).and(page.locator('[aria-busy=true]')).waitFor();
      await check(page, 'list while the next rows load');
      release();
      await settledList(page);
      await page.unrouteAll();
      await finish(session);
    });

    test('list: Saved views open, empty and with a view; Export CSV in progress', async () => {
      const session = await signedIn(scheme, '/customers?active=true');
      const { page } = session;
      await settledList(page);
      await page.getByRole('button', { name: 'Saved views' }).click();
      await page.getByRole('button', { name: 'Save current view' }).waitFor();
      await check(page, 'list with Saved views open, none saved');
      await page.getByRole('button', { name: 'Save current view' }).click();
      await page.getByRole('textbox', { name: 'View name' }).fill('Active only');
      await check(page, 'list naming a saved view');
      await page.getByRole('button', { name: 'Save view' }).click();
      await page.getByRole('list', { name: 'Saved views' }).getByRole('listitem').first().waitFor();
      await check(page, 'list with a saved view');

      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route((url) => url.pathname === '/api/customers' && url.searchParams.get('$take') === '500', async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      await page.getByRole('button', { name: 'Export CSV' }).click();
      await page.getByRole('progressbar', { name: 'Export progress' }).waitFor();
      await check(page, 'list with an export in progress');
      await page.getByRole('button', { name: 'Cancel' }).click();
      release();
      await page.getByRole('progressbar', { name: 'Export progress' }).waitFor({ state: 'hidden' });
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await finish(session);
    });

    test('the other colour scheme chosen with the "Colour scheme" select', async () => {
      const other = scheme === 'light' ? 'Dark' : 'Light';
      const session = await signedIn(scheme, '/customers');
      const { page } = session;
      await settledList(page);
      await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption({ label: other });
      await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, other.toLowerCase());
      await check(page, `list in ${other.toLowerCase()} chosen over the system's ${scheme}`);
      await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).getByRole('link').click();
      await page.getByRole('link', { name: 'Edit' }).waitFor();
      await check(page, `detail in ${other.toLowerCase()} chosen over the system's ${scheme}`);
      await finish(session);
    });

    test('DealPOS backend: sign-in, list, detail and form', async () => {
      const session = await openPage(browser, { colorScheme: scheme });
      const { page } = session;
      await page.goto(`${dealposApp.url}/customers`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await check(page, 'DealPOS sign-in');
      await page.getByRole('textbox', { name: 'Client ID' }).fill('demo');
      await page.getByRole('textbox', { name: 'Client secret' }).fill('demo');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await settledList(page);
      await check(page, 'DealPOS list');
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('form', { name: 'Filters' }).waitFor();
      await check(page, 'DealPOS list with Filters open');
      await table(page).getByRole('row').nth(1).getByRole('link').click();
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.getByRole('button', { name: 'Save' }).waitFor();
      await check(page, 'DealPOS edit form');
      await finish(session);
    });

    test('list: filter chips, sorted, and an empty result', async () => {
      const session = await signedIn(scheme, '/customers?active=true&discount=gt%3A0&sort=-discountRate');
      const { page } = session;
      await page.getByRole('list', { name: 'Active filters' }).waitFor();
      await settledList(page);
      await check(page, 'list with filter chips');
      await page.goto(`${app.url}/customers?search=zzzzzzzz`);
      await page.getByText('No customers match this search.').waitFor();
      await check(page, 'empty list result');
      await finish(session);
    });

    test('detail, delete dialog, and the list with its Undo notice', async () => {
      const customer = await createCustomer(app.url, {
        firstName: 'Alica',
        lastName: `Prístupná ${scheme}`,
        email: `alica.${scheme}@example.sk`,
        phone: '+421 900 123 456',
        city: 'Košice',
      });
      const session = await signedIn(scheme, `/customers/${customer.id}`);
      const { page } = session;
      await page.getByRole('heading', { level: 1, name: `Alica Prístupná ${scheme}` }).waitFor();
      await check(page, 'detail');
      await page.getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await check(page, 'delete confirmation dialog');
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      await settledList(page);
      await check(page, 'list after a delete, with Undo');
      await finish(session);
    });

    test('edit with validation errors, and create', async () => {
      const customer = await createCustomer(app.url, { firstName: 'Boris', lastName: `Formulárový ${scheme}` });
      const session = await signedIn(scheme, `/customers/${customer.id}/edit`);
      const { page } = session;
      await page.getByRole('heading', { level: 1, name: `Edit Boris Formulárový ${scheme}` }).waitFor();
      await check(page, 'edit form');
      await field(page, 'Last name').fill('');
      await field(page, 'First name').fill('');
      await field(page, 'Email').fill('not-an-email');
      await field(page, 'Discount rate').fill('150');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' }).waitFor();
      await check(page, 'edit form with validation errors');
      const focused = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement);
        return { invalid: document.activeElement.getAttribute('aria-invalid'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      assert.deepEqual(focused, { invalid: 'true', outline: 'solid 3px' }, 'focus on the first invalid field, with the focus ring');
      await page.goto(`${app.url}/customers/new`);
      await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
      await check(page, 'create form');

      // The session ends mid-edit and cannot be renewed: sign in again in a dialog.
      await page.goto(`${app.url}/customers/${customer.id}/edit`);
      await page.getByRole('heading', { level: 1, name: `Edit Boris Formulárový ${scheme}` }).waitFor();
      await field(page, 'Phone').fill('+421 911 000 111');
      const unauthorized = { status: 401, contentType: 'application/problem+json', body: '{"title":"Unauthorized","status":401,"errorCode":1}' };
      await page.route(`**/api/customers/${customer.id}`, (route) =>
        route.request().method() === 'PUT' ? route.fulfill(unauthorized) : route.continue(), { times: 1 });
      await page.route('**/api/auth/refresh', (route) => route.fulfill(unauthorized), { times: 1 });
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('dialog', { name: 'Your session has ended' }).waitFor();
      await check(page, 'sign-in-again dialog over the form');
      await finish(session, [/status of 401/]);
    });

    test('a read-only user: detail with Delete disabled, the form with Save disabled', async () => {
      const customer = await createCustomer(app.url, { firstName: 'Viera', lastName: `Len čítaná ${scheme}` });
      const session = await openPage(browser, { colorScheme: scheme });
      const { page } = session;
      await page.goto(`${app.url}/customers/${customer.id}`);
      await signIn(page, 'viewer', { remember: true });
      await page.getByRole('heading', { level: 1, name: `Viera Len čítaná ${scheme}` }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Delete' }).isDisabled(), true);
      await check(page, 'detail for a read-only user');
      await page.goto(`${app.url}/customers/${customer.id}/edit`);
      await page.getByRole('heading', { level: 1, name: `Edit Viera Len čítaná ${scheme}` }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Save' }).isDisabled(), true);
      await check(page, 'edit form for a read-only user');
      await finish(session);
    });

    test('not found', async () => {
      const session = await openPage(browser, { colorScheme: scheme });
      await session.page.goto(`${app.url}/no/such/page`);
      await session.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await check(session.page, 'not found');
      await finish(session);
    });

    test('embed mode inside the portal: list and detail', async () => {
      const session = await openPage(browser, { colorScheme: scheme });
      const { page } = session;
      await page.goto(`${portalOrigin}/portal`);
      const frameLocator = page.frameLocator('iframe[title="customer-desk"]');
      await settledList(frameLocator);
      const frame = await (await page.locator('iframe[title="customer-desk"]').elementHandle()).contentFrame();
      await check(frame, 'embedded list');
      await table(frameLocator).getByRole('row').nth(1).getByRole('link').click();
      await frameLocator.getByRole('link', { name: 'Edit' }).waitFor();
      await check(frame, 'embedded detail');
      await finish(session);
    });

    test('kiosk mode: sign-in, list, and the idle warning', async () => {
      const session = await openPage(browser, { colorScheme: scheme, viewport: { width: 768, height: 1024 }, hasTouch: true });
      const { page } = session;
      await page.goto(`${kioskApp.url}/customers`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await check(page, 'kiosk sign-in');
      await signIn(page, 'admin');
      await settledList(page);
      await check(page, 'kiosk list');
      const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
      await warning.waitFor({ timeout: KIOSK_IDLE_SECONDS * 1000 });
      await check(page, 'kiosk idle warning');
      await warning.getByRole('button', { name: 'Stay signed in' }).click();
      await finish(session);
    });
  });
}

describe('keyboard', () => {
  /** Tabs `count` times and describes each focused element and its focus indicator. */
  async function tabStops(page, count) {
    const stops = [];
    for (let i = 0; i < count; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            element: `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} ${
              el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent.trim() ?? el.textContent.trim().slice(0, 30)
            }`,
            ring: `${style.outlineStyle} ${style.outlineWidth} ${el.matches(':focus')} ${el.matches(':focus-visible')}`,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            shadow: style.boxShadow !== 'none',
            onScreen: box.width > 0 && box.height > 0,
          };
        }),
      );
    }
    return stops;
  }

  function assertVisibleFocus(stops) {
    for (const stop of stops) {
      if (stop.element.startsWith('body')) continue;
      assert.ok(stop.outline || stop.shadow, `${stop.element} shows a focus outline or shadow: ${stop.ring}`);
      assert.ok(stop.onScreen, `${stop.element} is on screen when focused`);
    }
  }

  test('focus is visible on every tab stop of sign-in, list and form', async () => {
    const session = await openPage(browser);
    const { page } = session;
    await page.goto(`${app.url}/customers/new`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const signInStops = await tabStops(page, 6);
    
    assertVisibleFocus(signInStops);
    assert.ok(signInStops.some((s) => s.element.startsWith('input')));
    await signIn(page, 'admin', { remember: true });
    await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    const formStops = await tabStops(page, 12);
    assertVisibleFocus(formStops);
    assert.ok(formStops.filter((s) => s.element.startsWith('input')).length >= 3, JSON.stringify(formStops));

    await page.goto(`${app.url}/customers`);
    await table(page).getByRole('row').nth(1).waitFor();
    const listStops = await tabStops(page, 25);
    assertVisibleFocus(listStops);
    const kinds = new Set(listStops.map((s) => s.element.split(/[ []/)[0]));
    for (const kind of ['a', 'button', 'input']) assert.ok(kinds.has(kind), `a focused ${kind} among ${[...kinds]}`);
    await finish(session);
  });

  test('the delete dialog traps focus and gives it back to "Delete" on Escape', async () => {
    const customer = await createCustomer(app.url, { firstName: 'Fokus', lastName: 'Uväznený' });
    const session = await signedIn('light', `/customers/${customer.id}`);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Fokus Uväznený' }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete customer?' });
    await dialog.waitFor();
    const inDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
    assert.ok(await inDialog(), 'focus moves into the dialog');
    const seen = new Set();
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      assert.ok(await inDialog(), `focus stays in the dialog after ${key}`);
      seen.add(await page.evaluate(() => document.activeElement.textContent));
    }
    assert.ok(seen.has('Delete') && seen.has('Cancel'), [...seen].join());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Delete');
    assert.equal(await page.evaluate(() => Boolean(document.activeElement.closest('dialog'))), false);
    await finish(session);
  });

  test('page changes and sort changes are announced through polite live regions', async () => {
    const session = await signedIn('light', '/customers?size=10');
    const { page } = session;
    await table(page).getByRole('row').nth(1).waitFor();
    const pagination = page.getByRole('navigation', { name: 'Pagination' }).getByRole('status');
    const total = (await pagination.textContent()).match(/^1–10 of (\d+)$/)?.[1];
    assert.ok(total, await pagination.textContent());
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForFunction(
      (expected) => document.querySelector('nav[aria-label=Pagination] [role=status]')?.textContent === expected,
      `11–20 of ${total}`,
    );

    const sortStatus = page.getByRole('status').filter({ hasText: /^Sorted by/ });
    assert.equal(await sortStatus.count(), 1, 'one live region for the sort');
    assert.notEqual(await sortStatus.getAttribute('aria-live'), 'off');
    await page.getByRole('button', { name: 'Email' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[role=status]')].some((el) => el.textContent === 'Sorted by Email, ascending.'));
    await page.getByRole('button', { name: 'Email' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[role=status]')].some((el) => el.textContent === 'Sorted by Email, descending.'));
    await finish(session);
  });
});
