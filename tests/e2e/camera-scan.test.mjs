// "Scan card" on a tablet with a camera: the browser's BarcodeDetector reads the card and
// the same lookup as a wedge scanner's opens the customer; the camera stops when the
// dialog closes. Chromium here has neither a camera nor BarcodeDetector, so both are
// stubbed: a detector that reads a serial, and a camera that films a still image.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { apiRequest, signIn } from './support/session.mjs';
import { table } from './support/list.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';

const env = serverAndBrowser({ args: ['--demo', '60'] });

/** A page whose browser has a camera and a BarcodeDetector that sees `serial` (or nothing). */
async function tabletPage(serial) {
  const opened = await openPage(env.browser);
  await opened.context.addInitScript((code) => {
    window.cameraTracks = [];
    window.BarcodeDetector = class {
      async detect(source) {
        return code && source?.srcObject ? [{ rawValue: code, format: 'qr_code' }] : [];
      }
    };
    navigator.mediaDevices.enumerateDevices = async () => [{ kind: 'videoinput', deviceId: 'back', label: 'Back camera', groupId: 'g' }];
    navigator.mediaDevices.getUserMedia = async () => {
      const still = document.createElement('canvas');
      still.width = 320;
      still.height = 240;
      still.getContext('2d').fillRect(40, 40, 240, 160);
      const stream = still.captureStream(1);
      window.cameraTracks.push(...stream.getTracks());
      return stream;
    };
  }, serial);
  return opened;
}

const cameraStopped = (page) => page.waitForFunction(() => window.cameraTracks.length > 0 && window.cameraTracks.every((t) => t.readyState === 'ended'));

test('"Scan card" reads the card with the camera and opens its customer; the camera stops', async () => {
  const { body } = await apiRequest(env.server.url, 'GET', '/customers?$take=100');
  const holder = body.items.find((c) => c.cards?.length === 1);
  const { context, page, problems } = await tabletPage(holder.cards[0].serialNumber);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page);
  await page.getByRole('button', { name: 'Scan card' }).click();
  await page.waitForURL((url) => url.pathname === `/customers/${holder.id}`);
  await page.getByRole('link', { name: 'Edit' }).waitFor();
  await cameraStopped(page);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Cancel closes the camera dialog and stops the camera', async () => {
  const { context, page, problems } = await tabletPage(null);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page);
  await page.getByRole('button', { name: 'Scan card' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan card' });
  await dialog.waitFor();
  await page.waitForFunction(() => window.cameraTracks.length > 0);
  await expectNoSeriousViolations(page, 'the camera dialog', { include: 'dialog[open]' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await cameraStopped(page);
  assert.ok(page.url().endsWith('/customers'));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('without BarcodeDetector there is no "Scan card" button', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers`);
  await signIn(page);
  await table(page).getByRole('row').nth(1).waitFor();
  // The list's tools (where the button would be) are there.
  await page.getByRole('button', { name: 'Columns' }).waitFor();
  assert.equal(await page.evaluate(() => 'BarcodeDetector' in window), false);
  assert.equal(await page.getByRole('button', { name: 'Scan card' }).count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});
