import type { Lang } from './i18n';

const moments: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
};

/** An instant as people read it, on the Swedish clock: "4 december 2026 kl. 10:15". */
export function formatMoment(lang: Lang, instant: string): string {
  return moments[lang].format(new Date(instant));
}
