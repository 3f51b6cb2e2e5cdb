import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the map's walk, which asks each table for the edges touching one node on a day.
 * The no-overlap constraints' GiST indexes lead with another column (responsibility: actor,
 * membership: forum, position: person), so a lookup by the other end scanned the whole index:
 * 12 ms per node for a responsibility's subject on the national set, 1.4 s for a county's map.
 * These lead with that other end and the valid period, as the walk asks: 90 ms for the same map.
 */
export class MapWalkIndexes1763901200000 implements MigrationInterface {
  name = 'MapWalkIndexes1763901200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX responsibility_subject_valid_idx ON responsibility
        USING gist (subject_id, daterange(valid_from, valid_to, '[)'));
      CREATE INDEX forum_membership_member_valid_idx ON forum_membership
        USING gist (member_id, daterange(valid_from, valid_to, '[)'));
      CREATE INDEX position_actor_valid_idx ON position
        USING gist (actor_id, daterange(valid_from, valid_to, '[)'));
      -- An objective's edge goes to its parent objective, or to its strategy at the top.
      CREATE INDEX objective_parent_or_strategy_idx ON objective ((coalesce(parent_id, strategy_id)));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX objective_parent_or_strategy_idx;
      DROP INDEX position_actor_valid_idx;
      DROP INDEX forum_membership_member_valid_idx;
      DROP INDEX responsibility_subject_valid_idx;
    `);
  }
}
