// Signing in through the real sign-in page, as a person would.
export const DEMO_USERS = { admin: 'admin', clerk: 'clerk', viewer: 'viewer' };

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
