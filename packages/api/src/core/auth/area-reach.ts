import type { EntityManager } from 'typeorm';
import { preparedInTransaction } from '../db/prepared-read';
import { Forbidden } from '../errors';
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

/**
 * Refuses (FORBIDDEN) a write to a record out of the viewer's reach: unless the viewer reaches
 * everywhere, the record must have a home area that is, or lies inside (by parent, or a
 * municipality inside an area drawn across municipalities), one of the areas of each of the
 * viewer's `areaLimits`. One statement, prepared (planning it took longer than running it), and
 * none for a viewer without limits. It reads the area module's tables `area` and
 * `area_municipality`, which every database has.
 */
export async function assertInReach(
  tx: EntityManager,
  viewer: Viewer,
  record: { id: string; label: string; home: HomeAreas | null },
): Promise<void> {
  if (viewer.areaLimits.length === 0) return;
  const { label, home } = record;
  if (!home) throw new Forbidden(`A ${label} belongs to no area: only an admin may change it.`);
  const [{ names, in_reach }] = await preparedInTransaction<{ names: string[]; in_reach: boolean }>(
    tx,
    `WITH RECURSIVE home(id) AS (
         SELECT id FROM (${home.sql}) h(id) WHERE id IS NOT NULL),
       around(id) AS (
         SELECT id FROM home
         UNION
         -- Upwards by index, a few steps: a municipality's county, NUTS regions, Sweden, and
         -- the areas drawn across it.
         SELECT up.id FROM around a CROSS JOIN LATERAL (
             SELECT parent_id FROM area WHERE id = a.id AND parent_id IS NOT NULL
             UNION ALL SELECT area_id FROM area_municipality WHERE municipality_id = a.id
           ) up(id))
     SELECT (SELECT coalesce(array_agg(DISTINCT area.name), '{}') FROM home JOIN area USING (id))
              AS names,
            (SELECT coalesce(bool_and(EXISTS (
                 SELECT FROM around WHERE around.id::text IN (
                   SELECT jsonb_array_elements_text(l.areas)))), true)
               FROM jsonb_array_elements($2::jsonb) l(areas)) AS in_reach`,
    [record.id, JSON.stringify(viewer.areaLimits)],
  );
  if (names.length === 0) {
    if (home.openWhenHomeless) return;
    throw new Forbidden(`This ${label} belongs to no area: only an admin may change it.`);
  }
  if (!in_reach) {
    throw new Forbidden(
      `This ${label} belongs to ${names.join(', ')}, outside the areas you may edit.`,
    );
  }
}
