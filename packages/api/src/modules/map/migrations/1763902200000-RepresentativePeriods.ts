import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as BEFORE from './1763901900000-TimedEdges';

const REPRESENTS = `
  SELECT 'REPRESENTS', m.id::text || '/' || rep.person_id::text,
         'PERSON', rep.person_id,
         CASE WHEN m.member_actor_id IS NOT NULL THEN 'ACTOR' ELSE 'FORUM' END, m.member_id,
         NULL, NULL,
         greatest(m.valid_from, rep.valid_from), least(m.valid_to, rep.valid_to),
         'forum_membership', m.id
    FROM forum_membership_representative_period rep
    JOIN forum_membership m ON m.id = rep.membership_id
   WHERE daterange(m.valid_from, m.valid_to) && daterange(rep.valid_from, rep.valid_to)`;

/** Each person's periods among a membership's representatives, theirs joined, from `periods`. */
const personPeriods = (periods: string) => `
  SELECT record_id AS membership_id, person_id::uuid AS person_id,
         lower(period) AS valid_from, upper(period) AS valid_to
    FROM (SELECT p.record_id, person.id AS person_id,
                 unnest(range_agg(daterange(p.valid_from, p.valid_to))) AS period
            FROM ${periods} p
            CROSS JOIN LATERAL jsonb_array_elements_text(p.value) AS person(id)
           WHERE p.attribute = 'representativeIds'
           GROUP BY p.record_id, person.id) AS run`;

const PERIODS_KNOWN = `${BEFORE.PERIODS_KNOWN}
          forum_membership_representative_period AS (${personPeriods('attribute_period')}),`;

export const MAP_EDGES = BEFORE.replaced(BEFORE.MAP_EDGES, BEFORE.REPRESENTS, REPRESENTS);
export const MAP_EDGE_KNOWN_AT = BEFORE.replaced(
  BEFORE.MAP_EDGE_KNOWN_AT.replace(BEFORE.MAP_EDGES, MAP_EDGES),
  BEFORE.PERIODS_KNOWN,
  PERIODS_KNOWN,
);

/**
 * The map asks for the edges touching one node at a time; TimedEdges' REPRESENTS edges joined
 * each person's periods in the view (an aggregate over every membership's representatives), so
 * a county's map took seconds. `forum_membership_representative_period` keeps those joined
 * periods, one row per person and run, indexed both ways, written with the representatives'
 * periods (ForumMembershipService); the view reads it. A forum's PARENT edge is found by its
 * parent through an index as well. `map_edge_known_at` still joins the periods known then.
 */
export class RepresentativePeriods1763902200000 implements MigrationInterface {
  name = 'RepresentativePeriods1763902200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum_membership_representative_period (
        membership_id uuid NOT NULL REFERENCES forum_membership (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        valid_from date,
        valid_to date,
        CONSTRAINT forum_membership_representative_period_no_overlap EXCLUDE USING gist
          (membership_id WITH =, person_id WITH =, daterange(valid_from, valid_to) WITH &&)
      );
      CREATE INDEX forum_membership_representative_period_person_idx
        ON forum_membership_representative_period (person_id);
      INSERT INTO forum_membership_representative_period
        ${personPeriods('attribute_period')};
      CREATE INDEX attribute_period_forum_parent_idx ON attribute_period (((value #>> '{}')::uuid))
        WHERE record_type = 'Forum' AND attribute = 'parentId';
      CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES};
      ${MAP_EDGE_KNOWN_AT}
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${BEFORE.MAP_EDGES};
      ${BEFORE.MAP_EDGE_KNOWN_AT}
      DROP INDEX attribute_period_forum_parent_idx;
      DROP TABLE forum_membership_representative_period;
    `);
  }
}
