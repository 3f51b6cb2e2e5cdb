import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as KNOWN_AT from './1763901050000-KnownAt';

/**
 * The map's edges from the periods of the fields that change (migration AttributePeriods): a
 * forum's PARENT edge holds while that forum is its parent, a REPRESENTS edge while the person
 * is among the membership's representatives (their periods joined) and the membership holds.
 * Otherwise the view's body is KnownAt's; `map_edge_known_at` takes the periods as the register
 * knew them (`attribute_period_known_at`).
 */
const MAP_EDGES = `
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
  SELECT 'REPRESENTS', m.id::text || '/' || rep.person_id::text,
         'PERSON', rep.person_id,
         CASE WHEN m.member_actor_id IS NOT NULL THEN 'ACTOR' ELSE 'FORUM' END, m.member_id,
         NULL, NULL,
         greatest(m.valid_from, lower(rep.period)), least(m.valid_to, upper(rep.period)),
         'forum_membership', m.id
    FROM (SELECT p.record_id AS membership_id, person.id::uuid AS person_id,
                 unnest(range_agg(daterange(p.valid_from, p.valid_to))) AS period
            FROM attribute_period p
            CROSS JOIN LATERAL jsonb_array_elements_text(p.value) AS person(id)
           WHERE p.record_type = 'ForumMembership' AND p.attribute = 'representativeIds'
           GROUP BY p.record_id, person.id) AS rep
    JOIN forum_membership m ON m.id = rep.membership_id
   WHERE daterange(m.valid_from, m.valid_to) && rep.period
  UNION ALL
  SELECT 'PARENT', p.record_id::text, 'FORUM', p.record_id, 'FORUM', (p.value #>> '{}')::uuid,
         NULL, NULL, p.valid_from, p.valid_to, 'forum', p.record_id
    FROM attribute_period p
   WHERE p.record_type = 'Forum' AND p.attribute = 'parentId' AND p.value <> 'null'
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
    FROM forum_anchor a`;

export class TimedEdges1763901900000 implements MigrationInterface {
  name = 'TimedEdges1763901900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES};

      CREATE OR REPLACE FUNCTION map_edge_known_at(known_at timestamptz)
      RETURNS SETOF map_edge
      LANGUAGE sql STABLE AS $$
        WITH
          known AS (
            SELECT * FROM audit_known(known_at, ARRAY['ForumMembership', 'Forum'])
          ),
          forum_membership AS (
            SELECT m.id, m.forum_id, m.member_actor_id, m.member_forum_id,
                   coalesce(m.member_actor_id, m.member_forum_id) AS member_id,
                   m.role, m.category, m.valid_from, m.valid_to
              FROM audit_known_rows(known_at, 'ForumMembership', NULL::forum_membership) m
          ),
          attribute_period AS (
            SELECT * FROM attribute_period_known_at(known_at, ARRAY['Forum', 'ForumMembership'])
          ),
          responsibility AS (
            SELECT r.id, r.actor_id, r.role, r.strategy_id, r.objective_id, r.forum_id, r.area_id,
                   coalesce(r.strategy_id, r.objective_id, r.forum_id, r.area_id, r.topic_id)
                     AS subject_id,
                   r.valid_from, r.valid_to
              FROM audit_known_rows(known_at, 'Responsibility', NULL::responsibility) r
          ),
          "position" AS (
            SELECT * FROM audit_known_rows(known_at, 'Position', NULL::"position")
          ),
          forum AS (SELECT * FROM audit_known_rows(known_at, 'Forum', NULL::forum)),
          forum_anchor AS (
            SELECT k.record_id AS forum_id, anchor.strategy_id::uuid AS strategy_id
              FROM known k
              CROSS JOIN LATERAL jsonb_array_elements_text(
                coalesce(k.fields -> 'anchored_in_ids', '[]')) AS anchor(strategy_id)
             WHERE k.record_type = 'Forum'
          ),
          objective AS (SELECT * FROM audit_known_rows(known_at, 'Objective', NULL::objective)),
          strategy AS (SELECT * FROM audit_known_rows(known_at, 'Strategy', NULL::strategy))
        ${MAP_EDGES}
      $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${KNOWN_AT.MAP_EDGES};
      ${KNOWN_AT.MAP_EDGE_KNOWN_AT.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}
    `);
  }
}
