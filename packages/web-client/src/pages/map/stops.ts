/** The stops of a replay: the timeline's days, today and the day shown, each once, earliest first. */
export function stopsOf(timeline: readonly string[], shown: string, now: string): string[] {
  return [...new Set([...timeline, now, shown])].sort();
}

/** The calendar day before `day` (both YYYY-MM-DD). */
export const dayBefore = (day: string) => dayAfter(day, -1);

const DAY_MS = 86_400_000;

/** The days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day `days` days after `day` (both YYYY-MM-DD). */
export function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
