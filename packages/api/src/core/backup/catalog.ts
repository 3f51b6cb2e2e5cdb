import type { ClientBase } from 'pg';

/** A table of the database and the columns that hold data (generated ones are derived). */
export interface CatalogTable {
  schema: string;
  name: string;
  columns: string[];
}

/** The schemas that are PostgreSQL's own, not the API's. */
const SYSTEM_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

/** Every table of the API's schemas (`public`, `published`, any later), by schema and name. */
export async function catalogTables(client: ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<CatalogTable>(
    `SELECT n.nspname AS schema, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relkind IN ('r', 'p') AND ${SYSTEM_SCHEMAS}
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      GROUP BY n.nspname, c.relname
      ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`,
  );
  return rows;
}

/** A foreign key, as `ALTER TABLE … ADD CONSTRAINT` makes it again. */
export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export async function foreignKeys(client: ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name,
            pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
       JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND ${SYSTEM_SCHEMAS}
      ORDER BY c.oid`,
  );
  return rows;
}

/** A trigger of the API's (not PostgreSQL's own, which keep foreign keys) and how it fires. */
export interface Trigger {
  table: string;
  name: string;
  /** `pg_trigger.tgenabled`: O (origin, the default), A (always), R (replica), D (disabled). */
  enabled: 'O' | 'A' | 'R' | 'D';
}

export async function userTriggers(client: ClientBase): Promise<Trigger[]> {
  const { rows } = await client.query<Trigger>(
    `SELECT t.tgrelid::regclass::text AS table, t.tgname AS name, t.tgenabled AS enabled
       FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND ${SYSTEM_SCHEMAS}`,
  );
  return rows;
}

/** A sequence that numbers a column (serial or identity), to be set past the rows restored. */
export interface OwnedSequence {
  sequence: string;
  table: string;
  column: string;
}

export async function ownedSequences(client: ClientBase): Promise<OwnedSequence[]> {
  const { rows } = await client.query<OwnedSequence>(
    `SELECT d.objid::regclass::text AS sequence, d.refobjid::regclass::text AS table,
            a.attname AS column
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
        AND d.deptype IN ('a', 'i')`,
  );
  return rows;
}

/** The migrations applied (TypeORM's table), in order; null when there is no such table. */
export async function appliedMigrations(client: ClientBase): Promise<string[] | null> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS exists`,
  );
  if (!rows[0].exists) return null;
  const applied = await client.query<{ name: string }>(
    'SELECT name FROM public.migrations ORDER BY id',
  );
  return applied.rows.map(({ name }) => name);
}
