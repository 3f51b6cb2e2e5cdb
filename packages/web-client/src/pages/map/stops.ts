const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Today in Stockholm, YYYY-MM-DD: the day the map shows without `?asOf=`. */
export const today = () => STOCKHOLM_DAY.format(new Date());

/** The stops of a replay: the timeline's days, today and the day shown, each once, earliest first. */
export function stopsOf(timeline: readonly string[], shown: string, now: string): string[] {
  return [...new Set([...timeline, now, shown])].sort();
}

/** The calendar day before `day` (both YYYY-MM-DD). */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
