import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that finds what people type (issue 15):
 *
 * - `search_fold(text)`: lower case, diacritics off (`unaccent`), every run of other characters
 *   than letters and digits one space: "ESF-rådet" → "esf radet". IMMUTABLE (unaccent itself is
 *   only STABLE, its dictionary being looked up by name), so generated columns and indexes can
 *   use it; the dictionary is named with its schema to keep it so.
 * - `search_initials(text)`: the initials of a name of three words or more ("Jämtland
 *   Härjedalen Turism" → "jht"), indexed beside short names so an acronym nobody recorded finds it.
 * - Text search configurations `search_swedish` and `search_simple`: `swedish` and `simple`
 *   with `unaccent` before the stemmer, so "lansstyrelsen" and "länsstyrelsen" are one word.
 * - Every `search` vector rebuilt with them (the lists' `filter.search` uses the same vectors),
 *   and one on each newly searched table: areas, agenda items, decisions, actions, reviews,
 *   indicators, sources and positions (people by title).
 * - `search_name`: each searchable table's names and titles folded, with a trigram index, for
 *   words inside compounds (`LIKE '%partnerskap%'`) and near misses (`<%`, `word_similarity`);
 *   `search_keys`, the same names without spaces and the initials, for ranking a query that is a
 *   name or begins one without folding every row found again (`unaccent` is the costly part).
 */
export class ForgivingSearch1763902500000 implements MigrationInterface {
  name = 'ForgivingSearch1763902500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE FUNCTION search_fold(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN btrim(regexp_replace(
          lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^[:alnum:]]+', ' ', 'g'));

      CREATE FUNCTION search_initials(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN CASE WHEN public.search_fold($1) ~ '^\\S+ \\S+ \\S'
          THEN regexp_replace(public.search_fold($1), '(\\S)\\S* ?', '\\1', 'g') END;

      -- array_to_string is STABLE for arrays of any type; for text it depends on nothing.
      CREATE FUNCTION search_lines(text[]) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN array_to_string($1, E'\\n');

      -- Word similarity (<%) compares every trigram of a row's names: priced as cheap as an
      -- equality, the planner read whole tables and ran it on every row (84 ms on 20,000
      -- people) rather than use the trigram index (under 1 ms). An extension's function: kept by
      -- this database, not by a dump and restore, which must run this again.
      ALTER FUNCTION word_similarity_op(text, text) COST 100;

      CREATE TEXT SEARCH CONFIGURATION search_swedish (COPY = pg_catalog.swedish);
      ALTER TEXT SEARCH CONFIGURATION search_swedish
        ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, swedish_stem;
      CREATE TEXT SEARCH CONFIGURATION search_simple (COPY = pg_catalog.simple);
      ALTER TEXT SEARCH CONFIGURATION search_simple
        ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;
    `);
    for (const table of SEARCH_TABLES) {
      await db.query(
        table.before
          ? `ALTER TABLE ${table.table} ALTER COLUMN search SET EXPRESSION AS (${table.vector})`
          : `ALTER TABLE ${table.table} ADD COLUMN search tsvector
               GENERATED ALWAYS AS (${table.vector}) STORED;
             CREATE INDEX ${table.table}_search_idx ON ${table.table} USING gin (search);`,
      );
      if (table.names) {
        await db.query(`
          ALTER TABLE ${table.table}
            ADD COLUMN search_name text GENERATED ALWAYS AS (${folded(table.names)}) STORED,
            ADD COLUMN search_keys text GENERATED ALWAYS AS (${keys(table)}) STORED;
          CREATE INDEX ${table.table}_search_name_idx ON ${table.table}
            USING gin (search_name gin_trgm_ops);`);
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...SEARCH_TABLES].reverse()) {
      if (table.names) {
        await db.query(
          `ALTER TABLE ${table.table} DROP COLUMN search_keys, DROP COLUMN search_name`,
        );
      }
      await db.query(
        table.before
          ? `ALTER TABLE ${table.table} ALTER COLUMN search SET EXPRESSION AS (${table.before})`
          : `ALTER TABLE ${table.table} DROP COLUMN search`,
      );
    }
    await db.query(`
      DROP TEXT SEARCH CONFIGURATION search_simple;
      DROP TEXT SEARCH CONFIGURATION search_swedish;
      DROP FUNCTION search_lines(text[]);
      DROP FUNCTION search_initials(text);
      DROP FUNCTION search_fold(text);
      ALTER FUNCTION word_similarity_op(text, text) COST 1;
    `);
  }
}

type Weight = 'A' | 'B' | 'C';
/** A weighted part of a vector: stemmed (`search_swedish`) or as written (`search_simple`). */
const stemmed = (sql: string, weight: Weight) =>
  `setweight(to_tsvector('search_swedish', coalesce(${sql}, '')), '${weight}')`;
const written = (sql: string, weight: Weight) =>
  `setweight(to_tsvector('search_simple', coalesce(${sql}, '')), '${weight}')`;
const vector = (...parts: string[]) => parts.join(' || ');
/** A name as written, with its initials and any short names beside it. */
const nameWritten = (name: string, ...others: string[]) =>
  written(
    [name, `search_initials(${name})`, ...others]
      .map((sql) => `coalesce(${sql}, '')`)
      .join(` || ' ' || `),
    'A',
  );
/** Text columns, any of them null, as one text (`concat_ws` is only STABLE). */
const lines = (...columns: string[]) =>
  columns.map((column) => `coalesce(${column}, '')`).join(` || E'\\n' || `);

/** The names folded, one text: what trigrams are taken of. */
const folded = (names: string[]) =>
  `search_fold(${names.map((name) => `coalesce(${name}, '')`).join(` || ' ' || `)})`;

/**
 * The names (and initials) folded without spaces, each between bars ("|lansstyrelsenjamtlandslan|
 * lansstyrelsen|lsjl|"): a query is a name when "|query|" is in it, begins one when "|query" is,
 * found without folding each row's names again when it is ranked.
 */
const keys = (table: { names?: string[]; initials?: boolean }) => {
  const names = [
    ...(table.names ?? []),
    ...(table.initials ? [`search_initials(${table.names![0]})`] : []),
  ];
  const compact = names.map((name) => `coalesce(replace(search_fold(${name}), ' ', ''), '')`);
  return `'|' || ${compact.join(` || '|' || `)} || '|'`;
};

/**
 * Each table's `search` vector: `before` (as the earlier migrations left it, for `down`; none
 * when the table had no vector) and now; `names`, its names, short names and codes (what
 * `search_name` and `search_keys` are made of), the first one's initials too with `initials`.
 */
/** The vector actors, forums and strategies had before: name, short name and description. */
const NAMED_BEFORE = `setweight(to_tsvector('swedish', name), 'A') ||
      setweight(to_tsvector('simple', name || ' ' || coalesce(short_name, '')), 'A') ||
      setweight(to_tsvector('swedish', coalesce(description, '')), 'C')`;

/** The vector topics and collaboration scales had before: name and description. */
const NAME_DESCRIPTION_BEFORE = `setweight(to_tsvector('swedish', name), 'A') ||
      setweight(to_tsvector('simple', name), 'A') ||
      setweight(to_tsvector('swedish', coalesce(description, '')), 'C')`;

const SEARCH_TABLES: {
  table: string;
  before?: string;
  vector: string;
  names?: string[];
  initials?: boolean;
}[] = [
  {
    table: 'actor',
    before: NAMED_BEFORE,
    vector: vector(
      stemmed('name', 'A'),
      nameWritten('name', 'short_name'),
      stemmed('description', 'C'),
    ),
    names: ['name', 'short_name'],
    initials: true,
  },
  {
    table: 'person',
    before: `setweight(to_tsvector('simple', name), 'A')`,
    vector: written('name', 'A'),
    names: ['name'],
  },
  {
    table: 'position',
    vector: vector(stemmed('title', 'A'), written('title', 'A')),
    names: ['title'],
  },
  {
    table: 'forum',
    before: NAMED_BEFORE,
    vector: vector(
      stemmed('name', 'A'),
      nameWritten('name', 'short_name'),
      stemmed(`coalesce(goal, '') || E'\\n' || search_lines(purpose)`, 'B'),
      written('search_lines(purpose)', 'B'),
      stemmed('description', 'C'),
    ),
    names: ['name', 'short_name'],
    initials: true,
  },
  {
    table: 'strategy',
    before: NAMED_BEFORE,
    vector: vector(
      stemmed('name', 'A'),
      nameWritten('name', 'short_name'),
      stemmed('description', 'C'),
    ),
    names: ['name', 'short_name'],
    initials: true,
  },
  {
    table: 'objective',
    before: `setweight(to_tsvector('swedish', title), 'A') ||
      setweight(to_tsvector('simple', code || ' ' || translate(code, '.', ' ') || ' ' || title), 'A') ||
      setweight(to_tsvector('swedish', coalesce(description, '')), 'C')`,
    vector: vector(
      stemmed('title', 'A'),
      written(`code || ' ' || translate(code, '.', ' ') || ' ' || title`, 'A'),
      stemmed('description', 'C'),
    ),
    names: ['title', 'code'],
  },
  {
    table: 'indicator',
    vector: vector(stemmed('name', 'A'), nameWritten('name'), stemmed('unit', 'C')),
    names: ['name'],
    initials: true,
  },
  {
    table: 'topic',
    before: NAME_DESCRIPTION_BEFORE,
    vector: vector(stemmed('name', 'A'), nameWritten('name'), stemmed('description', 'C')),
    names: ['name'],
    initials: true,
  },
  {
    table: 'collaboration_scale',
    before: NAME_DESCRIPTION_BEFORE,
    vector: vector(stemmed('name', 'A'), written('name', 'A'), stemmed('description', 'C')),
  },
  {
    table: 'area',
    vector: vector(stemmed('name', 'A'), written(`name || ' ' || code`, 'A')),
    names: ['name', 'code'],
  },
  {
    table: 'meeting',
    before: `setweight(to_tsvector('swedish', title), 'A') ||
      setweight(to_tsvector('simple', title), 'A') ||
      setweight(to_tsvector('swedish', coalesce(theme, '')), 'B')`,
    vector: vector(stemmed('title', 'A'), written('title', 'A'), stemmed('theme', 'B')),
    names: ['title'],
  },
  {
    table: 'agenda_item',
    vector: vector(stemmed('title', 'A'), written('title', 'A'), stemmed('description', 'C')),
    names: ['title'],
  },
  {
    table: 'decision',
    vector: vector(stemmed('text', 'A'), written('text', 'A')),
    names: ['text'],
  },
  {
    table: 'action',
    vector: vector(stemmed('title', 'A'), written('title', 'A'), stemmed('description', 'C')),
    names: ['title'],
  },
  {
    table: 'review',
    vector: vector(
      stemmed('title', 'A'),
      written('title', 'A'),
      stemmed(lines('background', 'goal', 'method'), 'C'),
    ),
    names: ['title'],
  },
  {
    table: 'review_finding',
    before: `setweight(to_tsvector('swedish', title), 'A') ||
      setweight(to_tsvector('swedish', coalesce(text, '')), 'C')`,
    vector: vector(
      stemmed('title', 'A'),
      written('title', 'A'),
      stemmed(`coalesce(text, '') || E'\\n' || search_lines(points)`, 'C'),
    ),
    names: ['title'],
  },
  {
    table: 'source',
    vector: vector(stemmed('title', 'A'), written('title', 'A')),
    names: ['title'],
  },
];
