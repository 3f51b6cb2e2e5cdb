import { MapOptionsDocument, type WhoDoesWhatFilter } from '@samverkan/schema';
import { wholeAsOf } from '../../day';
import { useQuery } from '../../graphql';
import { ACTOR_SECTORS, RESPONSIBILITY_ROLES } from '../../enums';

/** The filter field that starts the map from a node of each kind (`?focus=&focusKind=`). */
export const FOCUS_KEYS: Record<string, keyof WhoDoesWhatFilter> = {
  ACTOR: 'actor',
  AREA: 'area',
  FORUM: 'forum',
  STRATEGY: 'strategy',
  OBJECTIVE: 'objective',
};

/** The API's filter from the query string: slugs and codes become IDs once the options are in. */
export function useMapFilter(params: URLSearchParams) {
  const options = useQuery(MapOptionsDocument, {});
  const data = options.data;
  const forum = params.get('forum');
  const strategy = params.get('strategy');
  const area = params.get('area');
  const focus = params.get('focus');
  const focusKind = params.get('focusKind') ?? '';
  const depth = Number(params.get('depth') ?? '2');
  const needsOptions = Boolean(forum || strategy || area);
  const filter: WhoDoesWhatFilter = {};
  if (data) {
    const forumId = data.forums.nodes.find((f) => f.slug === forum)?.id;
    const strategyId = data.strategies.nodes.find((s) => s.slug === strategy)?.id;
    const areaId = data.areas.nodes.find((a) => a.code === area)?.id;
    if (forumId) filter.forum = forumId;
    if (strategyId) filter.strategy = strategyId;
    if (areaId) filter.area = areaId;
  }
  const focusKey = FOCUS_KEYS[focusKind];
  if (focus && focusKey) (filter as Record<string, unknown>)[focusKey] = focus;
  if (Number.isInteger(depth) && depth >= 0 && depth <= 4) filter.depth = depth;
  const role = params.get('role');
  const knownRole = RESPONSIBILITY_ROLES.find((known) => known === role);
  if (knownRole) filter.role = knownRole;
  const sector = params.get('sector');
  const knownSector = ACTOR_SECTORS.find((known) => known === sector);
  if (knownSector) filter.sector = knownSector;
  const asOf = wholeAsOf(params);
  if (asOf) filter.asOf = asOf;
  return { options, filter, waiting: needsOptions && !data };
}
