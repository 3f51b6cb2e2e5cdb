import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../../../core/db/publication';
import * as BEFORE from './1763902200000-RepresentativePeriods';
import { replaced } from './1763901900000-TimedEdges';

/** An archived actor → the actor it was reorganised into, from the day it was archived. */
const SUCCEEDED_BY = `
  UNION ALL
  SELECT 'SUCCEEDED_BY', a.id::text, 'ACTOR', a.id, 'ACTOR', a.successor_id,
         NULL, NULL, a.archived_on, NULL, 'actor', a.id
    FROM actor a WHERE a.successor_id IS NOT NULL`;

export const MAP_EDGES = `${BEFORE.MAP_EDGES}${SUCCEEDED_BY}`;

/** The actors as the register knew them, beside the other records `map_edge_known_at` rebuilds. */
const STRATEGY_KNOWN = `strategy AS (SELECT * FROM audit_known_rows(known_at, 'Strategy', NULL::strategy))`;
export const ACTOR_KNOWN = `${STRATEGY_KNOWN},
          actor AS (SELECT * FROM audit_known_rows(known_at, 'Actor', NULL::actor))`;

export const MAP_EDGE_KNOWN_AT = replaced(
  BEFORE.MAP_EDGE_KNOWN_AT.replace(BEFORE.MAP_EDGES, MAP_EDGES),
  STRATEGY_KNOWN,
  ACTOR_KNOWN,
);

/**
 * Successions on the map (`actorSucceed`): a SUCCEEDED_BY edge from the predecessor to its
 * successor, holding from the day the predecessor was archived; as the register knew it too.
 */
export class SuccessionEdges1763903900000 implements MigrationInterface {
  name = 'SuccessionEdges1763903900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES}; ${MAP_EDGE_KNOWN_AT}`);
    await refreshPublication(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE OR REPLACE VIEW map_edge AS ${BEFORE.MAP_EDGES}; ${BEFORE.MAP_EDGE_KNOWN_AT}`,
    );
    await refreshPublication(db);
  }
}
