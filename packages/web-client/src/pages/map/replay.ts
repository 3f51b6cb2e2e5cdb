import { MapChangesDocument, MapTimelineDocument, type WhoDoesWhatFilter } from '@samverkan/schema';
import { useMemo } from 'react';
import { useQuery } from '../../graphql';
import { today } from '../../day';
import { dayBefore, stopsOf } from './stops';

/**
 * Where a replay of the map stands: its stops (the API's `whoDoesWhatTimeline` for the filter, today and
 * the day shown), the day shown and its place among them, and what changed on it — the API's
 * `diff` from the stop before (or the day before the first) — with the IDs of the edges that
 * appeared, to highlight. The timeline and the changes leave out `asOf`, so stepping from day to
 * day does not fetch the timeline again.
 */
export function useReplay(filter: WhoDoesWhatFilter, waiting: boolean) {
  const { asOf, ...rest } = filter;
  const now = today();
  const shown = asOf ?? now;
  const timeline = useQuery(MapTimelineDocument, { filter: rest }, waiting);
  const stops = stopsOf(timeline.data?.whoDoesWhatTimeline ?? [], shown, now);
  const index = stops.indexOf(shown);
  const changes = useQuery(
    MapChangesDocument,
    { from: index > 0 ? stops[index - 1] : dayBefore(shown), to: shown, filter: rest },
    waiting,
  );
  const diff = changes.data?.whoDoesWhatChanges;
  const appeared = useMemo(
    () =>
      new Set(diff?.filter((change) => change.change === 'APPEARED').map((c) => c.edge.id) ?? []),
    [diff],
  );
  return {
    stops,
    index,
    shown,
    today: now,
    /**
     * The register dates nothing in this view (the stops are today and the day shown); undefined
     * until the timeline is in.
     */
    undated: timeline.data && timeline.data.whoDoesWhatTimeline.length === 0,
    changes,
    appeared,
  };
}
