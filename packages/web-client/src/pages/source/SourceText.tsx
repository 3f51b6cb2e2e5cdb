import { Fragment, useMemo, type ReactNode, type RefObject } from 'react';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { passageAnchor } from '../../routes';
import { marksOf, paragraphsOf, type Mark, type Piece } from './highlight';
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

/** What is drawn after the paragraph holding the offset `at` of the text (the workbench). */
export interface AfterParagraph {
  at: number;
  node: ReactNode;
}

/**
 * The document's text in its paragraphs, each cited passage marked (`<mark>` with the passage's
 * anchor, focusable so that a link can bring the reader to it) and followed by links to the
 * records citing it. Each paragraph carries its offset in the text (`data-start`), so that a
 * selection in it is a passage of the text (`textRef`: what holds them); `after` is drawn after
 * one of them, `children` after the text.
 */
export function SourceText({
  text,
  citing,
  opened,
  textRef,
  after,
  children,
}: {
  text: string | null;
  citing: Citing[];
  opened: string | null;
  textRef?: RefObject<HTMLDivElement | null>;
  after?: AfterParagraph | null;
  children?: ReactNode;
}) {
  const { t } = useT();
  const paragraphs = useMemo(
    () => (text ? paragraphsOf(text, marksOf(citing.map((c) => c.citation.passage))) : []),
    [text, citing],
  );
  const afterIndex = after ? paragraphs.findLastIndex((p) => p.start <= after.at) : -1;
  return (
    <section className="card source-document" aria-labelledby="source-text-title">
      <h2 id="source-text-title">{t.sourceText}</h2>
      {text === null ? (
        <p className="muted">{t.sourceNoText}</p>
      ) : (
        <div ref={textRef}>
          {paragraphs.map((paragraph, index) => (
            <Fragment key={paragraph.start}>
              {/* Focusable, so that Tab from a passage selected in it (a caret) goes on from here. */}
              <p data-start={paragraph.start} tabIndex={-1}>
                {paragraph.pieces.map((piece, index) => (
                  <PieceShown key={index} piece={piece} citing={citing} opened={opened} />
                ))}
              </p>
              {index === afterIndex ? after!.node : null}
            </Fragment>
          ))}
        </div>
      )}
      {children}
    </section>
  );
}

/** A piece of a paragraph: its text, or its part of a mark (with the links after the mark's end). */
function PieceShown({
  piece,
  citing,
  opened,
}: {
  piece: Piece;
  citing: Citing[];
  opened: string | null;
}) {
  if (!piece.mark) return piece.text;
  const ids = piece.first ? piece.mark.passages.map(passageAnchor) : [];
  const isOpened = ids.some((id) => id === opened);
  return (
    <span>
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
}
