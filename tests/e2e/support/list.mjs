// The customer list as a user sees it (by role and accessible name): opening it signed in,
// its table, pager, bulk actions and import dialog; and what the server says the same view
// holds, so a journey can check the rows, the total and the address at every step.
import assert from 'node:assert/strict';
import { dealposToken, openSignedIn, signInAt } from './session.mjs';

export const table = (page) => page.getByRole('table', { name: 'Customers' });
/** The table's rows, the header row first. */
export const rows = (page) => table(page).getByRole('row');
/** The first customer's row (row 0 is the header), there once the rows have loaded. */
export const firstRow = (page) => rows(page).nth(1);
/** The link (the customer's name) in row `index`, counting the header row as 0. */
export const rowLink = (page, index) => rows(page).nth(index).getByRole('link');
export const pagination = (page) => page.getByRole('navigation', { name: 'Pagination' });
/** The pager's status ("1–25 of 311"); with `text`, only while it contains that text. */
export const rangeStatus = (page, text) => {
  const status = pagination(page).getByRole('status');
  return text === undefined ? status : status.filter({ hasText: text });
};
export const bulkToolbar = (page) => page.getByRole('toolbar', { name: 'Bulk actions' });
export const selectedStatus = (page, n) => page.getByRole('status').filter({ hasText: new RegExp(`^${n} selected$`) });

/**
 * Goes to the list at `path` of `serverUrl` in `page`, signs in as `user` (`remember` as
 * signIn's) and waits for `ready(page)`: the table by default, `firstRow` for loaded rows,
 * any other locator maker, or `null` for nothing beyond signing in.
 */
export async function showList(page, serverUrl, path = '/customers', { ready = table, ...signInOptions } = {}) {
  await signInAt(page, serverUrl, path, signInOptions);
  if (ready) await ready(page).waitFor();
}

/**
 * The same in a fresh page (openPage, with `pageOptions` for its context): returns the
 * `{context, page, problems}` openPage does.
 */
export async function openList(browser, serverUrl, path = '/customers', { ready = table, ...options } = {}) {
  const session = await openSignedIn(browser, serverUrl, path, options);
  if (ready) await ready(session.page).waitFor();
  return session;
}

/** The "Import customers" dialog. */
export const importDialog = (page) => page.getByRole('dialog', { name: 'Import customers' });

/** Chooses `text` as the CSV file `name` in the import `dialog` and waits for its preview. */
export async function chooseCsv(dialog, name, text) {
  await dialog.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await dialog.getByRole('table', { name: 'Preview' }).waitFor();
}

/** Polls `probe` until `accept` holds for what it returns (10 s), else fails with the last value. */
export async function until(probe, accept, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(last)} after ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The ids of the customers in the table, top to bottom, read from their links. */
export async function rowIds(page) {
  const hrefs = await table(page).getByRole('rowheader').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.map((href) => decodeURIComponent(href.replace(/^\/customers\//, '')));
}

/** The list's own URL parameters, as a plain object. */
export const urlParams = (page) => Object.fromEntries(new URL(page.url()).searchParams);

/** A count as the English pager writes it: "1,200". */
export const fmt = (n) => n.toLocaleString('en-US');

/** "1–25 of 311", or "26–50" without a total, as the pager writes it. */
export function rangeText(skip, count, total) {
  const rows = count === 0 ? null : `${fmt(skip + 1)}–${fmt(skip + count)}`;
  if (total === undefined) return rows ?? '0';
  return rows ? `${rows} of ${fmt(total)}` : `0 of ${fmt(total)}`;
}

/**
 * Waits until the list shows exactly `expected` (`{ids, skip, total}`) under `url`'s
 * parameters: the rows, the pager's status and the address.
 */
export async function expectView(page, { url, ids, skip, total }, step) {
  await until(() => rowIds(page), (shown) => JSON.stringify(shown) === JSON.stringify(ids), `${step}: the rows`);
  await until(() => rangeStatus(page).textContent(), (text) => text === rangeText(skip, ids.length, total), `${step}: the range`);
  assert.deepEqual(urlParams(page), url, `${step}: the address`);
}

/** A signed-in API client for the tests' own look at the server (one token for all calls). */
export function portosApi(serverUrl, userName = 'admin') {
  let token;
  const call = async (method, path, body) => {
    token ??= fetch(`${serverUrl}/api/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userName, password: userName, deviceName: 'e2e' }),
    }).then((r) => r.json()).then((b) => b.tokenId);
    const response = await fetch(`${serverUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${await token}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
  return {
    call,
    /** The rows and total PORTOS answers for `params` (NData, unencoded) at `page` of `size`. */
    async view(params, page = 1, size = 25) {
      const query = new URLSearchParams({ ...params, $skip: String((page - 1) * size), $take: String(size) });
      const { body } = await call('GET', `/customers?${query}`);
      return { ids: body.items.map((c) => c.id), skip: (page - 1) * size, total: body.totalCount, items: body.items };
    },
    async customer(id) {
      return (await call('GET', `/customers/${encodeURIComponent(id)}`)).body;
    },
  };
}

/** The same for DealPOS v3 (client credentials `demo`/`demo`): pages without a total. */
export function dealposApi(serverUrl, clientId = 'demo') {
  let token;
  const call = async (method, path, body) => {
    token ??= dealposToken(serverUrl, clientId);
    const response = await fetch(`${serverUrl}/dealpos/api/v3${path}`, {
      method,
      headers: { authorization: `Bearer ${await token}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
  return {
    call,
    async view(params, page = 1, size = 25) {
      const query = new URLSearchParams({ ...params, PageNumber: String(page), PageSize: String(size) });
      const { body } = await call('GET', `/Customer?${query}`);
      return { ids: body.map((c) => c.ID), skip: (page - 1) * size, total: undefined, items: body };
    },
    async customer(id) {
      return (await call('GET', `/Customer/Detail?ID=${encodeURIComponent(id)}`)).body;
    },
  };
}
