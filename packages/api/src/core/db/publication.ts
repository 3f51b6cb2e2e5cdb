import type { QueryRunner } from 'typeorm';

/**
 * What anonymous callers may read is decided in the database, so that no query can forget it:
 * their requests run as `samverkan_public` with `search_path = published, public`. The schema
 * `published` has a view of the same name for every table anonymous callers may read: for a
 * table holding something not yet public, only what is; for the others, the table as it is.
 * The role reads those views and no table (not accounts, not tokens), and writes nothing. Every
 * other caller runs as `samverkan_app` and reads the tables themselves.
 *
 * What is hidden is kept, by id and table, in `published.unpublished`: triggers on the tables
 * keep it as rows are written, so that each view tells a hidden row by one probe of a small
 * table, cheap to plan and to run, however deep the row hangs below a proposal. Each view asks
 * for its own table's rows: without that, PostgreSQL takes every id hidden anywhere for one that
 * may be the table's and estimates that no row is shown, and a join of a view of 2,000 rows it
 * took for one ran 2.8 million comparisons (the country's map: 230 ms where 12 would do).
 */
export const PUBLIC_ROLE = 'samverkan_public';
export const PUBLISHED_SCHEMA = 'published';

const UNPUBLISHED = `${PUBLISHED_SCHEMA}.unpublished`;

/** The records not yet public, by table (a row's alias → condition): proposals, until decided. */
const UNPUBLISHED_WHEN: Record<string, (row: string) => string> = {
  forum: (row) => `${row}.status = 'PROPOSED'`,
  strategy: (row) => `${row}.status = 'PROPOSED'`,
  responsibility: (row) => `${row}.status = 'PROPOSED'`,
};

/**
 * Tables that name a record by id rather than by a foreign key: a row is shown unless the record
 * it names is hidden (a record no longer there keeps its history).
 */
const RECORD_REFERENCES: Record<string, string> = {
  audit_event: 'record_id',
  attribute_period: 'record_id',
  ended_with: 'record_id',
  former_slug: 'record_id',
  merged_record: 'into_id',
  search_entry: 'row_id',
  search_entry_key: 'row_id',
};

/** Whether the record with the id `column` (of `table`, where known) is published. */
const shown = (column: string, table?: string) =>
  `NOT EXISTS (SELECT 1 FROM ${UNPUBLISHED} u WHERE u.id = ${column}${
    table ? ` AND u.table_name = '${table}'` : ''
  })`;

/**
 * A map edge from a published row has published ends, but a forum's parent is an attribute
 * period's value, which no foreign key keeps (the parents of objectives and areas are columns). An edge ending at a person who objects to
 * publication (GDPR art. 21) is not drawn either, nor counted among the timeline's days: the
 * person is withheld from anonymous callers (`withheldFrom`). (Through the views: the function
 * below runs as its caller, who may not read `unpublished`.)
 */
const objecting = (end: 'source' | 'target') =>
  `(v.${end}_kind = 'PERSON' AND EXISTS (SELECT 1 FROM ${PUBLISHED_SCHEMA}.person p
     WHERE p.id = v.${end}_id AND p.objects_to_publication))`;
const EDGE_ENDS_PUBLISHED = `(v.edge_kind <> 'PARENT' OR v.source_kind <> 'FORUM'
  OR EXISTS (SELECT 1 FROM ${PUBLISHED_SCHEMA}.forum f WHERE f.id = v.target_id))
  AND NOT ${objecting('source')} AND NOT ${objecting('target')}`;

/** Views over the tables, made again over the published ones, and what else their rows meet. */
const VIEWS: Record<string, string> = { map_edge: EDGE_ENDS_PUBLISHED };

/**
 * Functions returning rows of such a view: found first on the role's search path, they return
 * what the function in `public` returns (which reads the published views, by that path) and
 * meets the view's condition.
 */
const FUNCTIONS: Record<string, { arguments: string; returns: string; condition: string }> = {
  map_edge_known_at: {
    arguments: 'known_at timestamptz',
    returns: 'public.map_edge',
    condition: EDGE_ENDS_PUBLISHED,
  },
};

/** Tables anonymous callers never read (no view): accounts and secrets, the owner's bookkeeping. */
export const PRIVATE_TABLES = [
  'api_token',
  'app_user',
  'user_session',
  'user_invitation',
  'sign_in_throttle',
  'erasure',
  'seed_record',
  'idempotency_key',
  'webhook',
  'webhook_delivery',
  'migrations',
];

interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

/**
 * The tables with something to hide, parents before children: those with rows not yet public
 * and, by their foreign keys, every table whose rows hang on one of those.
 */
export function tablesToPublish(
  keys: ForeignKey[],
): { table: string; parents: Omit<ForeignKey, 'table'>[] }[] {
  const hiding = new Set(Object.keys(UNPUBLISHED_WHEN));
  const parentKeys = (table: string) =>
    keys.filter(
      (key) => key.table === table && key.references !== table && hiding.has(key.references),
    );
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      if (key.table !== key.references && hiding.has(key.references) && !hiding.has(key.table)) {
        hiding.add(key.table);
        grew = true;
      }
    }
  }
  const ordered: { table: string; parents: Omit<ForeignKey, 'table'>[] }[] = [];
  const visit = (table: string) => {
    if (ordered.some((entry) => entry.table === table)) return;
    const parents = parentKeys(table);
    for (const parent of parents) visit(parent.references);
    ordered.push({
      table,
      parents: parents.map(({ column, references }) => ({ column, references })),
    });
  };
  [...hiding].sort().forEach(visit);
  return ordered;
}

/** The condition on row `row` of `table` that makes it hidden: its own, or a hidden parent. */
function hiddenWhen(table: string, parents: { column: string }[], row: string): string {
  const own = UNPUBLISHED_WHEN[table]?.(row);
  const parent = parents.length
    ? `EXISTS (SELECT 1 FROM ${UNPUBLISHED} u WHERE u.id IN (${parents.map(({ column }) => `${row}.${column}`).join(', ')}))`
    : null;
  return [own, parent].filter(Boolean).join(' OR ');
}

/**
 * `published.unpublished` made anew from the tables (records only: those with an id), parents
 * first; and each record table's trigger keeping it. An insert adds the row if hidden; a change
 * that hides or shows a row (a status, a parent) makes the whole set anew, since rows below it
 * follow; a deletion takes the row out.
 */
function unpublishedTracking(records: ReturnType<typeof tablesToPublish>): string[] {
  const refill = records.map(
    ({ table, parents }) => `INSERT INTO ${UNPUBLISHED}
        SELECT t.id, '${table}' FROM public.${table} t WHERE ${hiddenWhen(table, parents, 't')}
        ON CONFLICT DO NOTHING;`,
  );
  return [
    `CREATE TABLE ${UNPUBLISHED} (id uuid PRIMARY KEY, table_name text NOT NULL)`,
    `CREATE INDEX unpublished_by_table ON ${UNPUBLISHED} (table_name, id)`,
    // The owner's rights: the API's role writes the tables, never this set directly.
    `CREATE FUNCTION ${PUBLISHED_SCHEMA}.refresh_unpublished() RETURNS void LANGUAGE plpgsql
       SECURITY DEFINER SET search_path = public, pg_temp AS $$
     BEGIN
       DELETE FROM ${UNPUBLISHED};
       ${refill.join('\n       ')}
     END $$`,
    ...records.flatMap(({ table, parents }) => [
      `CREATE FUNCTION ${PUBLISHED_SCHEMA}.track_${table}() RETURNS trigger LANGUAGE plpgsql
         SECURITY DEFINER SET search_path = public, pg_temp AS $$
       DECLARE
         hidden boolean;
       BEGIN
         IF TG_OP = 'DELETE' THEN
           DELETE FROM ${UNPUBLISHED} WHERE id = OLD.id;
           RETURN NULL;
         END IF;
         hidden := coalesce(${hiddenWhen(table, parents, 'NEW')}, false);
         IF TG_OP = 'INSERT' THEN
           IF hidden THEN
             INSERT INTO ${UNPUBLISHED} VALUES (NEW.id, '${table}') ON CONFLICT DO NOTHING;
           END IF;
         ELSIF hidden <> EXISTS (SELECT 1 FROM ${UNPUBLISHED} WHERE id = OLD.id) THEN
           PERFORM ${PUBLISHED_SCHEMA}.refresh_unpublished();
         END IF;
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER published_track AFTER INSERT OR UPDATE OR DELETE ON public.${table}
         FOR EACH ROW EXECUTE FUNCTION ${PUBLISHED_SCHEMA}.track_${table}()`,
    ]),
    `SELECT ${PUBLISHED_SCHEMA}.refresh_unpublished()`,
  ];
}

/** A view of the tables made again over the published ones, leaving out what `condition` does. */
async function publishedView(db: QueryRunner, view: string, condition: string): Promise<string> {
  const [{ definition }] = await db.query(`SELECT pg_get_viewdef($1::regclass) AS definition`, [
    `public.${view}`,
  ]);
  // Names in the definition are unqualified: made with `published` first, they bind to its views.
  return `SET LOCAL search_path = ${PUBLISHED_SCHEMA}, public;
    CREATE VIEW ${PUBLISHED_SCHEMA}.${view}_all AS ${String(definition).replace(/;\s*$/, '')};
    CREATE VIEW ${PUBLISHED_SCHEMA}.${view} AS SELECT v.* FROM ${PUBLISHED_SCHEMA}.${view}_all v
      WHERE ${condition};
    SET LOCAL search_path = public;`;
}

const view = (table: string, condition = 'true') =>
  `CREATE VIEW ${PUBLISHED_SCHEMA}.${table} AS SELECT t.* FROM public.${table} t WHERE ${condition}`;

/**
 * Makes the schema `published`, its triggers and the role's grants anew from the tables as they
 * are now. A migration that adds a table or a column, or changes a view, calls it again
 * (`publication.test.ts` fails until it does). Runs as the owner, within the migration's
 * transaction.
 */
export async function refreshPublication(db: QueryRunner): Promise<void> {
  const keys: ForeignKey[] = await db.query(`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column,
           c.confrelid::regclass::text AS references
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
     ORDER BY 1, 2`);
  const hiding = tablesToPublish(keys);
  const tables: { name: string; has_id: boolean }[] = await db.query(`
    SELECT c.relname AS name,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id') AS has_id
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
     ORDER BY c.relname`);
  const hasId = new Set(tables.filter((table) => table.has_id).map((table) => table.name));
  const special = new Set([...hiding.map(({ table }) => table), ...Object.keys(RECORD_REFERENCES)]);
  const statements = [
    `DROP SCHEMA IF EXISTS ${PUBLISHED_SCHEMA} CASCADE`,
    `CREATE SCHEMA ${PUBLISHED_SCHEMA}`,
    ...unpublishedTracking(hiding.filter(({ table }) => hasId.has(table))),
    // A record is shown unless listed; a row linking records, unless one of them is.
    ...hiding.map(({ table, parents }) =>
      view(
        table,
        (hasId.has(table) ? [{ column: 'id', references: table }] : parents)
          .map(({ column, references }) => shown(`t.${column}`, references))
          .join(' AND '),
      ),
    ),
    // (An earlier migration runs this before a later one made some of these tables.)
    ...Object.entries(RECORD_REFERENCES)
      .filter(([table]) => tables.some(({ name }) => name === table))
      .map(([table, id]) => view(table, shown(`t.${id}`))),
    // Nothing to hide: the table as it is.
    ...tables
      .filter(({ name }) => !special.has(name) && !PRIVATE_TABLES.includes(name))
      .map(({ name }) => view(name)),
  ];
  await db.query(statements.join(';\n'));
  for (const [name, condition] of Object.entries(VIEWS)) {
    await db.query(await publishedView(db, name, condition));
  }
  for (const [name, { arguments: parameters, returns, condition }] of Object.entries(FUNCTIONS)) {
    const argumentNames = parameters.split(', ').map((parameter) => parameter.split(' ')[0]);
    await db.query(`
      CREATE FUNCTION ${PUBLISHED_SCHEMA}.${name}(${parameters}) RETURNS SETOF ${returns}
        LANGUAGE sql STABLE
        AS $$ SELECT v.* FROM public.${name}(${argumentNames.join(', ')}) v WHERE ${condition} $$`);
  }
  // Functions stay in `public` (hence its usage); tables are read through `published` only.
  await db.query(`
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${PUBLIC_ROLE};
    GRANT USAGE ON SCHEMA public, ${PUBLISHED_SCHEMA} TO ${PUBLIC_ROLE};
    GRANT SELECT ON ALL TABLES IN SCHEMA ${PUBLISHED_SCHEMA} TO ${PUBLIC_ROLE};
    REVOKE SELECT ON ${UNPUBLISHED}, ${Object.keys(VIEWS)
      .map((name) => `${PUBLISHED_SCHEMA}.${name}_all`)
      .join(', ')} FROM ${PUBLIC_ROLE};
    REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ${PUBLISHED_SCHEMA} FROM PUBLIC;
    ${Object.keys(FUNCTIONS)
      .map((name) => `GRANT EXECUTE ON FUNCTION ${PUBLISHED_SCHEMA}.${name} TO ${PUBLIC_ROLE};`)
      .join('\n')}`);
  // The planner's figures of what each table hides, now rather than when autovacuum comes by.
  await db.query(`ANALYZE ${UNPUBLISHED}`);
}

/** The data sources whose connections act as the public role (`createDataSource`). */
const publicOnly = new WeakSet<object>();

export function markPublicOnly(dataSource: object): void {
  publicOnly.add(dataSource);
}

/**
 * The schema a data source reads its tables in: `published` for the public role, else `public`.
 * For a statement that must name a table past a CTE of the same name.
 */
export function tablesSchema(dataSource: object): string {
  return publicOnly.has(dataSource) ? PUBLISHED_SCHEMA : 'public';
}
