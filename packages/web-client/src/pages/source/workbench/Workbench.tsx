import { lazy, Suspense, useEffect, useState, type RefObject } from 'react';
import { invalidate } from '../../../graphql';
import { useT } from '../../../i18n';
import { passageAnchor, type Passage } from '../../../routes';
import { useOpener } from '../../../edit/useOpener';
import { firstPlaceOf, LONGEST_QUOTE, sectionAt, trimmed } from './passage';
import { selectedPassage } from './selection';
import '../../../components/Form.css';
import './workbench.css';

// The forms come with their own chunk, fetched when an editor first opens one.
const CiteDialog = lazy(() => import('./CiteDialog'));

/** A passage selected in the document, as a citation would quote it. */
export interface Selected extends Passage {
  quote: string;
  /** The heading it stands under, when the text has headings. */
  section: string | null;
}

/** The element the workbench is drawn in: a selection in it is none of the text's. */
const WORKBENCH = '.workbench';

/**
 * The passage selected in the document's text (`container`), kept while the workbench is used
 * (a selection elsewhere leaves it; one in the text replaces it; a click in the text drops it).
 * Taken once the mouse is up, so the workbench appearing moves nothing under a dragging mouse.
 */
export function useSelectedPassage(
  container: RefObject<HTMLElement | null>,
  text: string | null,
  enabled: boolean,
) {
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    if (!enabled || text === null) return;
    let pressed = false;
    const follow = () => {
      const element = container.current;
      const selection = document.getSelection();
      if (pressed || !element || !selection || selection.rangeCount === 0) return;
      const common = selection.getRangeAt(0).commonAncestorContainer;
      const within = common instanceof Element ? common : common.parentElement;
      if (!element.contains(common) || within?.closest(WORKBENCH)) return;
      const found = selectedPassage(element, selection, text.length);
      const passage = found && trimmed(text, found);
      setSelected(
        passage && {
          ...passage,
          quote: text.slice(passage.start, passage.end),
          section: sectionAt(text, passage.start),
        },
      );
    };
    const press = () => (pressed = true);
    const release = () => {
      pressed = false;
      follow();
    };
    document.addEventListener('selectionchange', follow);
    document.addEventListener('pointerdown', press);
    document.addEventListener('pointerup', release);
    return () => {
      document.removeEventListener('selectionchange', follow);
      document.removeEventListener('pointerdown', press);
      document.removeEventListener('pointerup', release);
    };
  }, [container, text, enabled]);
  return [selected, setSelected] as const;
}

/** The longest stretch of the quotation the status shows. */
const SHOWN = 140;

const shortened = (quote: string) =>
  quote.length > SHOWN ? `${quote.slice(0, SHOWN - 1)}…` : quote;

/**
 * What the workbench says, after the text, in a polite live region: how to use it, the passage
 * selected (the workbench then stands under its paragraph), or that a citation was saved.
 */
export function WorkbenchStatus({
  selected,
  saved,
}: {
  selected: Selected | null;
  saved: boolean;
}) {
  const { t } = useT();
  return (
    // Not a paragraph: the text's paragraphs are the document's.
    <div className="workbench-hint muted" role="status">
      {selected
        ? t.workbenchSelectedStatus(shortened(selected.quote))
        : saved
          ? t.workbenchSaved
          : t.workbenchHint}
    </div>
  );
}

/**
 * The document workbench, for editors and admins, drawn under the paragraph where the selected
 * passage ends (so that the keyboard reaches it next): make a record of the passage or cite it
 * for a record that exists, the passage as the citation's quotation and the heading it stands
 * under as its section. Once saved, the page reads the document again and opens at the passage,
 * marked and linked to the record.
 */
export function Workbench({
  source,
  selected,
  onDrop,
  onSaved,
}: {
  source: { id: string; text: string; publishedOn: string | null };
  selected: Selected;
  onDrop: () => void;
  onSaved: () => void;
}) {
  const { t } = useT();
  const { open, opens, close, toolbar } = useOpener<'create' | 'cite'>();
  const tooLong = selected.quote.length > LONGEST_QUOTE;
  // The API cites a quotation's first place in the text: a passage further on needs more words.
  const cited = firstPlaceOf(source.text, selected.quote);
  const elsewhere = cited !== null && cited.start < selected.start;
  const saved = async () => {
    close();
    onSaved();
    document.getSelection()?.removeAllRanges();
    await invalidate();
    // Opened at the passage once the page has it marked: in view, focused, linked to the record.
    if (cited) window.location.hash = passageAnchor(cited);
  };
  return (
    <section className="workbench" aria-labelledby="workbench-title">
      <h3 id="workbench-title" className="workbench-quote">
        <span className="eyebrow">{t.workbenchSelected}</span> <q>{shortened(selected.quote)}</q>
        {selected.section ? (
          <span className="muted">
            {' '}
            {t.section}: {selected.section}
          </span>
        ) : null}
      </h3>
      {tooLong ? <p className="form-error">{t.workbenchTooLong(LONGEST_QUOTE)}</p> : null}
      {elsewhere ? <p className="workbench-warning">{t.workbenchElsewhere}</p> : null}
      <div className="workbench-actions" ref={toolbar}>
        <button
          type="button"
          className="form-secondary"
          aria-haspopup="dialog"
          disabled={tooLong}
          onClick={opens('create')}
        >
          {t.workbenchCreate}
        </button>
        <button
          type="button"
          className="form-secondary"
          aria-haspopup="dialog"
          disabled={tooLong}
          onClick={opens('cite')}
        >
          {t.workbenchCite}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onDrop();
            document.getSelection()?.removeAllRanges();
          }}
        >
          {t.workbenchDrop}
        </button>
      </div>
      {open && (
        <Suspense fallback={<p>{t.loading}</p>}>
          <CiteDialog
            mode={open}
            source={source}
            selected={selected}
            onClose={close}
            onSaved={saved}
          />
        </Suspense>
      )}
    </section>
  );
}
