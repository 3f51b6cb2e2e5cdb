import type { Passage } from '../../../routes';

/** The element a paragraph of the document is drawn in: its `data-start` is its offset in the text. */
const PARAGRAPH = 'p[data-start]';
/** What the page draws in the text that is not the document's: the links after a mark. */
const NOT_TEXT = '.source-refs';

/** The document's text nodes of a paragraph, in order. */
function textNodes(paragraph: Element): Text[] {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_TEXT)) nodes.push(node as Text);
  }
  return nodes;
}

/** A point of the page (a node and an offset in it) as an offset in the document's text. */
function offsetOf(container: Element, node: Node, offset: number, textLength: number): number {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest(PARAGRAPH);
  if (!paragraph || !container.contains(paragraph)) {
    // Outside the text (the heading above it, what follows it): its beginning or its end.
    const first = container.querySelector(PARAGRAPH);
    const point = document.createRange();
    point.setStart(node, offset);
    return first && point.comparePoint(first, 0) >= 0 ? 0 : textLength;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  let count = Number(paragraph.getAttribute('data-start'));
  for (const text of textNodes(paragraph)) {
    if (text === node) return count + offset;
    if (point.comparePoint(text, text.length) > 0) break;
    count += text.length;
  }
  return count;
}

/**
 * The passage of the document the selection covers, as offsets in its text (the paragraphs and
 * marks it is drawn in, the links after marks left out); null when nothing of it is selected.
 */
export function selectedPassage(
  container: Element,
  selection: Selection | null,
  textLength: number,
): Passage | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const start = offsetOf(container, range.startContainer, range.startOffset, textLength);
  const end = offsetOf(container, range.endContainer, range.endOffset, textLength);
  return end > start ? { start, end } : null;
}
