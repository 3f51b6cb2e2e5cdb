import type { MapDiffQuery } from '@samverkan/schema';
import { Source } from '../../components/Source';
import type { QueryState } from '../../graphql';
import { useT } from '../../i18n';

/**
 * What began and ended in this view on the day shown (since the stop before it), with the API's
 * summaries (in English) and each change's sources.
 */
export function Changes({ day, state }: { day: string; state: QueryState<MapDiffQuery> }) {
  const { t, date } = useT();
  const changes = state.data?.diff;
  return (
    <section className="map-changes" aria-labelledby="map-changes-title">
      <h2 id="map-changes-title">{t.mapChangesOn(date(day))}</h2>
      {state.status === 'error' ? (
        <p role="alert">{state.error.message}</p>
      ) : !changes ? (
        <p className="muted">{t.loading}</p>
      ) : changes.length === 0 ? (
        <p className="muted">{t.mapNoChanges}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={`${change.change}:${change.edge.id}`}>
              <span className={`map-change map-change-${change.change.toLowerCase()}`}>
                {change.change === 'APPEARED' ? t.mapAppeared : t.mapEnded}
              </span>{' '}
              <span lang="en">{change.summary}</span> <Source citations={change.edge.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
