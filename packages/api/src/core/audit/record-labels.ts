import DataLoader from 'dataloader';
import type { DataSource, EntityMetadata } from 'typeorm';
import { batchedRead } from '../db/read-batch';

/** A record named by its id alone: its type (as `node` names it) and its name, if it has one. */
export interface RecordLabel {
  type: string;
  name: string | null;
  /** It objects to publication (a person): its name is not for anonymous callers. */
  withheld?: boolean;
}

/** SQL: how a table's row is named — its name, its code and title, its title, or its text. */
function labelOf(metadata: EntityMetadata): string {
  const has = (column: string) => metadata.columns.some((c) => c.databaseName === column);
  if (has('name')) return 'name';
  if (has('code') && has('title')) return "code || ' ' || title";
  if (has('title')) return 'title';
  if (has('text')) return 'left(text, 80)';
  return 'NULL';
}

/**
 * Loads what a bare id in the audit log's snapshots stands for (`memberActorId`, `areaIds`…): the
 * record of any node type with that id, in one statement a batch over every type's table (ids are
 * random UUIDs, unique across tables). `types`: the node types and their entities.
 */
export function recordLabelsLoader(
  dataSource: DataSource,
  types: [name: string, entity: abstract new (...args: never[]) => object][],
): DataLoader<string, RecordLabel | null> {
  const sql = types
    .map(([name, entity]) => {
      const metadata = dataSource.getMetadata(entity);
      const withheld = metadata.columns.some((c) => c.databaseName === 'objects_to_publication')
        ? 'objects_to_publication'
        : 'false';
      return `SELECT '${name}' AS type, id::text, ${labelOf(metadata)} AS name, ${withheld} AS withheld
              FROM ${metadata.tableName} WHERE id = ANY($1::uuid[])`;
    })
    .join(' UNION ALL ');
  return new DataLoader(async (ids) => {
    const rows: ({ id: string } & RecordLabel)[] = await batchedRead(dataSource, sql, [[...ids]]);
    const byId = new Map(
      rows.map((row) => [row.id, { type: row.type, name: row.name, withheld: row.withheld }]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The ids in a snapshot: every string value anywhere in it that is a UUID. */
export function idsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) idsIn(item, into);
  }
  return into;
}

/** A snapshot with every id of a known record replaced by `replace(id, label)`. */
export function withIds(
  value: unknown,
  labels: Map<string, RecordLabel>,
  replace: (id: string, label: RecordLabel) => string,
): unknown {
  if (typeof value === 'string') {
    const label = labels.get(value);
    return label ? replace(value, label) : value;
  }
  if (Array.isArray(value)) return value.map((item) => withIds(item, labels, replace));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withIds(item, labels, replace)]),
    );
  }
  return value;
}
