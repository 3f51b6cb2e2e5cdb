import { SourceListDocument } from '@samverkan/schema';
import { useState } from 'react';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { useMayAddSources } from './may-add';
import './source.css';

/** One page of the list (a hundred sources), and "show more" under the last one. */
function SourcesChunk({
  after,
  last,
  onMore,
}: {
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, date } = useT();
  const state = useQuery(SourceListDocument, { after });
  if (state.status === 'loading') return <p className="loading">{t.loading}</p>;
  if (state.status === 'error') return <p role="alert">{state.error.message}</p>;
  const { nodes, pageInfo, totalCount } = state.data.sources;
  return (
    <>
      {after === null ? <p className="muted">{t.sourcesCount(totalCount)}</p> : null}
      <ul className="source-list">
        {nodes.map((source) => (
          <li key={source.id}>
            <Link to={routes.source(source.id)}>{source.title}</Link>
            <br />
            <span className="muted">
              {[
                source.publisher?.name,
                source.publishedOn && date(source.publishedOn),
                source.fileName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {last && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <button type="button" className="link-button" onClick={() => onMore(pageInfo.endCursor!)}>
          {t.sourcesMore}
        </button>
      ) : null}
    </>
  );
}

/** The source documents (`/sources`), by title, and for editors the way to add one. */
export function SourcesPage() {
  const { t } = useT();
  const mayAdd = useMayAddSources();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <article>
      <header className="page-header">
        <h1>{t.sourcesTitle}</h1>
        <p className="lead">{t.sourcesIntro}</p>
        {mayAdd ? <Link to={routes.sourceNew}>{t.sourceAdd}</Link> : null}
      </header>
      <section className="card" aria-labelledby="sources-title">
        <h2 id="sources-title" className="visually-hidden">
          {t.sourcesTitle}
        </h2>
        {cursors.map((after, index) => (
          <SourcesChunk
            key={after ?? ''}
            after={after}
            last={index === cursors.length - 1}
            onMore={(cursor) => setCursors([...cursors, cursor])}
          />
        ))}
      </section>
    </article>
  );
}
