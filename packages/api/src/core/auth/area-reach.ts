import type { DataSource, EntityManager } from 'typeorm';
import { preparedInTransaction, preparedRead } from '../db/prepared-read';
import { transactionState } from '../db/transaction-memo';
import { Forbidden } from '../errors';
import { kept } from '../kept';
import type { Viewer } from './roles';

/**
 * Where a record type's records belong: `sql` selects the ids of the home areas of the record
 * whose id is `$1` (see `modules/area/home-areas.ts`, which defines them for every type). A
 * record with none is an admin's, unless `openWhenHomeless` (a person not yet placed at any
 * actor, so that an editor can add a person and then their position).
 */
export interface HomeAreas {
  sql: string;
  openWhenHomeless?: boolean;
}

/** Where one record belongs (the names of its home areas) and whether the viewer reaches it. */
interface Reach {
  names: string[];
  in_reach: boolean;
}

/** The statement of `home`'s reach, made once per record type (its text names it, prepared). */
const statements = new Map<string, string>();

/**
 * The reach of each record in the array `$1` for the limits `$2`, in the order of `$1`: one
 * statement, prepared (planning it took longer than running it). `HomeAreas.sql` names its
 * record `$1`; here that is each record of the array in turn. It reads the area module's tables
 * `area` and `area_municipality`, which every database has.
 */
function reachStatement(home: HomeAreas): string {
  return kept(
    statements,
    home.sql,
    () => `WITH RECURSIVE home(record_id, id) AS (
         SELECT reached.id, h.id FROM unnest($1::uuid[]) reached(id)
           CROSS JOIN LATERAL (${home.sql.replace(/\$1\b/g, 'reached.id')}) h(id)
          WHERE h.id IS NOT NULL),
       around(record_id, id) AS (
         SELECT record_id, id FROM home
         UNION
         -- Upwards by index, a few steps: a municipality's county, NUTS regions, Sweden, and
         -- the areas drawn across it.
         SELECT a.record_id, up.id FROM around a CROSS JOIN LATERAL (
             SELECT parent_id FROM area WHERE id = a.id AND parent_id IS NOT NULL
             UNION ALL SELECT area_id FROM area_municipality WHERE municipality_id = a.id
           ) up(id))
     SELECT (SELECT coalesce(array_agg(DISTINCT area.name), '{}')
               FROM home JOIN area ON area.id = home.id WHERE home.record_id = reached.id)
              AS names,
            (SELECT coalesce(bool_and(EXISTS (
                 SELECT FROM around WHERE around.record_id = reached.id AND around.id::text IN (
                   SELECT jsonb_array_elements_text(l.areas)))), true)
               FROM jsonb_array_elements($2::jsonb) l(areas)) AS in_reach
       FROM unnest($1::uuid[]) WITH ORDINALITY reached(id, n) ORDER BY n`,
  );
}

/** Why `viewer` may not write the record of this reach, or null when they may. */
function refusal(label: string, home: HomeAreas, { names, in_reach }: Reach): string | null {
  if (names.length === 0) {
    return home.openWhenHomeless
      ? null
      : `This ${label} belongs to no area: only an admin may change it.`;
  }
  return in_reach
    ? null
    : `This ${label} belongs to ${names.join(', ')}, outside the areas you may edit.`;
}

/**
 * Refuses (FORBIDDEN) a write to a record out of the viewer's reach: unless the viewer reaches
 * everywhere, the record must have a home area that is, or lies inside (by parent, or a
 * municipality inside an area drawn across municipalities), one of the areas of each of the
 * viewer's `areaLimits`. One statement, and none for a viewer without limits.
 */
export async function assertInReach(
  tx: EntityManager,
  viewer: Viewer,
  record: { id: string; label: string; home: HomeAreas | null },
  { later = false }: { later?: boolean } = {},
): Promise<void> {
  if (viewer.areaLimits.length === 0) return;
  const { label, home } = record;
  if (!home) throw new Forbidden(`A ${label} belongs to no area: only an admin may change it.`);
  const deferred = later ? deferredChecks(tx) : undefined;
  if (deferred) {
    const group = deferred.get(home) ?? { viewer, label, ids: [] };
    group.ids.push(record.id);
    deferred.set(home, group);
    return;
  }
  const [reach] = await preparedInTransaction<Reach>(tx, reachStatement(home), [
    [record.id],
    JSON.stringify(viewer.areaLimits),
  ]);
  const refused = refusal(label, home, reach);
  if (refused) throw new Forbidden(refused);
}

/** The checks of new records an all-or-nothing bulk write leaves for its end, by home. */
type DeferredChecks = Map<HomeAreas, { viewer: Viewer; label: string; ids: string[] }>;

function deferredChecks(tx: EntityManager): DeferredChecks | undefined {
  return transactionState(tx)?.deferredReach as DeferredChecks | undefined;
}

/**
 * Marks `tx` as one whose checks of the records it makes (`assertInReach` with `later`) wait for
 * `checkDeferredReach`: a thousand new records are then checked in a statement per type rather
 * than one each. Only for a transaction that is rolled back whole when one is refused.
 */
export function deferReachChecksIn(tx: EntityManager): void {
  const data = transactionState(tx);
  if (data) data.deferredReach = new Map();
}

/** Runs the checks `deferReachChecksIn` left: refuses (FORBIDDEN) at the first record out of reach. */
export async function checkDeferredReach(tx: EntityManager): Promise<void> {
  const deferred = deferredChecks(tx);
  if (!deferred) return;
  for (const [home, { viewer, label, ids }] of deferred) {
    deferred.delete(home);
    const reaches = await preparedInTransaction<Reach>(tx, reachStatement(home), [
      ids,
      JSON.stringify(viewer.areaLimits),
    ]);
    const refused = reaches.map((reach) => refusal(label, home, reach)).find(Boolean);
    if (refused) throw new Forbidden(refused);
  }
}

/**
 * Whether `viewer` may write each of the records `ids` as far as their areas go: what
 * `assertInReach` decides, for many records in one statement (none for a viewer without limits).
 * The role is the caller's to check.
 */
export async function inReach(
  dataSource: DataSource,
  viewer: Viewer,
  home: HomeAreas | null,
  ids: readonly string[],
): Promise<boolean[]> {
  if (viewer.areaLimits.length === 0) return ids.map(() => true);
  if (!home) return ids.map(() => false);
  const reaches = await preparedRead<Reach>(dataSource, reachStatement(home), [
    ids,
    JSON.stringify(viewer.areaLimits),
  ]);
  return reaches.map((reach) => refusal('record', home, reach) === null);
}
