import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_COLUMNS } from '../../../core/db/migration-sql';
import { BUILT_IN_SCHEMES, checkIdentifier } from '../schemes';

/** The tables of identifiers this migration finds; it adds those of forums and people. */
const EARLIER_TABLES = ['actor', 'area'];

/**
 * The registry of identifier schemes, which every identifier now names (a foreign key): the
 * built-in ones, and those already in use, kept as schemes without a pattern for the kinds of
 * record that use them. Forums and people get identifiers too; people only in Wikidata. Stored
 * values are put in their scheme's normal form where they pass its check (`2120002411` becomes
 * `212000-2411`) and no other record holds that form already; the others stay as they are.
 *
 * The built-in schemes and their checks come from `schemes.ts` (one definition, not a copy): a
 * later change to a built-in scheme's row needs a migration of its own for databases migrated
 * already.
 */
export class IdentifierSchemes1763902400000 implements MigrationInterface {
  name = 'IdentifierSchemes1763902400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identifier_scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (name ~ '^[a-z][a-z0-9-]*$'),
        description text NOT NULL CHECK (btrim(description) <> ''),
        pattern text,
        applies_to text[] NOT NULL CHECK (
          cardinality(applies_to) > 0
          AND applies_to <@ ARRAY['ACTOR', 'AREA', 'FORUM', 'PERSON']
          AND (name = 'wikidata' OR NOT 'PERSON' = ANY (applies_to))
        ),
        ${RECORD_COLUMNS}
      );`);
    await db.query(
      `INSERT INTO identifier_scheme (name, description, pattern, applies_to)
       SELECT name, description, pattern, string_to_array(kinds, ',')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS s (name, description, pattern, kinds)`,
      [
        BUILT_IN_SCHEMES.map((s) => s.name),
        BUILT_IN_SCHEMES.map((s) => s.description),
        BUILT_IN_SCHEMES.map((s) => s.pattern),
        BUILT_IN_SCHEMES.map((s) => s.appliesTo.join(',')),
      ],
    );
    await db.query(`
      INSERT INTO identifier_scheme (name, description, applies_to)
      SELECT scheme, 'Found among the identifiers stored before schemes were registered: any value is accepted.',
             array_agg(DISTINCT kind ORDER BY kind)
        FROM (${EARLIER_TABLES.map((t) => `SELECT scheme, '${t.toUpperCase()}' AS kind FROM ${t}_identifier`).join(' UNION ')}) used
       WHERE scheme NOT IN (SELECT name FROM identifier_scheme)
       GROUP BY scheme;`);
    for (const record of EARLIER_TABLES) {
      await db.query(`
        ALTER TABLE ${record}_identifier ADD CONSTRAINT ${record}_identifier_scheme_fkey
          FOREIGN KEY (scheme) REFERENCES identifier_scheme (name);`);
      await normalise(db, record);
    }
    await db.query(`
      CREATE TABLE forum_identifier (
        forum_id uuid NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
        scheme text NOT NULL REFERENCES identifier_scheme (name),
        identifier text NOT NULL CHECK (btrim(identifier) <> ''),
        PRIMARY KEY (scheme, identifier),
        UNIQUE (forum_id, scheme)
      );
      CREATE TABLE person_identifier (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        scheme text NOT NULL REFERENCES identifier_scheme (name) CHECK (scheme = 'wikidata'),
        identifier text NOT NULL CHECK (btrim(identifier) <> ''),
        PRIMARY KEY (scheme, identifier),
        UNIQUE (person_id, scheme)
      );`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE person_identifier, forum_identifier;
      ALTER TABLE area_identifier DROP CONSTRAINT area_identifier_scheme_fkey;
      ALTER TABLE actor_identifier DROP CONSTRAINT actor_identifier_scheme_fkey;
      DROP TABLE identifier_scheme;`);
  }
}

/** Puts the values of `<record>_identifier` that pass their scheme's check in normal form. */
async function normalise(db: QueryRunner, record: string): Promise<void> {
  const rows: { scheme: string; identifier: string; pattern: string | null }[] = await db.query(
    `SELECT i.scheme, i.identifier, s.pattern
       FROM ${record}_identifier i JOIN identifier_scheme s ON s.name = i.scheme`,
  );
  const changes = rows.flatMap(({ scheme, identifier, pattern }) => {
    const checked = checkIdentifier({ name: scheme, pattern }, identifier);
    return 'value' in checked && checked.value !== identifier
      ? [{ scheme, identifier, value: checked.value }]
      : [];
  });
  if (changes.length === 0) return;
  // A normal form another row holds already, or that two rows would take, is left alone.
  await db.query(
    `WITH change AS (
       SELECT c.*, count(*) OVER (PARTITION BY c.scheme, c.value) AS takers
         FROM unnest($1::text[], $2::text[], $3::text[]) AS c (scheme, identifier, value)
     )
     UPDATE ${record}_identifier i SET identifier = change.value
       FROM change
      WHERE i.scheme = change.scheme AND i.identifier = change.identifier AND change.takers = 1
        AND NOT EXISTS (SELECT 1 FROM ${record}_identifier other
                         WHERE other.scheme = change.scheme AND other.identifier = change.value)`,
    [changes.map((c) => c.scheme), changes.map((c) => c.identifier), changes.map((c) => c.value)],
  );
}
