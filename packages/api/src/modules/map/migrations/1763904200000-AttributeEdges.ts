import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../../../core/db/publication';
import * as BEFORE from './1763904050000-AreaEdges';
import { replaced } from './1763901900000-TimedEdges';

/** A record's field whose value is the id of another record, drawn as an edge between the two. */
interface AttributeEdge {
  kind: string;
  recordType: string;
  attribute: string;
  /** The record's table, its node kind, and the column holding the first day it no longer is. */
  table: string;
  recordKind: string;
  endColumn: string | null;
  /** The node kind of the value, and whether the edge runs from it to the record. */
  valueKind: string;
  fromValue: boolean;
}

/**
 * The edges of a field's periods, one per period: the services join a period to the one before
 * when it has the same value (`changedFrom`), so each period is a run of one value and the edge
 * changes exactly when the value does. An edge ends, too, on the day its record ends (an actor
 * archived, a forum dissolved). Keyed "<record>/<value>"; the record is cited.
 */
function attributeEdges(edge: AttributeEdge): string {
  const value = `(p.value #>> '{}')::uuid`;
  const record = [`'${edge.recordKind}'`, 'p.record_id'];
  const other = [`'${edge.valueKind}'`, value];
  const [source, target] = edge.fromValue ? [other, record] : [record, other];
  const end = edge.endColumn && `r.${edge.endColumn}`;
  return `
  UNION ALL
  SELECT '${edge.kind}', p.record_id::text || '/' || (p.value #>> '{}'), ${source.join(', ')},
         ${target.join(', ')}, NULL, NULL, p.valid_from,
         ${end ? `least(p.valid_to, ${end})` : 'p.valid_to'}, '${edge.table}', p.record_id
    FROM attribute_period p
    ${end ? `JOIN ${edge.table} r ON r.id = p.record_id` : ''}
   WHERE p.record_type = '${edge.recordType}' AND p.attribute = '${edge.attribute}'
     AND p.value <> 'null'
     ${end ? `AND (${end} IS NULL OR p.valid_from IS NULL OR p.valid_from < ${end})` : ''}`;
}

const ATTRIBUTE_EDGES: AttributeEdge[] = [
  {
    kind: 'PARENT',
    recordType: 'Actor',
    attribute: 'parentId',
    table: 'actor',
    recordKind: 'ACTOR',
    endColumn: 'archived_on',
    valueKind: 'ACTOR',
    fromValue: false,
  },
  {
    kind: 'CHAIRS',
    recordType: 'Forum',
    attribute: 'chairId',
    table: 'forum',
    recordKind: 'FORUM',
    endColumn: 'dissolved_on',
    valueKind: 'PERSON',
    fromValue: true,
  },
  {
    kind: 'CONVENES_FORUM',
    recordType: 'Forum',
    attribute: 'convenorId',
    table: 'forum',
    recordKind: 'FORUM',
    endColumn: 'dissolved_on',
    valueKind: 'ACTOR',
    fromValue: true,
  },
  {
    kind: 'OWNS',
    recordType: 'Strategy',
    attribute: 'ownerId',
    table: 'strategy',
    recordKind: 'STRATEGY',
    endColumn: null,
    valueKind: 'ACTOR',
    fromValue: true,
  },
];

export const MAP_EDGES = `${BEFORE.MAP_EDGES}${ATTRIBUTE_EDGES.map(attributeEdges).join('')}`;

const PERIODS_KNOWN_BEFORE = `attribute_period_known_at(known_at, ARRAY['Forum', 'ForumMembership', 'Actor'])`;
const PERIODS_KNOWN = `attribute_period_known_at(known_at, ARRAY['Forum', 'ForumMembership', 'Actor', 'Strategy'])`;

export const MAP_EDGE_KNOWN_AT = replaced(
  BEFORE.MAP_EDGE_KNOWN_AT.replace(BEFORE.MAP_EDGES, MAP_EDGES),
  PERIODS_KNOWN_BEFORE,
  PERIODS_KNOWN,
);

/**
 * The map's walk finds an edge by its value end through this index (by its record end through
 * `attribute_period_record_idx`): the actors below an actor, the forums a person chairs or an
 * actor convenes, the strategies an actor owns. JSON null (no value) is left out.
 */
const VALUE_INDEX = `
  CREATE INDEX attribute_period_value_id_idx ON attribute_period (((value #>> '{}')::uuid))
   WHERE attribute IN (${ATTRIBUTE_EDGES.map((edge) => `'${edge.attribute}'`).join(', ')})
     AND value <> 'null'`;

/**
 * The record fields that name another record, on the map in valid time (migration
 * AttributePeriods): an actor → its parent actor (PARENT), the chair of a forum → the forum
 * (CHAIRS), its convenor → the forum (CONVENES_FORUM), the owner of a strategy → the strategy
 * (OWNS), each from the periods of its field, as OPERATES_IN follows an actor's areas, and as the
 * register knew them in `map_edge_known_at`.
 */
export class AttributeEdges1763904200000 implements MigrationInterface {
  name = 'AttributeEdges1763904200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ${VALUE_INDEX};
      CREATE OR REPLACE VIEW map_edge AS ${MAP_EDGES};
      ${MAP_EDGE_KNOWN_AT}
    `);
    await refreshPublication(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW map_edge AS ${BEFORE.MAP_EDGES};
      ${BEFORE.MAP_EDGE_KNOWN_AT}
      DROP INDEX attribute_period_value_id_idx;
    `);
    await refreshPublication(db);
  }
}
