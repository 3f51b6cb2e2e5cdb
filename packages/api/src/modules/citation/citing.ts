import type { CitingRecord } from './citation.store';
import { findQuote } from './passage';

/**
 * A source's citations in the order their passages stand in its text (`text`), those without a
 * passage (no quotation, no text, or a quotation the text no longer holds) last; ties by record.
 */
export function inTextOrder<C extends CitingRecord>(text: string | null, citing: C[]): C[] {
  const startOf = (c: C): number =>
    (text && c.citation.quote ? findQuote(text, c.citation.quote)?.start : null) ?? Infinity;
  return citing
    .map((c) => ({ c, start: startOf(c) }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.c.recordType.localeCompare(b.c.recordType) ||
        a.c.recordId.localeCompare(b.c.recordId) ||
        a.c.position - b.c.position,
    )
    .map(({ c }) => c);
}
