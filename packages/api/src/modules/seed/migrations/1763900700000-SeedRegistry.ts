import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which record each entry of the seed data set became, so loading it again changes nothing even
 * for records without a natural key (positions, memberships, responsibilities…).
 */
export class SeedRegistry1763900700000 implements MigrationInterface {
  name = 'SeedRegistry1763900700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE seed_record (
        key text PRIMARY KEY,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        loaded_at timestamptz(3) NOT NULL DEFAULT now()
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE seed_record;');
  }
}
