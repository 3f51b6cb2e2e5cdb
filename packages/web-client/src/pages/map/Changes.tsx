import type { ChangedNodeFragment, MapChangesQuery } from '@samverkan/schema';
import { Source } from '../../components/Source';
import type { QueryState } from '../../graphql';
import { useT, type Translation } from '../../i18n';
import { relationWords } from './relation';

type MapChange = MapChangesQuery['whoDoesWhatChanges'][number];

function nameOf(node: ChangedNodeFragment, { t }: Translation): string {
  return node.kind === 'OBJECTIVE' && node.code
    ? `${(t.nodeKinds.OBJECTIVE ?? '').toLowerCase()} ${node.code}`
    : node.label;
}

/**
 * The change's relation in the UI's language, "Almi är medlem i Länspartnerskapet"; the API's
 * English summary where the client has no words for it (or an end is no longer readable).
 */
function wordsOf(change: MapChange, tr: Translation): { text: string; lang?: string } {
  const { edge, sourceNode, targetNode } = change;
  const words = relationWords(edge, tr);
  if (!words || !sourceNode || !targetNode) return { text: change.summary, lang: 'en' };
  const sentence = [nameOf(sourceNode, tr), words.between, nameOf(targetNode, tr), words.after];
  return { text: sentence.filter(Boolean).join(' ') };
}

/**
 * What began and ended in this view on the day shown (since the stop before it), in words, with
 * each change's sources.
 */
export function Changes({ day, state }: { day: string; state: QueryState<MapChangesQuery> }) {
  const tr = useT();
  const { t, date } = tr;
  const changes = state.data?.whoDoesWhatChanges;
  return (
    <section className="map-box map-changes" aria-labelledby="map-changes-title">
      <h2 id="map-changes-title">{t.mapChangesOn(date(day))}</h2>
      {state.status === 'error' ? (
        <p role="alert">{state.error.message}</p>
      ) : !changes ? (
        <p className="muted">{t.loading}</p>
      ) : changes.length === 0 ? (
        <p className="muted">{t.mapNoChanges}</p>
      ) : (
        <ul>
          {changes.map((change) => {
            const words = wordsOf(change, tr);
            return (
              <li key={`${change.change}:${change.edge.id}`}>
                <span className={`map-change map-change-${change.change.toLowerCase()}`}>
                  {change.change === 'APPEARED' ? t.mapAppeared : t.mapEnded}
                </span>{' '}
                <span lang={words.lang}>{words.text}</span>{' '}
                <Source citations={change.edge.sources} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
