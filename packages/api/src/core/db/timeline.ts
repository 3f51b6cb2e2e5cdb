import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { today } from '../valid-time';
import { loaderFamily } from './loaders';
import { batchedRead } from './read-batch';

/**
 * Valid time for a record's fields that change in the world (a forum's chair, an actor's areas,
 * a strategy's status …): each such field is a sequence of periods [validFrom, validTo) with the
 * value it had, without overlaps, in `attribute_period` (migration AttributePeriods). The record's
 * own column keeps the value recorded last, so a read without `asOf` stays one plain read; a read
 * on another day (`asOf`), or as the register said it then (`knownAt`), comes here.
 *
 * The audit log's snapshot of such a record carries its periods (`timeline`), so what the register
 * said on a day is rebuilt from the log like every other record (see `timelineKnownAt`).
 */
export interface TimedValue {
  value: unknown;
  validFrom: string | null;
  validTo: string | null;
}

/** A record's timed fields: field name → its periods, oldest first. */
export type Timeline = Record<string, TimedValue[]>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The periods after a change "`value` from `from` on" (null `from`: for as long as the record is
 * known): what was recorded before `from` stays (a period running over it ends on it), what was
 * recorded from it on gives way, and the new value holds until further notice — joined to the
 * period before when that had the same value, so undoing a change leaves no seam.
 */
export function changedFrom(periods: TimedValue[], value: unknown, from: string | null) {
  const kept = periods
    .filter((period) => from !== null && (period.validFrom === null || period.validFrom < from))
    .map((period) =>
      period.validTo === null || period.validTo > from! ? { ...period, validTo: from } : period,
    );
  const last = kept.at(-1);
  if (last && last.validTo === from && same(last.value, value)) {
    return [...kept.slice(0, -1), { ...last, validTo: null }];
  }
  return [...kept, { value, validFrom: from, validTo: null }];
}

/** The value a field had on `day`, or undefined when no period covers it. */
export function valueOn(periods: TimedValue[], day: string): unknown {
  return periods.find(
    (period) =>
      (period.validFrom === null || period.validFrom <= day) &&
      (period.validTo === null || day < period.validTo),
  )?.value;
}

interface PeriodRow {
  record_id: string;
  attribute: string;
  value: unknown;
  valid_from: string | null;
  valid_to: string | null;
}

const PERIOD_COLUMNS = `record_id::text, attribute, value,
  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to`;

const asTimedValue = (row: PeriodRow): TimedValue => ({
  value: row.value,
  validFrom: row.valid_from,
  validTo: row.valid_to,
});

/** The timeline of the fields `attributes` from rows ordered by attribute and validFrom. */
function timelineFrom(rows: PeriodRow[], attributes: readonly string[]): Timeline {
  const timeline: Timeline = Object.fromEntries(attributes.map((attribute) => [attribute, []]));
  for (const row of rows) timeline[row.attribute]?.push(asTimedValue(row));
  return timeline;
}

/** A record's periods of the fields `attributes`, as the audit snapshot carries them. */
export async function timelineOf(
  tx: EntityManager,
  recordId: string,
  attributes: readonly string[],
): Promise<Timeline> {
  const rows: PeriodRow[] = await tx.query(
    `SELECT ${PERIOD_COLUMNS} FROM attribute_period
      WHERE record_id = $1 ORDER BY attribute, valid_from NULLS FIRST`,
    [recordId],
  );
  return timelineFrom(rows, attributes);
}

/**
 * The first periods of a new record's fields, written in one statement (a new record has none to
 * replace), and read back as stored, so the audit snapshot is what `timelineOf` would give.
 */
export async function insertTimeline(
  tx: EntityManager,
  record: { type: string; id: string },
  timeline: Timeline,
): Promise<Timeline> {
  const periods = Object.entries(timeline).flatMap(([attribute, periods]) =>
    periods.map((period) => ({ ...period, attribute, value: period.value ?? null })),
  );
  const rows: PeriodRow[] = await tx.query(
    `INSERT INTO attribute_period (record_type, record_id, attribute, value, valid_from, valid_to)
     SELECT $1, $2, period ->> 'attribute', period -> 'value', (period ->> 'validFrom')::date,
            (period ->> 'validTo')::date
       FROM jsonb_array_elements($3::jsonb) AS period
     RETURNING ${PERIOD_COLUMNS}`,
    [record.type, record.id, JSON.stringify(periods)],
  );
  // Each field's periods oldest first (a null validFrom, for as long as known, sorts first).
  rows.sort((a, b) => (a.valid_from ?? '').localeCompare(b.valid_from ?? ''));
  return timelineFrom(rows, Object.keys(timeline));
}

/**
 * The periods of a list-valued field after items of it were taken back as never true (a person
 * listed by mistake as a representative): they leave every period, and periods left alike join.
 */
export function withoutItems(periods: TimedValue[], removed: unknown[]): TimedValue[] {
  const gone = new Set(removed.map((item) => JSON.stringify(item)));
  const joined: TimedValue[] = [];
  for (const period of periods) {
    const value = (period.value as unknown[]).filter((item) => !gone.has(JSON.stringify(item)));
    const last = joined.at(-1);
    if (last && last.validTo === period.validFrom && same(last.value, value)) {
      last.validTo = period.validTo;
    } else joined.push({ ...period, value });
  }
  return joined;
}

/** Replaces the periods of a record's field with `periods`. */
export async function writePeriods(
  tx: EntityManager,
  record: { type: string; id: string },
  attribute: string,
  periods: TimedValue[],
): Promise<void> {
  await tx.query('DELETE FROM attribute_period WHERE record_id = $1 AND attribute = $2', [
    record.id,
    attribute,
  ]);
  await tx.query(
    `INSERT INTO attribute_period (record_type, record_id, attribute, value, valid_from, valid_to)
     SELECT $1, $2, $3, period -> 'value', (period ->> 'validFrom')::date,
            (period ->> 'validTo')::date
       FROM jsonb_array_elements($4::jsonb) AS period`,
    [
      record.type,
      record.id,
      attribute,
      JSON.stringify(periods.map((period) => ({ ...period, value: period.value ?? null }))),
    ],
  );
}

/** Which field of which record: the key of the `timelines` loader. */
export interface TimedField {
  recordType: string;
  id: string;
  attribute: string;
}

/**
 * The periods of a record's field, as recorded now or as the register said them at `knownAt`
 * (`attribute_period_known_at`); one statement per batch.
 */
export function timelineLoaders(dataSource: DataSource) {
  return {
    timelines: () =>
      loaderFamily(
        ({ knownAt }: { knownAt: string | null }) =>
          new DataLoader<TimedField, TimedValue[], string>(
            async (fields) => {
              const rows = knownAt
                ? await timelinesKnownAt(dataSource, fields, knownAt)
                : await batchedRead<PeriodRow>(
                    dataSource,
                    `SELECT ${PERIOD_COLUMNS} FROM attribute_period
                    WHERE record_id = ANY($1::uuid[]) ORDER BY valid_from NULLS FIRST`,
                    [[...new Set(fields.map((field) => field.id))]],
                  );
              return fields.map((field) =>
                rows
                  .filter((row) => row.record_id === field.id && row.attribute === field.attribute)
                  .map(asTimedValue),
              );
            },
            { cacheKeyFn: (field) => `${field.id}/${field.attribute}` },
          ),
      ),
  };
}

async function timelinesKnownAt(
  dataSource: DataSource,
  fields: readonly TimedField[],
  knownAt: string,
): Promise<PeriodRow[]> {
  return batchedRead<PeriodRow>(
    dataSource,
    `SELECT ${PERIOD_COLUMNS} FROM attribute_period_known_at($1::timestamptz, $2::text[])
      WHERE record_id = ANY($3::uuid[]) ORDER BY valid_from NULLS FIRST`,
    [
      knownAt,
      [...new Set(fields.map((field) => field.recordType))],
      [...new Set(fields.map((field) => field.id))],
    ],
  );
}

/** A request's loaders of periods (see `timelineLoaders`). */
export interface TimelineLoaders {
  timelines: ReturnType<ReturnType<typeof timelineLoaders>['timelines']>;
}

/** The value of a timed field on `asOf` (default today) as known at `knownAt`, from `loaders`. */
export async function timedValue(
  loaders: TimelineLoaders,
  field: TimedField,
  { asOf, knownAt }: { asOf: string | null; knownAt: string | null },
): Promise<unknown> {
  const periods = await loaders.timelines({ knownAt }).load(field);
  return valueOn(periods, asOf ?? today()) ?? null;
}
