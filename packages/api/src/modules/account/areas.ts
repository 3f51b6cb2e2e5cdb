import type { EntityManager } from 'typeorm';
import type { Role } from '../../core/auth/roles';
import type { FieldErrors } from '../../core/errors';
import { areasWithin } from '../../core/db/areas-within';

/**
 * The areas given to a user, an invitation or a token, checked into `errors` under `field`: each
 * must exist, and an `EDITOR` (`role`) needs at least one, since an editor writes only within
 * their areas. Given twice, an area counts once.
 */
export async function checkedAreas(
  manager: EntityManager,
  errors: FieldErrors,
  field: string,
  ids: readonly string[],
  role: Role | null,
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (role === 'EDITOR' && unique.length === 0) {
    errors.add(field, 'REQUIRED', 'An editor edits the records of their areas: give at least one.');
  }
  if (unique.length === 0) return unique;
  const known = await manager.query<{ id: string }[]>(
    'SELECT id FROM area WHERE id = ANY ($1::uuid[])',
    [unique],
  );
  const knownIds = new Set(known.map(({ id }) => id));
  ids.forEach((id, index) => {
    if (!knownIds.has(id)) errors.add([field, String(index)], 'NOT_FOUND', 'No area has this id.');
  });
  return unique;
}

/**
 * Which of `ids` lie outside every one of `reach` (areas and the areas inside them): a user's
 * token may be limited to some of the user's areas, never to others.
 */
export async function areasOutside(
  manager: EntityManager,
  ids: readonly string[],
  reach: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await manager.query<{ id: string }[]>(
    `SELECT given.id FROM unnest($1::uuid[]) given(id)
      WHERE NOT EXISTS (
        SELECT FROM unnest($2::uuid[]) held(id)
         WHERE given.id IN (${areasWithin('held.id')}))`,
    [ids, reach],
  );
  return rows.map(({ id }) => id);
}
