import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A position may have no title: the sources often name a person only with their organisation
 * ("Niklas Daoson, Kommunförbundet"), which says they belong there but not as what. The rule
 * against the same position twice at once keeps holding for untitled ones (`coalesce`).
 */
export class UntitledPositions1763902000000 implements MigrationInterface {
  name = 'UntitledPositions1763902000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE position ALTER COLUMN title DROP NOT NULL;
      ALTER TABLE position DROP CONSTRAINT position_no_overlap;
      ALTER TABLE position ADD CONSTRAINT position_no_overlap EXCLUDE USING gist (
        person_id WITH =, actor_id WITH =, (coalesce(title, '')) WITH =,
        daterange(valid_from, valid_to, '[)') WITH &&);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE position DROP CONSTRAINT position_no_overlap;
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM position WHERE title IS NULL) THEN
          RAISE EXCEPTION 'Some positions have no title: give them one before migrating down.';
        END IF;
      END $$;
      ALTER TABLE position ALTER COLUMN title SET NOT NULL;
      ALTER TABLE position ADD CONSTRAINT position_no_overlap EXCLUDE USING gist (
        person_id WITH =, actor_id WITH =, title WITH =,
        daterange(valid_from, valid_to, '[)') WITH &&);
    `);
  }
}
