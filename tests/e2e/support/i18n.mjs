// The app's translations, read from the same Fluent files the app embeds, so a test can
// ask for "the Slovak for the English 'Edit'" without repeating translations here.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LOCALES = resolve(import.meta.dirname, '../../../locales');

/** id -> text of the single-line messages of one language. */
export function messages(language) {
  const found = {};
  const dir = join(LOCALES, language);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ftl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const match = line.match(/^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/);
      if (match && !match[2].includes('{')) found[match[1]] = match[2].trim();
    }
  }
  return found;
}

/** A translator: `t('Edit')` is the text of the message whose English text is "Edit". */
export function translator(language) {
  const english = messages('en');
  const translated = messages(language);
  return (text) => {
    const id = Object.keys(english).find((key) => english[key] === text);
    if (!id) throw new Error(`no single-line English message reads ${JSON.stringify(text)}`);
    if (!translated[id]) throw new Error(`${language} lacks ${id}`);
    return translated[id];
  };
}
