import type { Passage } from '../../routes';

/** A cited passage of a document, with the citations (by their index) that quote it. */
export interface Mark extends Passage {
  /** The passages of this stretch of text (overlapping passages share one), first the earliest. */
  passages: Passage[];
  citations: number[];
}

/**
 * A piece of a paragraph: plain text, or part of a mark (`first`: the part where it begins,
 * `last`: where it ends; a mark over a paragraph break has a part in each paragraph).
 */
export type Piece =
  { text: string; mark?: undefined } | { text: string; mark: Mark; first: boolean; last: boolean };

export interface Paragraph {
  start: number;
  pieces: Piece[];
}

/**
 * The marks of a document: each cited passage once, with every citation quoting it, passages that
 * overlap joined into one stretch (a citation within another's quotation).
 */
export function marksOf(passages: (Passage | null | undefined)[]): Mark[] {
  const cited = passages
    .map((passage, index) => ({ passage, index }))
    .filter((c): c is { passage: Passage; index: number } => Boolean(c.passage))
    .sort((a, b) => a.passage.start - b.passage.start || a.passage.end - b.passage.end);
  const marks: Mark[] = [];
  for (const { passage, index } of cited) {
    const last = marks.at(-1);
    if (last && passage.start < last.end) {
      last.end = Math.max(last.end, passage.end);
      if (!last.passages.some((p) => p.start === passage.start && p.end === passage.end))
        last.passages.push(passage);
      last.citations.push(index);
    } else {
      marks.push({
        start: passage.start,
        end: passage.end,
        passages: [passage],
        citations: [index],
      });
    }
  }
  return marks;
}

/**
 * The document's paragraphs (split at blank lines, so a long document keeps its shape) and in each
 * the plain and the marked pieces; a mark that runs over a paragraph's end goes on in the next.
 */
export function paragraphsOf(text: string, marks: Mark[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const breaks = /\n[ \t]*\n\s*/g;
  let start = 0;
  const add = (end: number) => {
    if (end > start) paragraphs.push({ start, pieces: piecesOf(text, start, end, marks) });
  };
  for (const found of text.matchAll(breaks)) {
    add(found.index);
    start = found.index + found[0].length;
  }
  add(text.length);
  return paragraphs;
}

function piecesOf(text: string, start: number, end: number, marks: Mark[]): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const mark of marks) {
    if (mark.end <= start || mark.start >= end) continue;
    const from = Math.max(mark.start, start);
    const to = Math.min(mark.end, end);
    if (from > at) pieces.push({ text: text.slice(at, from) });
    pieces.push({
      text: text.slice(from, to),
      mark,
      first: from === mark.start,
      last: to === mark.end,
    });
    at = to;
  }
  if (at < end) pieces.push({ text: text.slice(at, end) });
  return pieces;
}
