import type { CitationPartsFragment } from '@samverkan/schema';
import { useT } from '../i18n';
import './Source.css';

/**
 * "källa": a small disclosure beside a fact. A click reveals where the fact comes from — the
 * document, the section and the exact quotation.
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
              {citation.source.url ? (
                <a href={citation.source.url} rel="noreferrer">
                  {citation.source.title}
                </a>
              ) : (
                <cite>{citation.source.title}</cite>
              )}
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
