import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source can hold its document's text, so quotations are checked against it when written and
 * a client can open the document at a citation's passage. pg_trgm finds the nearest line to a
 * quotation that is not in the text.
 */
export class SourceText1763901500000 implements MigrationInterface {
  name = 'SourceText1763901500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      ALTER TABLE source ADD COLUMN text text;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE source DROP COLUMN text;');
  }
}
