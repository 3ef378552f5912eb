// A card scanned at the counter, part of scripts/bench/bench.mjs. While the list is shown, a
// keyboard-wedge scanner types a card's serial (5 ms a key) and Enter; measured from that
// Enter to the card holder's heading on screen. Each run is a new context (no HTTP cache)
// with a kept session: the first scan a second after the first rows (the customer page's
// code may still be on its way), then, back on the list, a second scan in the same tab.
// On a fast network and on the slow profile of scripts/bench/throttled.mjs.

/** A demo person whose card no one else holds: its serial and the heading their page shows. */
async function cardHolder(url, session) {
  const { token } = JSON.parse(session);
  const get = async (query) => {
    const response = await fetch(`${url}/api/customers?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()).items;
  };
  for (const customer of await get('$take=100')) {
    const serial = customer.cards?.[0]?.serialNumber;
    if (customer.isCompany || !serial || !customer.firstName || !customer.lastName) continue;
    const holders = await get(`CardSerialNumber=eq:${encodeURIComponent(serial)}`);
    if (holders.length === 1) return { serial, name: `${customer.firstName} ${customer.lastName}` };
  }
  throw new Error('no demo customer holds a card of their own');
}

/** Scans `serial` into `page` (the list shown, the focus on no field); ms from Enter to `name`'s heading. */
async function scan(page, serial, name) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.__scan = {};
    addEventListener('keydown', (event) => { if (event.key === 'Enter') window.__scan.enter ??= performance.now(); }, { capture: true });
  });
  await page.keyboard.type(serial, { delay: 5 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => {
    const heading = document.querySelector('h1');
    if (heading?.textContent.trim() !== name) return false;
    window.__scan.shown ??= performance.now();
    return true;
  }, name, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => window.__scan.shown - window.__scan.enter);
}

async function scans(browser, url, session, holder, network) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript((stored) => sessionStorage.setItem('customer-desk.session', stored), session);
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network, label: undefined });
  }
  const rows = page.getByRole('table', { name: 'Customers' }).getByRole('rowheader');
  await page.goto(`${url}/customers`);
  await rows.first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000); // the clerk looks up as the customer hands the card over
  const first = await scan(page, holder.serial, holder.name);
  await page.goBack();
  await rows.first().waitFor({ timeout: 120_000 });
  const again = await scan(page, holder.serial, holder.name);
  await context.close();
  return { first, again };
}

/** `runs` scans of each kind, on a fast network and on `profile`; `progress` reports each. */
export async function scanFigures(browser, url, session, { profile, runs, progress }) {
  const holder = await cardHolder(url, session);
  const figures = {};
  for (const [kind, network] of [['fast', null], ['slow', profile]]) {
    figures[kind] = { first: [], again: [] };
    for (let run = 0; run < runs; run += 1) {
      const { first, again } = await scans(browser, url, session, holder, network);
      figures[kind].first.push(first);
      figures[kind].again.push(again);
      progress(`scan to the customer's page, ${network ? profile.label : 'fast network'} ${run + 1}: first ${Math.round(first)} ms, again ${Math.round(again)} ms`);
    }
  }
  return figures;
}
