// The customer's edit form and detail page as a user sees them (by role and accessible
// name): a text field by its exact label, a section of the detail page by its heading,
// opening a customer's form and saving it.
import { signIn } from './session.mjs';

/** The text field labelled exactly `name` ("Note" is not "Card 1 note"). */
export const field = (page, name) => page.getByRole('textbox', { name, exact: true });

/** The detail page's section under the level-2 heading `name`. */
export const section = (page, name) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });

/**
 * Opens the edit form of `customer` (as stored: `id`, `firstName`, `lastName`) on
 * `serverUrl`, signing in as admin if the app asks (`remember` ticks "Keep me signed in"),
 * and waits for the form's heading.
 */
export async function openEditor(page, serverUrl, customer, { remember = false } = {}) {
  await page.goto(`${serverUrl}/customers/${customer.id}/edit`);
  const editing = page.getByRole('heading', { level: 1, name: `Edit ${customer.firstName} ${customer.lastName}` });
  const signingIn = page.getByRole('heading', { level: 1, name: 'Sign in' });
  await editing.or(signingIn).waitFor();
  if (await signingIn.isVisible()) await signIn(page, 'admin', { remember });
  await editing.waitFor();
}

/** Clicks Save and waits for the detail page headed exactly `heading`. */
export async function save(page, heading) {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}
