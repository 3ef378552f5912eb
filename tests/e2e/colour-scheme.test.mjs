// Colour scheme: the system's by default, light or dark when chosen in the header, and
// the choice remembered across reloads. Colours are read as the browser computes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serverAndBrowser } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

const env = serverAndBrowser();

const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(17, 22, 29)';
const PALETTE = ['--bg', '--surface', '--surface-muted', '--text', '--text-muted', '--border', '--control-border', '--accent', '--accent-text',
  '--accent-soft', '--danger', '--danger-soft', '--success', '--success-soft', '--warning', '--warning-soft', '--focus'];

const colours = (page) => page.evaluate(() => ({
  page: getComputedStyle(document.documentElement).backgroundColor,
  text: getComputedStyle(document.body).color,
  theme: document.documentElement.dataset.theme ?? null,
}));
const palette = (page) => page.evaluate((names) => {
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
}, PALETTE);
const select = (page) => page.getByRole('combobox', { name: 'Colour scheme' });

async function open(colorScheme) {
  const session = await openPage(env.browser, { colorScheme });
  await session.page.goto(`${env.server.url}/sign-in`);
  await select(session.page).waitFor();
  return session;
}

test('a light system gets light; Dark is chosen, remembered across reloads, and System undoes it', async () => {
  const { context, page, problems } = await open('light');
  const light = await colours(page);
  assert.deepEqual(light, { page: LIGHT_BG, text: 'rgb(27, 36, 48)', theme: null });
  assert.equal(await select(page).inputValue(), 'system');

  await select(page).selectOption({ label: 'Dark' });
  const dark = await colours(page);
  assert.deepEqual(dark, { page: DARK_BG, text: 'rgb(230, 235, 241)', theme: 'dark' });
  assert.deepEqual(await axeViolations(page), [], 'the chosen dark scheme passes axe (contrast included)');

  await page.reload();
  await select(page).waitFor();
  assert.deepEqual(await colours(page), dark);
  assert.equal(await select(page).inputValue(), 'dark');

  await select(page).selectOption({ label: 'System' });
  assert.deepEqual(await colours(page), light);
  await page.reload();
  await select(page).waitFor();
  assert.deepEqual(await colours(page), light);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a dark system gets dark, Light overrides it, and both dark palettes are the same', async () => {
  const { context, page, problems } = await open('dark');
  assert.equal((await colours(page)).page, DARK_BG);
  const systemDark = await palette(page);

  await select(page).selectOption({ label: 'Light' });
  assert.deepEqual(await colours(page), { page: LIGHT_BG, text: 'rgb(27, 36, 48)', theme: 'light' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'light');

  // The explicit dark choice on a light system matches the system's dark exactly.
  await page.emulateMedia({ colorScheme: 'light' });
  await select(page).selectOption({ label: 'Dark' });
  assert.deepEqual(await palette(page), systemDark);
  assert.deepEqual(problems(), []);
  await context.close();
});
