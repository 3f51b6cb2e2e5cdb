import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The map's edges from the tables below (whatever the names stand for): the body of the
 * `map_edge` view, and of `map_edge_known_at`, where the names are the records as the audit log
 * knew them. One text, so the edges are defined once.
 */
export const MAP_EDGES = `
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
    FROM forum_anchor a`;

/** The function `map_edge_known_at` (see below). */
export const MAP_EDGE_KNOWN_AT = `
      CREATE FUNCTION map_edge_known_at(known_at timestamptz)
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
          forum_membership_representative AS (
            SELECT k.record_id AS membership_id, rep.person_id::uuid AS person_id
              FROM known k
              CROSS JOIN LATERAL jsonb_array_elements_text(
                coalesce(k.fields -> 'representative_ids', '[]')) AS rep(person_id)
             WHERE k.record_type = 'ForumMembership'
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
      $$;`;

/**
 * What the register said at a moment, rebuilt from the audit log (`knownAt`, beside `asOf`):
 *
 * - `audit_known(known_at, record_types)`: the latest audit snapshot (`after`) of each record of
 *   those types as of `known_at`, its keys in snake_case (`memberActorId` → `member_actor_id`),
 *   so `jsonb_populate_record` turns it into a row of the record's table. A record whose first
 *   event is after `known_at` did not exist then and has no row.
 * - `audit_known_rows(known_at, record_type, NULL::<table>)`: those snapshots as rows of the table.
 * - `map_edge_known_at(known_at)`: the rows of `map_edge` as the register knew them: the view's
 *   body over snapshots standing in for the tables (generated columns computed again, links such
 *   as representatives and anchors read from the snapshot's id lists).
 *
 * The view is recreated from the same body (unchanged), so both are defined here, once.
 */
export class KnownAt1763901050000 implements MigrationInterface {
  name = 'KnownAt1763901050000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES};

      CREATE FUNCTION audit_known(known_at timestamptz, record_types text[])
      RETURNS TABLE (record_type text, record_id uuid, fields jsonb)
      LANGUAGE sql STABLE AS $$
        SELECT latest.record_type, latest.record_id,
               (SELECT coalesce(jsonb_object_agg(
                         lower(regexp_replace(field.key, '([A-Z])', '_\\1', 'g')), field.value),
                       '{}')
                  FROM jsonb_each(latest.after) AS field)
          FROM (SELECT DISTINCT ON (e.record_type, e.record_id) e.record_type, e.record_id, e.after
                  FROM audit_event e
                 WHERE e.occurred_at <= known_at AND e.record_type = ANY (record_types)
                 ORDER BY e.record_type, e.record_id, e.id DESC) AS latest
         WHERE latest.after IS NOT NULL
      $$;

      CREATE FUNCTION audit_known_rows(known_at timestamptz, record_type text, template anyelement)
      RETURNS SETOF anyelement
      LANGUAGE sql STABLE AS $$
        SELECT jsonb_populate_record(template, k.fields)
          FROM audit_known(known_at, ARRAY[record_type]) AS k
      $$;

      ${MAP_EDGE_KNOWN_AT}
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION map_edge_known_at(timestamptz);
      DROP FUNCTION audit_known_rows(timestamptz, text, anyelement);
      DROP FUNCTION audit_known(timestamptz, text[]);
    `);
  }
}
