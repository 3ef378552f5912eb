// Signing in through the real sign-in page, as a person would.
export const DEMO_USERS = { admin: 'admin', clerk: 'clerk', viewer: 'viewer', owner: 'owner' };

export async function signIn(page, userName = 'admin', { remember = false } = {}) {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'User name' }).fill(userName);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_USERS[userName] ?? userName);
  if (remember) await page.getByRole('checkbox', { name: /Keep me signed in/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A bearer token straight from the API, for the "Access token" path. */
export async function issueToken(serverUrl, userName = 'admin') {
  const response = await fetch(`${serverUrl}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName, password: DEMO_USERS[userName], deviceName: 'e2e' }),
  });
  if (!response.ok) throw new Error(`sign-in for a token failed: HTTP ${response.status}`);
  return (await response.json()).tokenId;
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
