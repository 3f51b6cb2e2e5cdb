import { useT } from '../../i18n';
import { Link } from '../../router';
import { passageAnchor } from '../../routes';
import type { Citing } from './SourcePage';

/**
 * The records citing the document, in the order of their passages in its text: each with its
 * kind, its name linked to its page, the quotation and its section, and a link to the passage.
 */
export function CitedBy({ citing }: { citing: Citing[] }) {
  const { t } = useT();
  return (
    <section className="card source-cited" aria-labelledby="source-cited-title">
      <h2 id="source-cited-title">
        {t.sourceCitedBy} <span className="count">{citing.length}</span>
      </h2>
      {citing.length === 0 ? (
        <p className="muted">{t.sourceCitedByNone}</p>
      ) : (
        <ol>
          {citing.map(({ name, citation, record }, index) => (
            <li key={`${record.id}:${index}`} id={`citing-${index + 1}`}>
              <p className="source-cited-record">
                <span className="source-cited-number">{index + 1}</span>
                <span className="eyebrow">{name.kind}</span>{' '}
                {name.url ? <Link to={name.url}>{name.name}</Link> : <strong>{name.name}</strong>}
              </p>
              {citation.quote ? <blockquote>{citation.quote}</blockquote> : null}
              <p className="source-cited-where">
                {citation.section ? (
                  <span className="muted">
                    {t.section}: {citation.section}
                  </span>
                ) : null}{' '}
                {citation.passage ? (
                  <a href={`#${passageAnchor(citation.passage)}`}>{t.sourceToPassage}</a>
                ) : citation.quote ? (
                  <span className="muted">{t.sourceNoPassage}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
