import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person acting for a member actor holds a position there, unless recorded as acting from
 * outside (a consultant, a stand-in): `external_representative_ids`, those of the representatives
 * who do, as recorded last; their periods are in `attribute_period` like the representatives'.
 * Every membership so far carries over with none (open-start).
 */
export class ExternalRepresentatives1763902100000 implements MigrationInterface {
  name = 'ExternalRepresentatives1763902100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE forum_membership
        ADD COLUMN external_representative_ids uuid[] NOT NULL DEFAULT '{}';
      INSERT INTO attribute_period (record_type, record_id, attribute, value, valid_from, valid_to)
      SELECT 'ForumMembership', id, 'externalRepresentativeIds', '[]', NULL, NULL
        FROM forum_membership;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM attribute_period WHERE attribute = 'externalRepresentativeIds';
      ALTER TABLE forum_membership DROP COLUMN external_representative_ids;
    `);
  }
}
