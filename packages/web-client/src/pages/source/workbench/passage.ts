import type { Passage } from '../../../routes';

/** The longest quotation the API takes (`MAX_QUOTE_LENGTH`). */
export const LONGEST_QUOTE = 4000;

/**
 * Whether a paragraph reads as a heading: one short line that does not end a sentence and is no
 * list item ("Bakgrund och syfte", "# Mål" in Markdown). Documents read from PDF or Word keep
 * their headings as lines of their own, so this is what a heading looks like in any of them.
 */
function headingOf(paragraph: string): string | null {
  const line = paragraph.trim();
  if (line.includes('\n') || line.length === 0 || line.length > 120) return null;
  const markdown = /^#{1,6}\s+(.+)$/.exec(line);
  if (markdown) return markdown[1].replace(/\s+#*$/, '').trim();
  if (/^([-*•–]|\d+[.)]\s)/.test(line) || /[.,;:!?]$/.test(line)) return null;
  return line;
}

/**
 * The heading a passage stands under: the nearest paragraph above its start that reads as a
 * heading; null when none does (a text without headings).
 */
export function sectionAt(text: string, start: number): string | null {
  const before = text.slice(0, start).split(/\n[ \t]*\n/);
  // The paragraph the passage begins in is not its own heading.
  before.pop();
  for (let i = before.length - 1; i >= 0; i--) {
    const heading = headingOf(before[i]);
    if (heading) return heading;
  }
  return null;
}

/** A passage without the white space at its ends; null when nothing but white space is left. */
export function trimmed(text: string, { start, end }: Passage): Passage | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/**
 * Where the API will find a quotation: its first place in the text, white space of any length
 * alike (as the API compares them). A passage selected further on is then not the one cited.
 */
export function firstPlaceOf(text: string, quote: string): Passage | null {
  const words = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(words.join('\\s+')).exec(text);
  return found && { start: found.index, end: found.index + found[0].length };
}
