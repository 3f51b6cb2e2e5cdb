import DataLoader from 'dataloader';
import { RecordService } from '../db/record-service';
import { hasRole, type Viewer } from './roles';

/** A record someone may or may not change: who asks, its type (as `node` names it) and id. */
export interface WritableKey {
  viewer: Viewer | null;
  type: string;
  id: string;
}

/** Whether the viewer may change any record at all: the role `EDITOR` (an admin has it too). */
export function mayChangeRecords(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null && hasRole(viewer.role, 'EDITOR');
}

/**
 * `writable`: whether the viewer may change each record (a type's `viewerCanUpdate`), decided as
 * the writes decide it — the role `EDITOR`, and the record within the viewer's areas
 * (`RecordService.writableBy`) — one statement per record type in a batch, none for an admin,
 * an anonymous caller or a reader. A request's loaders serve one viewer.
 */
export function writableLoaders(services: object) {
  const byType = new Map<string, Pick<RecordService<never, object>, 'writableBy'>>();
  for (const service of Object.values(services)) {
    if (!(service instanceof RecordService)) continue;
    if (byType.has(service.type)) throw new Error(`Two services keep ${service.type}.`);
    byType.set(service.type, service);
  }
  return {
    writable: () =>
      new DataLoader<WritableKey, boolean, string>(
        async (keys) => {
          const { viewer } = keys[0];
          if (!mayChangeRecords(viewer)) return keys.map(() => false);
          const answers = new Map<string, boolean>();
          await Promise.all(
            [...byType].map(async ([type, service]) => {
              const ids = keys.filter((key) => key.type === type).map((key) => key.id);
              if (ids.length === 0) return;
              const writable = await service.writableBy(viewer, ids);
              ids.forEach((id, index) => answers.set(`${type}:${id}`, writable[index]));
            }),
          );
          return keys.map(({ type, id }) => answers.get(`${type}:${id}`) ?? false);
        },
        { cacheKeyFn: ({ type, id }) => `${type}:${id}` },
      ),
  };
}
