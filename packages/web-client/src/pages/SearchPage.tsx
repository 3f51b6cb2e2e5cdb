import { SearchResultsDocument, type SearchKind } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT, wordFor } from '../i18n';
import { Link, useLocation } from '../router';
import { recordUrl, routes } from '../routes';
import { HitText } from '../components/SearchHit';
import './SearchPage.css';

/**
 * All results of a search (`/search?q=…`), the best fifty, with a filter per kind of record that
 * says how many of that kind the query finds (`&kind=ACTOR`). A hit whose kind has no page of its
 * own (a decision, a source) is shown without a link.
 */
export function SearchPage() {
  const { t } = useT();
  const { params } = useLocation();
  const text = (params.get('q') ?? '').trim();
  const kind = (params.get('kind') || null) as SearchKind | null;
  const state = useQuery(
    SearchResultsDocument,
    { query: text, kinds: kind ? [kind] : null },
    text.length < 2,
  );
  const counts = state.data?.searchCounts.filter((count) => count.count > 0) ?? [];
  const total = counts.reduce((sum, count) => sum + count.count, 0);
  const shownTotal = kind ? (counts.find((count) => count.kind === kind)?.count ?? 0) : total;
  const hits = state.data?.search ?? [];

  return (
    <article className="search-page">
      <h1>{t.searchTitle}</h1>
      {text.length < 2 ? (
        <p className="lead">{t.searchTooShort}</p>
      ) : (
        <>
          <p className="lead">{t.searchAll(text)}</p>
          {state.status === 'error' ? (
            <div className="notice" role="alert">
              <p>{state.error.message}</p>
            </div>
          ) : null}
          {state.status === 'loading' ? (
            <p className="loading" role="status">
              {t.searchLoading}
            </p>
          ) : null}
          {state.status === 'done' ? (
            <>
              <nav aria-label={t.searchKindsLabel}>
                <ul className="search-kinds">
                  <li>
                    <Link to={routes.search(text)} aria-current={kind ? undefined : 'page'}>
                      {t.searchAllKinds} ({total})
                    </Link>
                  </li>
                  {counts.map((count) => (
                    <li key={count.kind}>
                      <Link
                        to={routes.search(text, count.kind)}
                        aria-current={count.kind === kind ? 'page' : undefined}
                      >
                        {wordFor(t.kinds, count.kind) ?? count.kind} ({count.count})
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <p role="status">
                {hits.length ? t.searchShown(hits.length, shownTotal) : t.searchNoHits}
              </p>
              <ol className="search-page-hits">
                {hits.map((hit) => {
                  const url = recordUrl(hit.node);
                  return (
                    <li key={`${hit.kind}:${hit.node.id}`}>
                      <span className="search-page-kind">
                        {wordFor(t.kinds, hit.kind) ?? hit.kind}
                      </span>
                      {url ? (
                        <Link to={url}>
                          <HitText hit={hit} />
                        </Link>
                      ) : (
                        <span>
                          <HitText hit={hit} />
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </>
          ) : null}
        </>
      )}
    </article>
  );
}
