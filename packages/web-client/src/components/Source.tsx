import type { CitationPartsFragment } from '@samverkan/schema';
import { useT } from '../i18n';
import { Link } from '../router';
import { routes } from '../routes';
import './Source.css';

/**
 * "källa": a small disclosure beside a fact. A click reveals where the fact comes from — the
 * document, the section and the exact quotation — and links to the document's page opened at
 * the quotation (where the register holds its text; else at its top), and to it on the web.
 */
export function Source({ citations }: { citations: readonly CitationPartsFragment[] }) {
  const { t } = useT();
  if (citations.length === 0) return null;
  return (
    <details className="source">
      <summary title={t.sourcesShow}>
        {t.source}
        {citations.length > 1 ? ` (${citations.length})` : ''}
      </summary>
      <div className="source-body">
        {citations.map((citation, i) => (
          <figure key={i} className="citation">
            <blockquote>{citation.quote}</blockquote>
            <figcaption>
              <cite>
                <Link
                  to={routes.source(citation.source.id, citation.passage)}
                  title={citation.passage ? t.sourceOpen : undefined}
                >
                  {citation.source.title}
                </Link>
              </cite>
              {citation.source.url ? (
                <>
                  {' · '}
                  <a href={citation.source.url} rel="noreferrer">
                    {t.sourceUrl.toLowerCase()}
                  </a>
                </>
              ) : null}
              {citation.section ? (
                <span className="muted">
                  {' '}
                  · {t.section}: {citation.section}
                </span>
              ) : null}
            </figcaption>
          </figure>
        ))}
      </div>
    </details>
  );
}
