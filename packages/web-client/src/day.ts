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
