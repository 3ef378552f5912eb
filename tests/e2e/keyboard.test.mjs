// Keyboard-first at the desk: "?" lists the shortcuts; "/" goes to Search; j/k and the
// arrows move between rows; Enter opens and "e" edits the focused customer; "n" starts a
// new one; "[" and "]" page; "g" then "c" goes to Customers; on a form Ctrl+Enter saves and
// Escape cancels. None fires while typing in a field, and after Back focus is on the row
// the user left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { expectNoSeriousViolations } from './support/axe.mjs';
import { createCustomer, keepSession, signIn } from './support/session.mjs';
import { rangeStatus, rowLink, showList } from './support/list.mjs';

// The last test adds a customer: the paging tests run first, on the demo's 60.
const env = serverAndBrowser({ args: ['--demo', '60'] });

const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);
/** The list's first page, there once its range shows. */
const firstPage = (page) => rangeStatus(page, '1–25 of');

test('"?" opens the shortcuts dialog (axe-clean), Escape closes it, and "?" typed in Search is just text', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers', { ready: firstPage });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  for (const action of ['Go to Search', 'Edit the customer', 'Previous page', 'Save the form (Cmd+Enter on a Mac)']) {
    await dialog.getByRole('cell', { name: action }).waitFor();
  }
  await expectNoSeriousViolations(page, 'the shortcuts dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('?j/n');
  assert.equal(await search.inputValue(), '?j/n');
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.match(page.url(), /\/customers/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"/" goes to Search; j, k and the arrows move between rows; Enter opens and Back returns focus to that row', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers', { ready: firstPage });
  await page.keyboard.press('/');
  assert.ok(await isFocused(page.getByRole('searchbox', { name: 'Search' })));
  await page.keyboard.press('ArrowDown');
  assert.ok(await isFocused(rowLink(page, 1)), '↓ from Search goes to the first row');
  await page.keyboard.press('j');
  assert.ok(await isFocused(rowLink(page, 2)));
  await page.keyboard.press('ArrowDown');
  assert.ok(await isFocused(rowLink(page, 3)));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('k');
  assert.ok(await isFocused(rowLink(page, 1)));
  await page.keyboard.press('j');
  await page.keyboard.press('j');

  const name = await rowLink(page, 3).textContent();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.goBack();
  await rangeStatus(page, '1–25 of 60').waitFor();
  await page.waitForFunction((expected) => document.activeElement?.textContent === expected, name);
  assert.ok(await isFocused(rowLink(page, 3)), 'focus is back on the row the user left');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"e" edits the focused customer, "n" starts a new one, "[" and "]" page, "g" then "c" goes to Customers', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers', { ready: firstPage });
  await page.keyboard.press(']');
  await rangeStatus(page, '26–50 of 60').waitFor();
  await page.keyboard.press(']');
  await rangeStatus(page, '51–60 of 60').waitFor();
  await page.keyboard.press(']');
  await page.keyboard.press('[');
  await rangeStatus(page, '26–50 of 60').waitFor();

  await page.keyboard.press('j');
  const name = await rowLink(page, 1).textContent();
  await page.keyboard.press('e');
  await page.getByRole('heading', { level: 1, name: `Edit ${name}` }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  await page.keyboard.press('n');
  await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
  await page.getByRole('textbox', { name: 'First name', exact: true }).focus();
  await page.keyboard.type('gcn');
  assert.equal(await page.getByRole('textbox', { name: 'First name', exact: true }).inputValue(), 'gcn', 'no shortcut in a field');
  assert.match(page.url(), /\/customers\/new$/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a clerk finds a customer, opens, edits and saves it without the mouse (Ctrl+Enter), and Escape cancels with the guard', async () => {
  const customer = await createCustomer(env.server.url, { firstName: 'Klávesová', lastName: 'Zákazníčka' });
  const { context, page, problems } = await openPage(env.browser);
  await showList(page, env.server.url, '/customers', { ready: firstPage });
  await page.keyboard.press('/');
  await page.keyboard.type('Klávesová');
  await rangeStatus(page, '1–1 of 1').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('e');
  await page.getByRole('heading', { level: 1, name: 'Edit Klávesová Zákazníčka' }).waitFor();
  await page.getByRole('textbox', { name: 'Phone', exact: true }).focus();
  await page.keyboard.type('+421 900 123 123');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('heading', { level: 1, name: 'Klávesová Zákazníčka', exact: true }).waitFor();
  await page.getByText('+421 900 123 123').waitFor();

  await page.goto(`${env.server.url}/customers/${customer.id}/edit`);
  await signIn(page, 'admin');
  const note = page.getByRole('textbox', { name: 'Note', exact: true });
  await note.fill('not kept');
  const questions = [];
  let answer = false;
  page.on('dialog', async (dialog) => {
    questions.push(dialog.message());
    await (answer ? dialog.accept() : dialog.dismiss());
  });
  await note.press('Escape');
  assert.deepEqual(questions, ['You have unsaved changes. Leave without saving?']);
  assert.equal(await note.inputValue(), 'not kept', 'staying keeps the typing');
  answer = true;
  await note.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Klávesová Zákazníčka', exact: true }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Escape leaves Search, focus lands on each new page\'s heading, "e" edits from a customer\'s page', async () => {
  const { context, page, problems } = await openPage(env.browser);
  await page.goto(`${env.server.url}/customers?page=2`);
  await signIn(page, 'admin');
  await rangeStatus(page, '26–50 of').waitFor();
  assert.ok(await isFocused(page.getByRole('heading', { level: 1, name: 'Customers' })), 'after sign-in: the list heading');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.press('Escape');
  assert.equal(await isFocused(search), false, 'Escape left the search box');
  await page.keyboard.press('j');
  assert.ok(await isFocused(rowLink(page, 1)), 'j works again');
  assert.equal(await search.inputValue(), '', 'nothing was typed into Search');

  const name = await rowLink(page, 1).textContent();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.ok(await isFocused(heading), "a customer's page: its heading");
  await page.keyboard.press('e');
  await page.getByRole('heading', { level: 1, name: `Edit ${name}` }).waitFor();
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Edited with the keyboard');
  await page.getByRole('button', { name: 'Save' }).click();
  await heading.waitFor();
  await page.getByText(`${name} saved.`).waitFor();

  // "Customers" leads back to page 2, and the notice stays with the customer's page.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click();
  await rangeStatus(page, '26–50 of').waitFor();
  assert.match(page.url(), /\/customers\?page=2$/);
  assert.equal(await page.getByText(`${name} saved.`).count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('before any wasm has arrived, a tab with a session shows a loading sign, and one without the sign-in form', async () => {
  for (const signedIn of [true, false]) {
    const { context, page, problems } = await openPage(env.browser);
    if (signedIn) await keepSession(page, env.server.url);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route((url) => url.pathname.endsWith('.wasm'), async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.goto(`${env.server.url}/customers`, { waitUntil: 'commit' });
    if (signedIn) await page.getByRole('status').filter({ hasText: 'Loading customer-desk…' }).waitFor();
    else await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    release();
    if (signedIn) await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1).waitFor();
    else await page.getByRole('banner').waitFor();
    assert.equal(await page.getByText('Loading customer-desk…').count(), 0, 'the app took over');
    assert.deepEqual(problems(), []);
    await context.close();
  }
});
