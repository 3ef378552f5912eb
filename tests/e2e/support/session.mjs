// Signing in through the real sign-in page, as a person would (PORTOS users or DealPOS
// client credentials), opening a page signed in, and tokens straight from either API for
// the tests' own calls.
import { openPage } from './browser.mjs';

export const DEMO_USERS = { admin: 'admin', clerk: 'clerk', viewer: 'viewer', owner: 'owner' };

export async function signIn(page, userName = 'admin', { remember = false } = {}) {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'User name' }).fill(userName);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_USERS[userName] ?? userName);
  if (remember) await page.getByRole('checkbox', { name: /Keep me signed in/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Goes to `path` of `serverUrl` in `page` and signs in there as `user` (`remember` as signIn's). */
export async function signInAt(page, serverUrl, path, { user = 'admin', remember = false } = {}) {
  await page.goto(`${serverUrl}${path}`);
  await signIn(page, user, { remember });
}

/**
 * A fresh page (openPage, with `pageOptions` for its context) at `path` of `serverUrl`,
 * signed in as `user`: the `{context, page, problems}` openPage returns.
 */
export async function openSignedIn(browser, serverUrl, path, { pageOptions, ...signInOptions } = {}) {
  const session = await openPage(browser, pageOptions);
  await signInAt(session.page, serverUrl, path, signInOptions);
  return session;
}

/** Signs in to DealPOS with client credentials (`demo`/`demo` by default), as a person would. */
export async function signInDealpos(page, clientId = 'demo', secret = 'demo') {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'Client ID' }).fill(clientId);
  await page.getByRole('textbox', { name: 'Client secret' }).fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** PORTOS's answer to a sign-in of `userName`, straight from the API. */
async function signInAnswer(serverUrl, userName) {
  const response = await fetch(`${serverUrl}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName, password: DEMO_USERS[userName], deviceName: 'e2e' }),
  });
  if (!response.ok) throw new Error(`sign-in for a token failed: HTTP ${response.status}`);
  return response.json();
}

/** A bearer token straight from the API, for the "Access token" path. */
export async function issueToken(serverUrl, userName = 'admin') {
  return (await signInAnswer(serverUrl, userName)).tokenId;
}

/** Puts a session of `userName` into the page's tab before it loads, as "Keep me signed in"
 * leaves it: the page starts signed in. */
export async function keepSession(page, serverUrl, userName = 'admin') {
  const auth = await signInAnswer(serverUrl, userName);
  const stored = JSON.stringify({ token: auth.tokenId, refresh_token: auth.refreshToken, user: auth.user });
  await page.addInitScript((session) => sessionStorage.setItem('customer-desk.session', session), stored);
  return auth.tokenId;
}

/** A DealPOS v3 access token for client `clientId` (its secret is the same), straight from the API. */
export async function dealposToken(serverUrl, clientId = 'demo') {
  const response = await fetch(`${serverUrl}/dealpos/api/v3/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientId}`,
  });
  return (await response.json()).access_token;
}

/** Calls the API as `userName` (admin by default): `{status, body}`. */
export async function apiRequest(serverUrl, method, path, body, userName = 'admin') {
  const token = await issueToken(serverUrl, userName);
  const response = await fetch(`${serverUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Creates a customer through the API and returns it as stored. */
export async function createCustomer(serverUrl, customer) {
  const { status, body } = await apiRequest(serverUrl, 'POST', '/customers', customer);
  if (status !== 201) throw new Error(`creating a customer failed: HTTP ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Fills the sign-in form and submits it, without waiting for the outcome. */
export async function submitSignIn(page, userName, password) {
  await page.getByRole('textbox', { name: 'User name' }).fill(userName);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
