import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person may object to publication (GDPR art. 21): `objects_to_publication`, and anonymous
 * callers no longer see them (see `withheldFrom`). The partial index lists the few who object,
 * for the search's and the change feed's filters.
 */
export class ObjectionToPublication1763903200000 implements MigrationInterface {
  name = 'ObjectionToPublication1763903200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE person ADD COLUMN objects_to_publication boolean NOT NULL DEFAULT false;
      CREATE INDEX person_objecting_idx ON person (id) WHERE objects_to_publication;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN objects_to_publication;`);
  }
}
