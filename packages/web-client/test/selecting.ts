/** Selecting words of a source page's text, as a script would (the workbench tests share it). */
import type { Page } from 'playwright-core';

/** Selects the first `words` of the document's text that stand after `after`. */
export const selectText = (page: Page, words: string, after = '') =>
  page.evaluate(
    ([words, after]) => {
      const walker = document.createTreeWalker(
        document.querySelector('.source-document')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(after + words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + after.length);
        range.setEnd(node, at + after.length + words.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`no "${words}" in the text`);
    },
    [words, after] as const,
  );
