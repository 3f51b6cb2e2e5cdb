import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Slugs a record had before: links and bookmarks made with an old slug keep finding the record.
 * A former slug belongs to one record of its table; the record's current slug is not in here.
 */
export class FormerSlugs1763901300000 implements MigrationInterface {
  name = 'FormerSlugs1763901300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE former_slug (
        record_table text NOT NULL,
        slug text NOT NULL,
        record_id uuid NOT NULL,
        retired_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (record_table, slug)
      );
      CREATE INDEX former_slug_record ON former_slug (record_id);`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE former_slug;');
  }
}
