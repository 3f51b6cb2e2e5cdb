import { isWholeDay, noonOf } from '../day';
import { useLocation } from '../router';
import { en } from './en';
import { sv, type Dictionary } from './sv';

/** Swedish by default; `?lang=en` in the URL switches to English. */
export type Lang = 'sv' | 'en';

const dictionaries: Record<Lang, Dictionary> = { sv, en };

export function langOf(params: URLSearchParams): Lang {
  return params.get('lang') === 'en' ? 'en' : 'sv';
}

export interface Translation {
  lang: Lang;
  t: Dictionary;
  /** An enum value's label, or the value itself when the dictionary lacks it. */
  label: (value: string | null | undefined) => string;
  /** A LocalDate or instant as a date, Swedish style (2025-03-01) or English (1 Mar 2025). */
  date: (value: string | null | undefined) => string;
}

/**
 * The word for an API value in one of the dictionary's maps (`t.kinds`, `t.nodeKinds` …), or
 * undefined for a value it has none for (one the API has added since, say).
 */
export function wordFor(
  words: Readonly<Record<string, string>>,
  value: string,
): string | undefined {
  return Object.hasOwn(words, value) ? words[value] : undefined;
}

export function useT(): Translation {
  const { params } = useLocation();
  const lang = langOf(params);
  const t = dictionaries[lang];
  return {
    lang,
    t,
    label: (value) => (value ? (wordFor(t.enums, value) ?? value) : ''),
    date: (value) => formatDate(value, lang),
  };
}

const formats: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
};

export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = isWholeDay(value) ? noonOf(value) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : formats[lang].format(date);
}
