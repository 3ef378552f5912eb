// The loop a back-office manager runs all day (journeys/loop.mjs), on both vendors at a
// desktop's 1366×768.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from '../support/browser.mjs';
import { signIn, signInDealpos } from '../support/session.mjs';
import { dealposApi, portosApi } from '../support/list.mjs';
import { DEALPOS, PORTOS, managerLoop } from './loop.mjs';

const VENDORS = [
  {
    vendor: PORTOS,
    env: serverAndBrowser({ args: ['--demo', '300'] }),
    api: portosApi,
    signIn: (page) => signIn(page, 'admin'),
  },
  {
    vendor: DEALPOS,
    env: serverAndBrowser({ config: { backend: 'dealpos', apiBaseUrl: '/dealpos/api/v3' }, args: ['--demo', '300', '--dealpos-rate-limit', '5000/180'] }),
    api: dealposApi,
    signIn: (page) => signInDealpos(page),
  },
];

for (const { vendor, env, api, signIn: signInTo } of VENDORS) {
  test(`${vendor.name}: filter, sort, page, open, back, select, deactivate and export`, async () => {
    const { context, page, problems } = await openPage(env.browser, { acceptDownloads: true });
    await page.goto(`${env.server.url}/customers`);
    await signInTo(page);
    await managerLoop({ ui: page, page, api: api(env.server.url), vendor });
    assert.deepEqual(problems().filter((p) => !p.includes('status of 4')), []);
    await context.close();
  });
}
