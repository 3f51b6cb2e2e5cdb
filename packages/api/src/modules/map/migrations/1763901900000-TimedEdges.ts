import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  MAP_EDGES as EDGES_BEFORE,
  MAP_EDGE_KNOWN_AT as KNOWN_AT_BEFORE,
} from './1763901050000-KnownAt';

/** `text` with `from` replaced by `to`; `from` must be there (these texts are frozen). */
export function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`Map edges: no ${from.trim().slice(0, 40)}…`);
  return text.replace(from, to);
}

const REPRESENTS_BEFORE = `
  SELECT 'REPRESENTS', rep.membership_id::text || '/' || rep.person_id::text,
         'PERSON', rep.person_id,
         CASE WHEN m.member_actor_id IS NOT NULL THEN 'ACTOR' ELSE 'FORUM' END, m.member_id,
         NULL, NULL, m.valid_from, m.valid_to, 'forum_membership', m.id
    FROM forum_membership_representative rep
    JOIN forum_membership m ON m.id = rep.membership_id`;
export const REPRESENTS = `
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
   WHERE daterange(m.valid_from, m.valid_to) && rep.period`;
const FORUM_PARENT_BEFORE = `
  SELECT 'PARENT', f.id::text, 'FORUM', f.id, 'FORUM', f.parent_id,
         NULL, NULL, NULL, NULL, 'forum', f.id
    FROM forum f WHERE f.parent_id IS NOT NULL`;
const FORUM_PARENT = `
  SELECT 'PARENT', p.record_id::text, 'FORUM', p.record_id, 'FORUM', (p.value #>> '{}')::uuid,
         NULL, NULL, p.valid_from, p.valid_to, 'forum', p.record_id
    FROM attribute_period p
   WHERE p.record_type = 'Forum' AND p.attribute = 'parentId' AND p.value <> 'null'`;
const REPRESENTATIVES_KNOWN_BEFORE = `
          forum_membership_representative AS (
            SELECT k.record_id AS membership_id, rep.person_id::uuid AS person_id
              FROM known k
              CROSS JOIN LATERAL jsonb_array_elements_text(
                coalesce(k.fields -> 'representative_ids', '[]')) AS rep(person_id)
             WHERE k.record_type = 'ForumMembership'
          ),`;
export const PERIODS_KNOWN = `
          attribute_period AS (
            SELECT * FROM attribute_period_known_at(known_at, ARRAY['Forum', 'ForumMembership'])
          ),`;

/**
 * The map's edges from the periods of the fields that change (migration AttributePeriods): a
 * forum's PARENT edge holds while that forum is its parent, a REPRESENTS edge while the person
 * is among the membership's representatives (their periods joined) and the membership holds.
 * Otherwise the view's body and `map_edge_known_at` are KnownAt's, with these two parts replaced;
 * `map_edge_known_at` takes the periods as the register knew them (`attribute_period_known_at`).
 */
export const MAP_EDGES = replaced(
  replaced(EDGES_BEFORE, REPRESENTS_BEFORE, REPRESENTS),
  FORUM_PARENT_BEFORE,
  FORUM_PARENT,
);
export const MAP_EDGE_KNOWN_AT = replaced(
  KNOWN_AT_BEFORE.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace(
    EDGES_BEFORE,
    MAP_EDGES,
  ),
  REPRESENTATIVES_KNOWN_BEFORE,
  PERIODS_KNOWN,
);

export class TimedEdges1763901900000 implements MigrationInterface {
  name = 'TimedEdges1763901900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES}; ${MAP_EDGE_KNOWN_AT}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${EDGES_BEFORE};
      ${KNOWN_AT_BEFORE.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}
    `);
  }
}
