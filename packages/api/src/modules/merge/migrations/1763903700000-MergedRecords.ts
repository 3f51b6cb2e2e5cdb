import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../../../core/db/publication';

/**
 * Records merged into another (duplicates): the old id keeps leading to the survivor, for
 * `node(id:)` and anyone who kept it.
 */
export class MergedRecords1763903700000 implements MigrationInterface {
  name = 'MergedRecords1763903700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE merged_record (
        record_id uuid PRIMARY KEY,
        record_type text NOT NULL,
        into_id uuid NOT NULL,
        merged_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX merged_record_into_id ON merged_record (into_id)');
    await refreshPublication(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW IF EXISTS published.merged_record');
    await db.query('DROP TABLE merged_record');
  }
}
