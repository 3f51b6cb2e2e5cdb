import { SearchDocument, type SearchKind } from '@samverkan/schema';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { FieldControl } from '../components/Form';
import { request } from '../graphql';
import { useT } from '../i18n';
import type { Ref } from './fields';

/** Waits this long after the last key before asking the API. */
const DEBOUNCE_MS = 200;

/** The records of `kind` (one or several) whose names match what is typed: the API's search, best first. */
function useMatches(kind: SearchKind | readonly SearchKind[], text: string): Ref[] {
  // The matches with the text they are for: matches of an earlier text are not shown.
  const [found, setFound] = useState<{ text: string; matches: Ref[] }>({ text: '', matches: [] });
  const wanted = text.trim().length >= 2;
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request(
        SearchDocument,
        { query: text, kinds: typeof kind === 'string' ? [kind] : [...kind], first: 8 },
        controller.signal,
      ).then(
        ({ search }) =>
          setFound({ text, matches: search.map((hit) => ({ id: hit.node.id, name: hit.title })) }),
        () => setFound({ text, matches: [] }),
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, text, wanted]);
  return wanted && found.text === text ? found.matches : [];
}

/**
 * A combobox that finds a record of `kind` (one or several) by name (ARIA's combobox with a list box: arrows move,
 * Enter chooses, Esc closes) and hands it to `onChoose`. `exclude`: records already chosen.
 */
export function Picker({
  control,
  kind,
  exclude = [],
  onChoose,
}: {
  control: FieldControl;
  kind: SearchKind | readonly SearchKind[];
  exclude?: readonly Ref[];
  onChoose: (ref: Ref) => void;
}) {
  const { t } = useT();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = useMatches(kind, text).filter(
    (match) => !exclude.some((chosen) => chosen.id === match.id),
  );
  const shown = open && matches.length > 0;
  const choose = (ref: Ref) => {
    onChoose(ref);
    setText('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + matches.length) % Math.max(matches.length, 1));
    } else if (event.key === 'Enter' && shown) {
      event.preventDefault();
      choose(matches[Math.min(active, matches.length - 1)]);
    } else if (event.key === 'Escape' && shown) {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <div className="picker">
      <input
        {...control}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={t.editSearchPlaceholder}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="picker-list" hidden={!shown}>
        {matches.map((match, index) => (
          <li
            key={match.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Chosen on mouse down, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(match);
            }}
          >
            {match.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The records chosen for a field, each with a button that removes it. */
export function Chosen({ refs, onRemove }: { refs: readonly Ref[]; onRemove: (ref: Ref) => void }) {
  const { t } = useT();
  if (refs.length === 0) return null;
  return (
    <ul className="chosen">
      {refs.map((ref) => (
        <li key={ref.id}>
          {ref.name}
          <button
            type="button"
            className="link-button"
            aria-label={t.editRemove(ref.name)}
            onClick={() => onRemove(ref)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
