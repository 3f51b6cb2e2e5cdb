import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../../../core/db/publication';
import * as BEFORE from './1763903900000-SuccessionEdges';
import { replaced } from './1763901900000-TimedEdges';

/**
 * An area → its parent area (Sweden's reference areas: municipality → county → NUTS-2 → NUTS-1
 * → country; an area an admin adds → the parent it was given). An area's parent has no valid time.
 */
const AREA_PARENT = `
  UNION ALL
  SELECT 'PARENT', ar.id::text, 'AREA', ar.id, 'AREA', ar.parent_id,
         NULL, NULL, NULL, NULL, 'area', ar.id
    FROM area ar WHERE ar.parent_id IS NOT NULL`;

/**
 * An actor → each area it operates in, while it does (its `areaIds` periods, runs joined) and
 * not after the day it was archived, as the area figures count it.
 */
const OPERATES_IN = `
  UNION ALL
  SELECT 'OPERATES_IN', op.actor_id::text || '/' || op.area_id::text, 'ACTOR', op.actor_id,
         'AREA', op.area_id, NULL, NULL, op.valid_from, least(op.valid_to, oa.archived_on),
         'actor', op.actor_id
    FROM actor_area_period op
    JOIN actor oa ON oa.id = op.actor_id
   WHERE oa.archived_on IS NULL OR op.valid_from IS NULL OR op.valid_from < oa.archived_on`;

/**
 * Each actor's runs in each of its areas, from the `areaIds` periods in `periods` (narrowed by
 * `only`, a condition on the period `p`): consecutive periods listing an area make one run, so
 * an edge changes only when the area joins or leaves the list.
 */
const actorAreaRuns = (periods: string, only = 'true') => `
  SELECT record_id AS actor_id, area_id::uuid AS area_id,
         lower(run) AS valid_from, upper(run) AS valid_to
    FROM (SELECT p.record_id, area.id AS area_id,
                 unnest(range_agg(daterange(p.valid_from, p.valid_to))) AS run
            FROM ${periods} p
            CROSS JOIN LATERAL jsonb_array_elements_text(p.value) AS area(id)
           WHERE p.record_type = 'Actor' AND p.attribute = 'areaIds'
             AND jsonb_typeof(p.value) = 'array' AND ${only}
           GROUP BY p.record_id, area.id) AS runs`;

/**
 * The positions at an actor on a day, through the index that leads with the actor. PostgreSQL
 * costs it and the exclusion constraint's (person, actor, title, period) alike and takes the one
 * made last: the constraint, made again by UntitledPositions, which has no condition on its
 * first column here and read the whole index, 0.5 ms per actor — 95 of the 118 ms of the
 * country's map. Made again after it, the actor's index is taken: 36 ms.
 */
const POSITION_BY_ACTOR = `
      DROP INDEX position_actor_valid_idx;
      CREATE INDEX position_actor_valid_idx ON position
        USING gist (actor_id, daterange(valid_from, valid_to, '[)'));`;

export const MAP_EDGES = `${BEFORE.MAP_EDGES}${AREA_PARENT}${OPERATES_IN}`;

/** The actors' periods and runs, and the areas, as the register knew them. */
const PERIODS_KNOWN_BEFORE = `attribute_period_known_at(known_at, ARRAY['Forum', 'ForumMembership'])`;
const PERIODS_KNOWN = `attribute_period_known_at(known_at, ARRAY['Forum', 'ForumMembership', 'Actor'])`;
const REPRESENTATIVES_KNOWN = 'forum_membership_representative_period AS (';
const AREA_RUNS_KNOWN = `actor_area_period AS (${actorAreaRuns('attribute_period')}),
          ${REPRESENTATIVES_KNOWN}`;
const AREA_KNOWN = `${BEFORE.ACTOR_KNOWN},
          area AS (SELECT * FROM audit_known_rows(known_at, 'Area', NULL::area))`;

export const MAP_EDGE_KNOWN_AT = replaced(
  replaced(
    replaced(
      BEFORE.MAP_EDGE_KNOWN_AT.replace(BEFORE.MAP_EDGES, MAP_EDGES),
      PERIODS_KNOWN_BEFORE,
      PERIODS_KNOWN,
    ),
    REPRESENTATIVES_KNOWN,
    AREA_RUNS_KNOWN,
  ),
  BEFORE.ACTOR_KNOWN,
  AREA_KNOWN,
);

/**
 * Areas linked on the map, so that it answers "who does what, where": a PARENT edge from each
 * area to its parent area, and an OPERATES_IN edge from an actor to each area it operates in, in
 * valid time. The country's map reaches its regions, counties and the actors working there.
 *
 * The map finds the edges touching a node through indexes; an actor's areas are a JSON list in
 * `attribute_period`, which no index looks into by area. `actor_area_period` holds each actor's
 * runs in each area (`actorAreaRuns`), indexed by both ends. Statement-level triggers on
 * `attribute_period` keep it, whoever writes the periods (the services, the bulk paths, the
 * region generator), as `search_entry_key` is kept; like `attribute_period` it has no foreign
 * keys. `map_edge_known_at` joins the runs known at the moment, and reads the areas then known.
 */
export class AreaEdges1763904050000 implements MigrationInterface {
  name = 'AreaEdges1763904050000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE actor_area_period (
        actor_id uuid NOT NULL,
        area_id uuid NOT NULL,
        valid_from date,
        valid_to date
      );
      CREATE INDEX actor_area_period_actor_idx ON actor_area_period (actor_id);
      CREATE INDEX actor_area_period_area_idx ON actor_area_period (area_id);

      CREATE FUNCTION actor_area_period_refresh(actor_ids uuid[]) RETURNS void
      LANGUAGE sql AS $$
        DELETE FROM actor_area_period WHERE actor_id = ANY (actor_ids);
        INSERT INTO actor_area_period (actor_id, area_id, valid_from, valid_to)
          ${actorAreaRuns('attribute_period', 'p.record_id = ANY (actor_ids)')};
      $$;
      CREATE FUNCTION actor_area_periods_written() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM actor_area_period_refresh(ARRAY(SELECT DISTINCT record_id FROM old_rows
            WHERE record_type = 'Actor' AND attribute = 'areaIds'));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM actor_area_period_refresh(ARRAY(SELECT DISTINCT record_id FROM new_rows
            WHERE record_type = 'Actor' AND attribute = 'areaIds'));
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER actor_area_period_insert AFTER INSERT ON attribute_period
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION actor_area_periods_written();
      CREATE TRIGGER actor_area_period_update AFTER UPDATE ON attribute_period
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION actor_area_periods_written();
      CREATE TRIGGER actor_area_period_delete AFTER DELETE ON attribute_period
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION actor_area_periods_written();

      INSERT INTO actor_area_period (actor_id, area_id, valid_from, valid_to)
        ${actorAreaRuns('attribute_period')};
      ANALYZE actor_area_period;

      CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES};
      ${MAP_EDGE_KNOWN_AT}
      ${POSITION_BY_ACTOR}
    `);
    await refreshPublication(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${BEFORE.MAP_EDGES};
      ${BEFORE.MAP_EDGE_KNOWN_AT}
      DROP TRIGGER actor_area_period_delete ON attribute_period;
      DROP TRIGGER actor_area_period_update ON attribute_period;
      DROP TRIGGER actor_area_period_insert ON attribute_period;
      DROP FUNCTION actor_area_periods_written();
      DROP FUNCTION actor_area_period_refresh(uuid[]);
      -- With the published views over it, which refreshPublication makes again.
      DROP TABLE actor_area_period CASCADE;
    `);
    await refreshPublication(db);
  }
}
