import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search across kinds: objectives and meetings get the generated `search` tsvector (and GIN
 * index) the other searchable tables already have, and a person's name is weighted A like every
 * other name, so `ts_rank` compares people fairly with the rest. An objective's code is also
 * indexed with its dots as spaces ("2.1" → "2 1"), the way search terms are split.
 */
export class Search1763901000000 implements MigrationInterface {
  name = 'Search1763901000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE objective ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', title), 'A') ||
        setweight(to_tsvector('simple', code || ' ' || translate(code, '.', ' ') || ' ' || title), 'A') ||
        setweight(to_tsvector('swedish', coalesce(description, '')), 'C')
      ) STORED;
      CREATE INDEX objective_search_idx ON objective USING gin (search);

      ALTER TABLE meeting ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', title), 'A') ||
        setweight(to_tsvector('simple', title), 'A') ||
        setweight(to_tsvector('swedish', coalesce(theme, '')), 'B')
      ) STORED;
      CREATE INDEX meeting_search_idx ON meeting USING gin (search);

      ALTER TABLE person ALTER COLUMN search SET EXPRESSION AS (
        setweight(to_tsvector('simple', name), 'A')
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE person ALTER COLUMN search SET EXPRESSION AS (to_tsvector('simple', name));
      ALTER TABLE meeting DROP COLUMN search;
      ALTER TABLE objective DROP COLUMN search;
    `);
  }
}
