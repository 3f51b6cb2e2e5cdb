import type { Random } from './random';

/**
 * The data set's ten years, 2016–2025: every valid period and every audit event lies within
 * them. They are fixed, not counted back from today, so a seed gives the same set on any day,
 * and the map of any day after them shows every record that has not ended.
 */
const DAY = 86_400_000;
export const PERIOD_START = Date.UTC(2016, 0, 1);
export const PERIOD_DAYS = (Date.UTC(2026, 0, 1) - PERIOD_START) / DAY;
const LAST_INSTANT = PERIOD_START + PERIOD_DAYS * DAY - 1;

/** Day `day` of the period as a calendar date: 0 → "2016-01-01". */
export const isoDay = (day: number) =>
  new Date(PERIOD_START + day * DAY).toISOString().slice(0, 10);

/** An instant as the API's timestamps show it (milliseconds, UTC). */
export const isoInstant = (at: number) => new Date(at).toISOString();

/** An instant within the period: never later than its last millisecond. */
const within = (at: number) => Math.min(at, LAST_INSTANT);

/** Recorded a while after everything it refers to (the latest of `after`), within `days`. */
export const recordedAfter = (random: Random, days: number, ...after: number[]) =>
  within(Math.max(...after) + 1 + random.below(days * DAY));

/** A record in valid time as first recorded, and when it was ended (if it was). */
export interface ValidTime {
  validFrom: string | null;
  recordedAt: number;
  end?: { validTo: string; at: number };
}

const KNOWN_FROM = 0.85;
const ENDED = 0.25;

/**
 * A period as people record them: mostly from a day in the ten years (some "since before we
 * know"), entered within two weeks of it but never before what it refers to (`after`); a quarter
 * ended later — recorded open, then ended around the day it ended, as the services' `…End` do.
 */
export function validTime(random: Random, after: number, ended = random.chance(ENDED)): ValidTime {
  const from = random.chance(KNOWN_FROM) ? random.below(PERIOD_DAYS - 60) : null;
  const anchor = PERIOD_START + (from ?? random.below(PERIOD_DAYS / 2)) * DAY;
  const recordedAt = within(Math.max(after, anchor) + 1 + random.below(14 * DAY));
  const validFrom = from === null ? null : isoDay(from);
  if (!ended) return { validFrom, recordedAt };
  const to = (from ?? 0) + 30 + random.below(PERIOD_DAYS - 30 - (from ?? 0));
  const at = Math.max(recordedAt + 1, within(PERIOD_START + to * DAY + random.below(7 * DAY)));
  return { validFrom, recordedAt, end: { validTo: isoDay(to), at } };
}
