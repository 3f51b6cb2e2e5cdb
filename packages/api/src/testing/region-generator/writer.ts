import type { EntityManager } from 'typeorm';
import type { TimedValue } from '../../core/db/timeline';
import { ACTOR_TIMED_FIELDS } from '../../modules/actor';
import type { Citation } from '../../modules/citation';
import { FORUM_TIMED_FIELDS, MEMBERSHIP_TIMED_FIELDS } from '../../modules/forum';
import { STRATEGY_TIMED_FIELDS } from '../../modules/strategy';
import type { Identifier } from '../../modules/identifier';
import { RECORD_TABLES, type PlannedRecord, type RecordType } from './records';
import { isoInstant } from './time';

/**
 * Rows per statement: enough that a statement's round trip is spread thin, few enough that its
 * parameters stay a few megabytes (an audit event's snapshots are about a kilobyte).
 */
const CHUNK_ROWS = 5_000;

/** A column and the SQL type of its values. */
interface Column {
  name: string;
  type: string;
}

export function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK_ROWS) {
    result.push(items.slice(start, start + CHUNK_ROWS));
  }
  return result;
}

/**
 * Inserts many rows in one statement: the rows travel as one JSON array of objects, which
 * `json_to_recordset` turns into typed rows (arrays and JSON columns included), so no value needs
 * escaping twice. Nothing when there are no rows.
 */
export async function insertRows(
  tx: EntityManager,
  table: string,
  columns: Column[],
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const types = columns.map((column) => `"${column.name}" ${column.type}`).join(', ');
  const objects = rows.map((row) =>
    Object.fromEntries(columns.map((column, index) => [column.name, row[index]])),
  );
  await tx.query(
    `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_to_recordset($1) AS r(${types})`,
    [JSON.stringify(objects)],
  );
}

/** The fields of each type that hold for periods, as the services keep them. */
const TIMED: Partial<Record<RecordType, readonly string[]>> = {
  Actor: ACTOR_TIMED_FIELDS,
  Forum: FORUM_TIMED_FIELDS,
  Strategy: STRATEGY_TIMED_FIELDS,
  ForumMembership: MEMBERSHIP_TIMED_FIELDS,
};

/**
 * The periods of a record's timed fields: its values for as long as it is known, as the services
 * record them on create — but a dissolved forum is ACTIVE until its day, as the migration
 * AttributePeriods carries such a forum over.
 */
function timelineOf(record: PlannedRecord): Record<string, TimedValue[]> | null {
  const fields = TIMED[record.type];
  if (!fields) return null;
  const dissolvedOn = record.fields.dissolvedOn as string | null | undefined;
  return Object.fromEntries(
    fields.map((field) => {
      const value = field in record.fields ? record.fields[field] : record.links[field];
      if (field === 'status' && dissolvedOn) {
        return [
          field,
          [
            { value: 'ACTIVE', validFrom: null, validTo: dissolvedOn },
            { value, validFrom: dissolvedOn, validTo: null },
          ],
        ];
      }
      return [field, [{ value: value ?? null, validFrom: null, validTo: null }]];
    }),
  );
}

/** Writes the periods of the records' timed fields (`attribute_period`). */
async function writePeriods(tx: EntityManager, records: PlannedRecord[]): Promise<void> {
  const rows = records.flatMap((record) =>
    Object.entries(timelineOf(record) ?? {}).flatMap(([attribute, periods]) =>
      periods.map((period) => ({ type: record.type, id: record.id, attribute, ...period })),
    ),
  );
  if (rows.length === 0) return;
  // Each representative's run, as ForumMembershipService keeps them for the map.
  await tx.query(
    `INSERT INTO forum_membership_representative_period (membership_id, person_id, valid_from, valid_to)
     SELECT (r ->> 'id')::uuid, person.id::uuid, (r ->> 'validFrom')::date, (r ->> 'validTo')::date
       FROM jsonb_array_elements($1::jsonb) AS r
       CROSS JOIN LATERAL jsonb_array_elements_text(r -> 'value') AS person(id)
      WHERE r ->> 'attribute' = 'representativeIds'`,
    [JSON.stringify(rows)],
  );
  await tx.query(
    `INSERT INTO attribute_period (record_type, record_id, attribute, value, valid_from, valid_to)
     SELECT r ->> 'type', (r ->> 'id')::uuid, r ->> 'attribute', r -> 'value',
            (r ->> 'validFrom')::date, (r ->> 'validTo')::date
       FROM jsonb_array_elements($1::jsonb) AS r`,
    [JSON.stringify(rows)],
  );
}

/**
 * A record as the services' audit log shows it: its fields, id, version and timestamps, the rows
 * beside it and the periods of its timed fields — after it was created, or after it was ended
 * (version 2).
 */
export function snapshot(record: PlannedRecord, ended: boolean): Record<string, unknown> {
  const createdAt = isoInstant(record.recordedAt);
  const created = {
    ...record.fields,
    id: record.id,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    ...record.links,
    ...(TIMED[record.type] ? { timeline: timelineOf(record) } : {}),
  };
  if (!ended || !record.end) return created;
  return { ...created, ...record.end.fields, version: 2, updatedAt: isoInstant(record.end.at) };
}

/** The columns of a record's table, from its entity: the columns the services write. */
function entityColumns(tx: EntityManager, table: string): (Column & { property: string })[] {
  const metadata = tx.connection.entityMetadatas.find((entity) => entity.tableName === table);
  if (!metadata) throw new Error(`No entity has the table ${table}`);
  return metadata.columns.map((column) => ({
    name: column.databaseName,
    property: column.propertyName,
    type: tx.connection.driver.normalizeType(column) + (column.isArray ? '[]' : ''),
  }));
}

interface LinkTable {
  table: string;
  columns: Column[];
  rows: (record: PlannedRecord) => unknown[][];
}

const uuid = (name: string): Column => ({ name, type: 'uuid' });
const text = (name: string): Column => ({ name, type: 'text' });
const integer = (name: string): Column => ({ name, type: 'integer' });

/** An ordered list of ids kept in a table of its own, as `LinkTable` (core/db) keeps them. */
const ordered = (key: string, table: string, owner: string, target: string) => (): LinkTable => ({
  table,
  columns: [uuid(owner), uuid(target), integer('position')],
  rows: (record) => (record.links[key] as string[]).map((id, index) => [record.id, id, index + 1]),
});

/**
 * Where each list a snapshot shows is stored beside its record: as the services' citation and
 * identifier stores and link tables write them. A responsibility's subject is its own columns.
 */
const LINKS: Record<string, (recordTable: string) => LinkTable | null> = {
  sources: (recordTable) => ({
    table: `${recordTable}_citation`,
    columns: [
      uuid(`${recordTable}_id`),
      uuid('source_id'),
      text('quote'),
      text('section'),
      integer('position'),
    ],
    rows: (record) =>
      (record.links.sources as Citation[]).map((citation, index) => [
        record.id,
        citation.sourceId,
        citation.quote,
        citation.section,
        index + 1,
      ]),
  }),
  identifiers: (recordTable) => ({
    table: `${recordTable}_identifier`,
    columns: [uuid(`${recordTable}_id`), text('scheme'), text('identifier')],
    rows: (record) =>
      (record.links.identifiers as Identifier[]).map(({ scheme, value }) => [
        record.id,
        scheme,
        value,
      ]),
  }),
  areaIds: ordered('areaIds', 'actor_area', 'actor_id', 'area_id'),
  anchoredInIds: ordered('anchoredInIds', 'forum_anchor', 'forum_id', 'strategy_id'),
  representativeIds: ordered(
    'representativeIds',
    'forum_membership_representative',
    'membership_id',
    'person_id',
  ),
  subject: () => null,
  // A strategy's order of objectives is read from the objectives' own rows (`position`).
  objectiveIds: () => null,
};

/**
 * Writes records of one type, a chunk at a time: the records (every column of their entity, as
 * they are now), then the rows beside each chunk. `written` hears of each chunk.
 */
export async function writeRecords(
  tx: EntityManager,
  records: PlannedRecord[],
  written: (count: number) => void,
): Promise<void> {
  if (records.length === 0) return;
  const table = RECORD_TABLES[records[0].type];
  const columns = entityColumns(tx, table);
  const links = Object.keys(records[0].links).flatMap((key) => {
    if (!(key in LINKS)) throw new Error(`No table is known for a record's ${key}`);
    return LINKS[key](table) ?? [];
  });
  for (const chunk of chunks(records)) {
    const rows = chunk.map((record) => {
      const now = snapshot(record, true);
      return columns.map(({ name, property }) => {
        if (now[property] === undefined) throw new Error(`${table}.${name} has no value`);
        return now[property];
      });
    });
    await insertRows(tx, table, columns, rows);
    for (const link of links)
      await insertRows(tx, link.table, link.columns, chunk.flatMap(link.rows));
    await writePeriods(tx, chunk);
    written(chunk.length);
  }
}
