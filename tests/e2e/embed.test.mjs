// customer-desk inside an admin portal's iframe on another origin: the token hand-off,
// events to the portal, and messages from anyone else being ignored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { issueToken } from './support/session.mjs';
import { silentHostPage, startPortal } from './support/portal.mjs';
import { until } from './support/list.mjs';

let app;
let portal;
let portalOrigin;
let browser;

before(async () => {
  // The portal: a second origin (another port) with docs/embed-host.html and its backend.
  portal = await startPortal(() => app.url);
  portalOrigin = portal.origin;
  app = await startServer({
    args: ['--demo', '30'],
    config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [portalOrigin] },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await portal?.close();
});

const events = async (page) =>
  (await page.getByRole('list', { name: 'Events from customer-desk' }).getByRole('listitem').allTextContents()).map((t) => JSON.parse(t));

test('the portal hands over a token and hears about navigation and saves', async () => {
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
  // The app's own frame keeps nothing: the session lives in its memory only.
  const appFrame = page.frames().find((f) => f.url().startsWith(app.url));
  assert.equal(await appFrame.evaluate(() => sessionStorage.length + localStorage.length), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the portal hears of a delete when it is carried out, not of one undone', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${portalOrigin}/portal`);
  const frame = page.frameLocator('iframe[title="customer-desk"]');
  const table = frame.getByRole('table', { name: 'Customers' });
  const deleteRow = async (index) => {
    await table.getByRole('row').nth(index).getByRole('link').click();
    const id = new URL(page.frames().find((f) => f.url().startsWith(app.url)).url()).pathname.split('/').pop();
    await frame.getByRole('button', { name: 'Delete' }).click();
    await frame.getByRole('dialog', { name: 'Delete customer?' }).getByRole('button', { name: 'Delete' }).click();
    await table.waitFor();
    return decodeURIComponent(id);
  };
  const undone = await deleteRow(1);
  await frame.getByRole('button', { name: 'Undo' }).click();
  await frame.getByRole('heading', { level: 1 }).first().waitFor();
  await frame.getByRole('link', { name: 'Customers' }).first().click();
  const deleted = await deleteRow(2);
  // Held for the Undo time, then sent: only then is the portal told.
  await page.getByRole('list', { name: 'Events from customer-desk' }).getByText(`"customer-desk:deleted","id":"${deleted}"`).waitFor({ timeout: 20_000 });
  const told = (await events(page)).filter((event) => event.type === 'customer-desk:deleted').map((event) => event.id);
  assert.deepEqual(told, [deleted], `the undone ${undone} is not among them`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('tokens from frames that are not the parent are ignored, whatever their origin', async () => {
  const token = await issueToken(app.url, 'admin');
  // The portal sends nothing; sibling frames keep trying to sign the app in.
  portal.pages.set('/quiet', await silentHostPage(app.url));
  portal.pages.set('/intruder', `<!DOCTYPE html><title>intruder</title><script>
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
  // Both intruders have had many tries at the app's frame before it is checked.
  const appFrame = page.frames().find((f) => f.url().startsWith(app.url));
  await appFrame.evaluate(() => {
    window.tokenMessagesSeen = 0;
    window.addEventListener('message', (event) => event.data?.type === 'customer-desk:token' && (window.tokenMessagesSeen += 1));
  });
  await appFrame.waitForFunction(() => window.tokenMessagesSeen >= 20);
  assert.equal(await frame.getByRole('heading', { level: 1, name: 'Sign in' }).count(), 1);
  assert.equal(await frame.getByRole('button', { name: 'Sign out' }).count(), 0);
  // The control: the same token from the real parent is taken.
  await page.evaluate(([token, origin]) => {
    document.querySelector('iframe[title="customer-desk"]').contentWindow.postMessage({ type: 'customer-desk:token', token }, origin);
  }, [token, app.url]);
  await frame.getByRole('table', { name: 'Customers' }).waitFor();
  await context.close();
});

test('with 10-second tokens the portal is asked for each next one, and the frame keeps working', async () => {
  let shortLived;
  const shortPortal = await startPortal(() => shortLived.url);
  shortLived = await startServer({
    args: ['--demo', '200', '--token-ttl', '10'],
    config: { backend: 'portos', apiBaseUrl: '/api', allowedOrigins: [shortPortal.origin] },
  });
  try {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${shortPortal.origin}/portal`);
    const frame = page.frameLocator('iframe[title="customer-desk"]');
    const table = frame.getByRole('table', { name: 'Customers' });
    await table.getByRole('rowheader').first().waitFor();
    const requests = async () => (await events(page)).filter((event) => event.type === 'customer-desk:token-request').length;
    // Five tokens in a row (about 40 s), each asked for before the last one expired,
    // while the user keeps paging.
    for (let page_ = 2; page_ <= 5; page_ += 1) {
      await until(requests, (n) => n >= page_ - 1, 'token requests', 15_000);
      await frame.getByRole('button', { name: 'Next page' }).click();
      await frame.getByText(new RegExp(`^${(page_ - 1) * 25 + 1}–${page_ * 25} of 200$`)).waitFor();
    }
    assert.equal(await frame.getByRole('heading', { name: 'Sign in' }).count(), 0, 'never asked to sign in');
    assert.equal(await frame.getByRole('dialog').count(), 0);
    assert.ok(shortPortal.tokens.issued >= 4, `tokens handed over: ${shortPortal.tokens.issued}`);
    assert.deepEqual(problems(), []);
    await context.close();
  } finally {
    await shortPortal.close();
    await shortLived?.stop();
  }
});
