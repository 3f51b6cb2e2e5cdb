import { useMemo } from 'react';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { passageAnchor } from '../../routes';
import { marksOf, paragraphsOf, type Mark } from './highlight';
import type { Citing } from './SourcePage';

/** The links after a mark to the records whose citations quote it, each named for its record. */
function MarkRefs({ mark, citing }: { mark: Mark; citing: Citing[] }) {
  const { t } = useT();
  return (
    <sup className="source-refs">
      {mark.citations.map((index) => {
        const { name } = citing[index];
        const number = index + 1;
        // The number is what shows; the name of the record is what a screen reader hears too.
        const content = (
          <>
            {number}
            <span className="visually-hidden"> {t.sourceCitingRef(name.name)}</span>
          </>
        );
        return name.url ? (
          <Link key={index} to={name.url} title={name.name}>
            {content}
          </Link>
        ) : (
          <a key={index} href={`#citing-${number}`} title={name.name}>
            {content}
          </a>
        );
      })}
    </sup>
  );
}

/**
 * The document's text in its paragraphs, each cited passage marked (`<mark>` with the passage's
 * anchor, focusable so that a link can bring the reader to it) and followed by links to the
 * records citing it.
 */
export function SourceText({
  text,
  citing,
  opened,
}: {
  text: string | null;
  citing: Citing[];
  opened: string | null;
}) {
  const { t } = useT();
  const paragraphs = useMemo(
    () => (text ? paragraphsOf(text, marksOf(citing.map((c) => c.citation.passage))) : []),
    [text, citing],
  );
  return (
    <section className="card source-document" aria-labelledby="source-text-title">
      <h2 id="source-text-title">{t.sourceText}</h2>
      {text === null ? (
        <p className="muted">{t.sourceNoText}</p>
      ) : (
        paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.pieces.map((piece, index) => {
              if (!piece.mark) return piece.text;
              const ids = piece.first ? piece.mark.passages.map(passageAnchor) : [];
              const isOpened = ids.some((id) => id === opened);
              return (
                <span key={index}>
                  {ids.slice(1).map((id) => (
                    <span key={id} id={id} tabIndex={-1} />
                  ))}
                  <mark
                    id={ids[0]}
                    tabIndex={ids[0] ? -1 : undefined}
                    className={isOpened ? 'source-opened' : undefined}
                  >
                    {piece.text}
                  </mark>
                  {piece.last ? <MarkRefs mark={piece.mark} citing={citing} /> : null}
                </span>
              );
            })}
          </p>
        ))
      )}
    </section>
  );
}
