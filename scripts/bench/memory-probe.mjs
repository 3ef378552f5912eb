// Flips the list between two pages (both from the cache after the first time) PAGES times
// and prints the wasm linear memory after a forced GC at a few points. Flat figures mean
// nothing leaks per navigation; growing ones mean something allocated per navigation is
// never freed. A diagnostic for docs/performance.md, not a test.
//   node scripts/bench/memory-probe.mjs      (after trunk build --release and cargo build -p customer-desk-server)
import { launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';

const PAGES = Number(process.env.PAGES ?? 200);
const server = await startServer({ args: ['--demo', '10000'] });
const browser = await launchBrowser();
try {
  const response = await fetch(`${server.url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName: 'admin', password: 'admin', deviceName: 'probe' }),
  });
  const auth = await response.json();
  const session = JSON.stringify({ token: auth.tokenId, refresh_token: auth.refreshToken, user: auth.user });
  const context = await browser.newContext();
  await context.addInitScript((stored) => {
    sessionStorage.setItem('customer-desk.session', stored);
    addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; });
  }, session);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}/customers`);
  await page.getByText('1–25 of 10,000').waitFor();
  for (let flip = 1; flip <= PAGES; flip += 1) {
    const forward = flip % 2 === 1;
    await page.getByRole('button', { name: forward ? 'Next page' : 'Previous page' }).click();
    await page.getByText(forward ? '26–50 of 10,000' : '1–25 of 10,000').waitFor();
    if ([5, 25, 50, 100, 150, 200, 400].includes(flip)) {
      await cdp.send('HeapProfiler.collectGarbage');
      const wasmKiB = await page.evaluate(() => window.__wasm.memory.buffer.byteLength / 1024);
      console.log(`after ${flip} flips: wasm memory ${wasmKiB} KiB`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
