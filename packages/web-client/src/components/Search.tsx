import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SearchDocument, type SearchHitFieldsFragment } from '@samverkan/schema';
import { request } from '../graphql';
import { useT, wordFor } from '../i18n';
import { Link, navigate, useLocation, withShared } from '../router';
import { recordUrl, routes } from '../routes';
import { HitText } from './SearchHit';
import './Search.css';

type Hit = SearchHitFieldsFragment;

const KIND_ORDER = [
  'ACTOR',
  'FORUM',
  'AREA',
  'STRATEGY',
  'OBJECTIVE',
  'PERSON',
  'MEETING',
  'REVIEW',
  'INDICATOR',
  'AGENDA_ITEM',
  'DECISION',
  'ACTION',
  'REVIEW_FINDING',
  'TOPIC',
  'SOURCE',
];

/** Type-ahead search: results grouped by kind, arrow keys to move, Enter to open, Esc to close. */
export function Search() {
  const { t } = useT();
  const { params } = useLocation();
  const id = useId();
  const [query, setQuery] = useState('');
  // The answer for one query text; while it is for another text, the new one is loading.
  const [answer, setAnswer] = useState<{ text: string; hits: Hit[] } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const box = useRef<HTMLDivElement>(null);
  const text = query.trim();
  const searching = text.length >= 2;
  const hits = searching && answer ? answer.hits : [];
  const loading = searching && answer?.text !== text;

  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      request(SearchDocument, { query: text, first: 12 }, controller.signal).then(
        (data) => {
          setAnswer({ text, hits: data.search });
          setActive(-1);
        },
        () => {
          if (!controller.signal.aborted) setAnswer({ text, hits: [] });
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, searching]);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  // Grouped by kind, in a fixed order; the flat order is the keyboard's.
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    hits: hits.filter((hit) => hit.kind === kind),
  })).filter((group) => group.hits.length > 0);
  const flat = groups.flatMap((group) => group.hits);

  // A hit without a page of its own (a decision, a source) opens the results of its kind.
  const go = (hit: Hit) => {
    const path = recordUrl(hit.node) ?? routes.search(text, hit.kind);
    setOpen(false);
    setQuery('');
    navigate(withShared(path, params));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (flat.length ? (i + 1) % flat.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (flat.length ? (i <= 0 ? flat.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      const hit = flat[active] ?? flat[0];
      if (hit) {
        event.preventDefault();
        go(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && query.trim().length >= 2;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-hit-${i}`;
  let index = -1;
  return (
    <div className="search" ref={box} role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.searchLabel}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <div className="search-results">
          <div id={listId} role="listbox" aria-label={t.searchLabel}>
            {flat.length === 0 ? (
              <p className="search-empty" role="status">
                {loading ? t.searchLoading : t.searchNoHits}
              </p>
            ) : (
              groups.map((group) => (
                <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
                  <div className="search-kind" id={`${id}-${group.kind}`} role="presentation">
                    {wordFor(t.kinds, group.kind) ?? group.kind}
                  </div>
                  {group.hits.map((hit) => {
                    index += 1;
                    const i = index;
                    return (
                      <div
                        key={hit.node.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === active}
                        className={i === active ? 'search-hit active' : 'search-hit'}
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => go(hit)}
                        onMouseEnter={() => setActive(i)}
                      >
                        <HitText hit={hit} />
                      </div>
                    );
                  })}
                </div>
              ))
            )}
          </div>
          <Link
            className="search-all"
            to={routes.search(text)}
            onClick={() => {
              setOpen(false);
              setQuery('');
            }}
          >
            {t.searchAll(text)}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
