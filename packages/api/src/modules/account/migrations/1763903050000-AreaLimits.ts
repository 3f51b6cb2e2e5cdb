import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editors limited to areas: a user's areas (where an `EDITOR` may write), the areas an invitation
 * gives, and a token's area limits (a service account's areas; a user's token, narrower than its
 * user). Lists of area ids, read with the user or token in the statement that authenticates it.
 * Editors and service accounts' editor tokens made before reached everywhere: they get Sweden,
 * the country area, so nothing that worked stops (records with no home area become admins').
 */
export class AreaLimits1763903050000 implements MigrationInterface {
  name = 'AreaLimits1763903050000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user ADD COLUMN area_ids uuid[] NOT NULL DEFAULT '{}';
      ALTER TABLE user_invitation ADD COLUMN area_ids uuid[] NOT NULL DEFAULT '{}';
      ALTER TABLE api_token ADD COLUMN area_ids uuid[] NOT NULL DEFAULT '{}';
      UPDATE app_user SET area_ids = ARRAY(SELECT id FROM area WHERE kind = 'COUNTRY')
       WHERE role = 'EDITOR';
      UPDATE api_token SET area_ids = ARRAY(SELECT id FROM area WHERE kind = 'COUNTRY')
       WHERE role = 'EDITOR' AND user_id IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE api_token DROP COLUMN area_ids;
      ALTER TABLE user_invitation DROP COLUMN area_ids;
      ALTER TABLE app_user DROP COLUMN area_ids;
    `);
  }
}
