import type { EntityManager } from 'typeorm';

/** Where a quotation stands in its document's text: [start, end) in UTF-16 code units. */
export interface Passage {
  start: number;
  end: number;
}

/**
 * Text as quotations are compared: white space of any kind and length as one space, emphasis
 * asterisks dropped (the slides set names in *italics*). `offsets[i]` is where the i-th character
 * of `text` stands in the original, and `offsets[text.length]` its end. (Quotations are compared
 * in canonical Unicode, NFC, as documents are stored.)
 */
function comparable(original: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i];
    if (char === '*') continue;
    if (/\s/.test(char)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      offsets.push(i - 1);
      space = false;
    }
    text += char;
    offsets.push(i);
  }
  offsets.push(original.length);
  return { text, offsets };
}

// The last documents made comparable: a page's citations mostly quote the same few.
const recent = new Map<string, ReturnType<typeof comparable>>();

function comparableDocument(document: string) {
  let made = recent.get(document);
  if (!made) {
    made = comparable(document);
    recent.set(document, made);
    if (recent.size > 8) recent.delete(recent.keys().next().value!);
  }
  return made;
}

/** Where `quote` stands in `document`, ignoring white space and emphasis; null if it does not. */
export function findQuote(document: string, quote: string): Passage | null {
  const wanted = comparable(quote.normalize('NFC')).text;
  if (!wanted) return null;
  const { text, offsets } = comparableDocument(document);
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  return { start: offsets[at], end: offsets[at + wanted.length - 1] + 1 };
}

/** The longest passage a refusal quotes back. */
const LONGEST_PASSAGE = 300;

/**
 * The document's sentences (a line, or a sentence of a longer line): the passages a misquotation
 * is matched to, each cut to `LONGEST_PASSAGE`.
 */
function sentences(document: string): string[] {
  return document
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .map((sentence) =>
      sentence.length > LONGEST_PASSAGE ? `${sentence.slice(0, LONGEST_PASSAGE - 1)}…` : sentence,
    );
}

/**
 * The sentence of the document closest to a quotation that is not in it, by PostgreSQL's trigram
 * similarity (pg_trgm: how much of the quotation a stretch of the sentence matches, then how
 * alike the two are as a whole); null for a document without text.
 */
export async function nearestPassage(
  manager: EntityManager,
  document: string,
  quote: string,
): Promise<string | null> {
  const candidates = sentences(document);
  if (candidates.length === 0) return null;
  const [best]: { index: number }[] = await manager.query(
    `SELECT index FROM unnest($1::text[]) WITH ORDINALITY AS passage(text, index)
     ORDER BY word_similarity($2, passage.text) DESC, similarity($2, passage.text) DESC, index
     LIMIT 1`,
    [candidates, quote],
  );
  return candidates[Number(best.index) - 1];
}
