import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person acting for a responsibility's actor holds a position there, or is recorded as acting
 * from outside (an external representative): `person_is_external`.
 */
export class ActingPerson1763901700000 implements MigrationInterface {
  name = 'ActingPerson1763901700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE responsibility ADD COLUMN person_is_external boolean NOT NULL DEFAULT false;
      ALTER TABLE responsibility ADD CONSTRAINT responsibility_external_person
        CHECK (person_id IS NOT NULL OR NOT person_is_external);`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE responsibility DROP COLUMN person_is_external;');
  }
}
