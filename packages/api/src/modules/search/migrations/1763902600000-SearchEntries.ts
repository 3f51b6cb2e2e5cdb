import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table of everything search finds, kept by triggers (issue 15's type-ahead speed).
 *
 * Searching sixteen tables at once cost a statement of sixteen branches: 16 ms of planning alone
 * on the national data set, and every branch's rows ranked and sorted together. `search_entry`
 * holds one row per searchable row of each table (`source`, `row_id`): the kind and node it
 * finds (a position finds its person), the hit's title, the `search` vector, `search_name` and
 * `search_keys` copied from the table's generated columns, and the texts a snippet is cut from.
 * Its GIN indexes answer every query; a person found by name and by a position is one node.
 *
 * Statement-level triggers with transition tables keep it: a bulk insert of 15,000 rows writes
 * its entries in one statement. A person's new name is also the title of their positions'
 * entries. TRUNCATE removes a table's entries. The source tables keep their own columns and
 * indexes (lists filter by them).
 */
export class SearchEntries1763902600000 implements MigrationInterface {
  name = 'SearchEntries1763902600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_entry (
        source text NOT NULL,
        row_id uuid NOT NULL,
        kind text NOT NULL,
        node_id uuid NOT NULL,
        title text NOT NULL,
        search tsvector,
        search_name text,
        search_keys text,
        texts text[] NOT NULL,
        configs regconfig[] NOT NULL,
        weights real[] NOT NULL,
        PRIMARY KEY (source, row_id)
      );
      CREATE INDEX search_entry_search_idx ON search_entry USING gin (search);
      CREATE INDEX search_entry_search_name_idx ON search_entry USING gin (search_name gin_trgm_ops);
      CREATE INDEX search_entry_node_idx ON search_entry (kind, node_id);

      CREATE FUNCTION search_entries_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM search_entry WHERE source = TG_TABLE_NAME;
        RETURN NULL;
      END $$;
    `);
    for (const source of SOURCES) {
      await db.query(`
        CREATE FUNCTION search_entries_of_${source.table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM search_entry e USING old_rows o
              WHERE e.source = '${source.table}' AND e.row_id = o.id;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            ${entries(source, 'new_rows')};
          END IF;
          ${source.table === 'person' ? RENAMED_PERSON : ''}
          RETURN NULL;
        END $$;
        CREATE TRIGGER search_entries_insert AFTER INSERT ON ${source.table}
          REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION search_entries_of_${source.table}();
        CREATE TRIGGER search_entries_update AFTER UPDATE ON ${source.table}
          REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION search_entries_of_${source.table}();
        CREATE TRIGGER search_entries_delete AFTER DELETE ON ${source.table}
          REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION search_entries_of_${source.table}();
        CREATE TRIGGER search_entries_truncate AFTER TRUNCATE ON ${source.table}
          FOR EACH STATEMENT EXECUTE FUNCTION search_entries_truncated();
        ${entries(source, source.table)};
      `);
    }
    await db.query('ANALYZE search_entry');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const source of SOURCES) {
      await db.query(`
        DROP TRIGGER search_entries_truncate ON ${source.table};
        DROP TRIGGER search_entries_delete ON ${source.table};
        DROP TRIGGER search_entries_update ON ${source.table};
        DROP TRIGGER search_entries_insert ON ${source.table};
        DROP FUNCTION search_entries_of_${source.table}();
      `);
    }
    await db.query(`
      DROP FUNCTION search_entries_truncated();
      DROP TABLE search_entry;
    `);
  }
}

/** In the person table's trigger: a renamed person's positions find them by the new name. */
const RENAMED_PERSON = `
          IF TG_OP = 'UPDATE' THEN
            UPDATE search_entry e SET title = t.name FROM new_rows t
              WHERE e.source = 'position' AND e.node_id = t.id AND e.title <> t.name;
          END IF;`;

/** The statement writing the entries of the rows of `rows` (a table or a transition table). */
const entries = (source: Source, rows: string) => `
  INSERT INTO search_entry (source, row_id, kind, node_id, title, search, search_name,
                            search_keys, texts, configs, weights)
  SELECT '${source.table}', t.id, '${source.kind}', ${source.id ?? 't.id'}, coalesce(${source.title}, ''),
    t.search, t.search_name, t.search_keys,
    ARRAY[${source.fields.map((field) => field.sql).join(', ')}]::text[],
    ARRAY[${source.fields.map((field) => `'${field.config}'`).join(', ')}]::regconfig[],
    ARRAY[${source.fields.map((field) => WEIGHT[field.weight]).join(', ')}]::real[]
  FROM ${rows} t
  ${source.where ? `WHERE ${source.where}` : ''}`;

/** PostgreSQL's default `ts_rank` weights of A, B and C: how much a snippet's field counts. */
const WEIGHT = { A: 1, B: 0.4, C: 0.2 } as const;

/** A text a snippet may be cut from, with the configuration its words are indexed by. */
interface Field {
  sql: string;
  config: 'search_swedish' | 'search_simple';
  weight: keyof typeof WEIGHT;
}

/** A searchable table; SQL over the alias `t` (a row of the table). */
interface Source {
  kind: string;
  table: string;
  /** The node found; the row itself when left out. */
  id?: string;
  title: string;
  fields: Field[];
  /** Which rows are searched at all; every row when left out. */
  where?: string;
}

const stemmed = (sql: string, weight: Field['weight']): Field => ({
  sql,
  config: 'search_swedish',
  weight,
});
const written = (sql: string, weight: Field['weight']): Field => ({
  sql,
  config: 'search_simple',
  weight,
});

/** A table of named records: by name, short name (when it has one) and description. */
const named = (
  kind: string,
  table: string,
  { shortName = false, description = 'description' } = {},
) => ({
  kind,
  table,
  title: 't.name',
  fields: [
    stemmed('t.name', 'A'),
    ...(shortName ? [written('t.short_name', 'A')] : []),
    stemmed(`t.${description}`, 'C'),
  ],
});

/** A table of titled records: by title and a description (or text). */
const titled = (kind: string, table: string, text?: string) => ({
  kind,
  table,
  title: 't.title',
  fields: [stemmed('t.title', 'A'), ...(text ? [stemmed(`t.${text}`, 'C')] : [])],
});

/** What each searchable table finds, as `search` had it in one statement over the tables. */
const SOURCES: Source[] = [
  { ...named('ACTOR', 'actor', { shortName: true }), where: 't.archived_at IS NULL' },
  { kind: 'PERSON', table: 'person', title: 't.name', fields: [written('t.name', 'A')] },
  {
    kind: 'PERSON',
    table: 'position',
    id: 't.person_id',
    title: '(SELECT p.name FROM person p WHERE p.id = t.person_id)',
    fields: [stemmed('t.title', 'A')],
  },
  {
    ...named('FORUM', 'forum', { shortName: true }),
    fields: [
      stemmed('t.name', 'A'),
      written('t.short_name', 'A'),
      stemmed("concat_ws(' · ', t.goal, search_lines(t.purpose))", 'B'),
      stemmed('t.description', 'C'),
    ],
  },
  {
    kind: 'AREA',
    table: 'area',
    title: 't.name',
    fields: [stemmed('t.name', 'A'), written('t.code', 'A')],
  },
  named('STRATEGY', 'strategy', { shortName: true }),
  {
    kind: 'OBJECTIVE',
    table: 'objective',
    title: "t.code || ' ' || t.title",
    fields: [stemmed('t.title', 'A'), written('t.code', 'A'), stemmed('t.description', 'C')],
  },
  named('INDICATOR', 'indicator', { description: 'unit' }),
  named('TOPIC', 'topic'),
  { ...titled('MEETING', 'meeting'), fields: [stemmed('t.title', 'A'), stemmed('t.theme', 'B')] },
  titled('AGENDA_ITEM', 'agenda_item', 'description'),
  { kind: 'DECISION', table: 'decision', title: 't.text', fields: [stemmed('t.text', 'A')] },
  titled('ACTION', 'action', 'description'),
  {
    ...titled('REVIEW', 'review'),
    fields: [
      stemmed('t.title', 'A'),
      stemmed("concat_ws(' · ', t.background, t.goal, t.method)", 'C'),
    ],
  },
  {
    ...titled('REVIEW_FINDING', 'review_finding'),
    fields: [
      stemmed('t.title', 'A'),
      stemmed("concat_ws(' · ', t.text, search_lines(t.points))", 'C'),
    ],
  },
  titled('SOURCE', 'source'),
];
