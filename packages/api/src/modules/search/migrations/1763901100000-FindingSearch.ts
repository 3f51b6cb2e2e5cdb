import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search over review findings: `review_finding` gets the generated `search` tsvector (title
 * weighted A, text C) and GIN index every searchable table has (see `searchable-kinds.ts`).
 */
export class FindingSearch1763901100000 implements MigrationInterface {
  name = 'FindingSearch1763901100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE review_finding ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', title), 'A') ||
        setweight(to_tsvector('swedish', coalesce(text, '')), 'C')
      ) STORED;
      CREATE INDEX review_finding_search_idx ON review_finding USING gin (search);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE review_finding DROP COLUMN search;');
  }
}
