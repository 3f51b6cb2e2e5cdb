import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `map_edge`: every relation of the who-does-what map as one row, in one direction, with the
 * period it holds (null valid time: always). The map's traversal and its diff read this view,
 * so the edges are defined once, in SQL:
 *
 * | edge_kind      | source → target                    | record (cited)         | edge_id                |
 * | -------------- | ---------------------------------- | ---------------------- | ---------------------- |
 * | MEMBERSHIP     | member (actor or forum) → forum    | the membership         | membership id          |
 * | RESPONSIBILITY | actor → subject                    | the responsibility     | responsibility id      |
 * | POSITION       | person → actor                     | the position           | position id            |
 * | REPRESENTS     | representative → the member        | the membership         | membership/person      |
 * | PARENT         | forum → parent forum               | the child forum        | child id               |
 * | PARENT         | objective → parent, else strategy  | the child objective    | child id               |
 * | IMPLEMENTS     | strategy → the strategy it carries | the implementing one   | its id                 |
 * | ANCHORED_IN    | forum → strategy                   | the forum              | forum/strategy         |
 *
 * Node kinds are ACTOR, PERSON, FORUM, STRATEGY, OBJECTIVE, TOPIC and AREA.
 */
export class MapEdges1763900900000 implements MigrationInterface {
  name = 'MapEdges1763900900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE VIEW map_edge AS
      SELECT 'MEMBERSHIP'::text AS edge_kind, m.id::text AS edge_id,
             CASE WHEN m.member_actor_id IS NOT NULL THEN 'ACTOR' ELSE 'FORUM' END AS source_kind,
             m.member_id AS source_id, 'FORUM'::text AS target_kind, m.forum_id AS target_id,
             m.role, m.category, m.valid_from, m.valid_to,
             'forum_membership'::text AS record_table, m.id AS record_id
        FROM forum_membership m
      UNION ALL
      SELECT 'RESPONSIBILITY', r.id::text, 'ACTOR', r.actor_id,
             CASE WHEN r.strategy_id IS NOT NULL THEN 'STRATEGY'
                  WHEN r.objective_id IS NOT NULL THEN 'OBJECTIVE'
                  WHEN r.forum_id IS NOT NULL THEN 'FORUM'
                  WHEN r.area_id IS NOT NULL THEN 'AREA'
                  ELSE 'TOPIC' END,
             r.subject_id, r.role, NULL, r.valid_from, r.valid_to, 'responsibility', r.id
        FROM responsibility r
      UNION ALL
      SELECT 'POSITION', p.id::text, 'PERSON', p.person_id, 'ACTOR', p.actor_id,
             NULL, NULL, p.valid_from, p.valid_to, 'position', p.id
        FROM position p
      UNION ALL
      SELECT 'REPRESENTS', rep.membership_id::text || '/' || rep.person_id::text,
             'PERSON', rep.person_id,
             CASE WHEN m.member_actor_id IS NOT NULL THEN 'ACTOR' ELSE 'FORUM' END, m.member_id,
             NULL, NULL, m.valid_from, m.valid_to, 'forum_membership', m.id
        FROM forum_membership_representative rep
        JOIN forum_membership m ON m.id = rep.membership_id
      UNION ALL
      SELECT 'PARENT', f.id::text, 'FORUM', f.id, 'FORUM', f.parent_id,
             NULL, NULL, NULL, NULL, 'forum', f.id
        FROM forum f WHERE f.parent_id IS NOT NULL
      UNION ALL
      SELECT 'PARENT', o.id::text, 'OBJECTIVE', o.id,
             CASE WHEN o.parent_id IS NOT NULL THEN 'OBJECTIVE' ELSE 'STRATEGY' END,
             coalesce(o.parent_id, o.strategy_id),
             NULL, NULL, NULL, NULL, 'objective', o.id
        FROM objective o
      UNION ALL
      SELECT 'IMPLEMENTS', s.id::text, 'STRATEGY', s.id, 'STRATEGY', s.implements_id,
             NULL, NULL, NULL, NULL, 'strategy', s.id
        FROM strategy s WHERE s.implements_id IS NOT NULL
      UNION ALL
      SELECT 'ANCHORED_IN', a.forum_id::text || '/' || a.strategy_id::text,
             'FORUM', a.forum_id, 'STRATEGY', a.strategy_id,
             NULL, NULL, NULL, NULL, 'forum', a.forum_id
        FROM forum_anchor a;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW map_edge;');
  }
}
