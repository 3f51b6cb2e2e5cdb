import { useLocation } from './router';

/** A whole calendar day as the API and the URL write it: YYYY-MM-DD. */
export function isWholeDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/** A calendar day read at noon UTC, so that no time zone moves it to the day before or after. */
export function noonOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** The day the maps show (`?asOf=`) when it is a whole day; null (today) for anything else. */
export function wholeAsOf(params: URLSearchParams): string | null {
  const asOf = params.get('asOf');
  return asOf && isWholeDay(asOf) ? asOf : null;
}

/**
 * The day a record page shows (`?asOf=`), undefined for today. It goes to the API as the URL has
 * it: a day that is no day gets the API's error rather than today's records.
 */
export function useAsOf(): string | undefined {
  const { params } = useLocation();
  return params.get('asOf') || undefined;
}

/**
 * The moment a record page shows the register as it then stood (`?knownAt=`, an instant), or
 * undefined for the register as it is now. Sent to the API as the URL has it, like `asOf`.
 */
export function useKnownAt(): string | undefined {
  const { params } = useLocation();
  return params.get('knownAt') || undefined;
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Today in Sweden, as the API's days are written (YYYY-MM-DD). */
export function today(): string {
  return stockholmDay.format(new Date());
}
