/**
 * The one dictionary of the web client (`src/i18n/`), without a browser: English has every word
 * Swedish has and no other, of the same kind, and each key is read somewhere in `src/` — as
 * `t.<key>`, the `t` of `useT()` — so no word is kept that the UI never shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/i18n/en';
import { sv } from '../src/i18n/sv';

const SRC = join(__dirname, '..', 'src');
const DICTIONARIES = ['sv.ts', 'en.ts'].map((file) => join(SRC, 'i18n', file));

/** Each key path and the kind of its word: `kinds.ACTOR: string`, `startMore: function(1)`. */
function shapeOf(words: object, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, word]: [string, unknown]) =>
    typeof word === 'object' && word !== null
      ? shapeOf(word, `${prefix}${key}.`)
      : [`${prefix}${key}: ${typeof word}${typeof word === 'function' ? `(${word.length})` : ''}`],
  );
}

/** The client's source files, the dictionaries themselves left out. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !DICTIONARIES.includes(path) ? [path] : [];
  });
}

test('English has every key of the Swedish dictionary and no other, each of the same kind', () => {
  expect(shapeOf(en)).toEqual(shapeOf(sv));
});

test('every key of the dictionary is read in src/ as t.<key>', () => {
  const code = sources()
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const unread = Object.keys(sv).filter(
    (key) => !new RegExp(`(?<![\\w$.])t\\.${key}(?![\\w$])`).test(code),
  );
  expect(unread).toEqual([]);
});
