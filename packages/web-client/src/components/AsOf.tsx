import { useId, useState, type KeyboardEvent } from 'react';
import { isWholeDay, useKnownAt } from '../day';
import { formatMoment } from '../moment';
import { useT } from '../i18n';
import { setParams, useLocation } from '../router';
import './AsOf.css';

/**
 * `2025-03-01`, `2025-3-1` or `20250301` (a phone's number pad has no dash) as `2025-03-01`;
 * null for anything else and for days that do not exist, such as 2025-02-30.
 */
function parseDay(text: string): string | null {
  const typed = text.trim();
  const found =
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(typed);
  if (!found) return null;
  const [year, month, day] = found.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over (2025-02-30 becomes 2025-03-02): compare the parts.
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.toISOString().slice(0, 10) : null;
}

/** What is typed but not in the URL yet, and the URL's day it was typed over. */
interface Draft {
  over: string;
  text: string;
  refused: boolean;
}

/**
 * The moment the page shows the register as it then stood (`?knownAt=`), and the way back to the
 * register as it is now; nothing when the page shows it now.
 */
function KnownAt() {
  const { t, lang } = useT();
  const knownAt = useKnownAt();
  if (!knownAt) return null;
  const moment = Number.isNaN(Date.parse(knownAt)) ? knownAt : formatMoment(lang, knownAt);
  return (
    <p className="as-of-known">
      {t.knownAtShown(moment)}{' '}
      <button type="button" className="link-button" onClick={() => setParams({ knownAt: null })}>
        {t.knownAtNow}
      </button>
    </p>
  );
}

/**
 * The day a page shows (`?asOf=YYYY-MM-DD`, default today), always written ÅÅÅÅ-MM-DD: a text
 * field rather than `<input type="date">`, which shows the browser's locale (mm/dd/yyyy in en-US);
 * under it, the moment of the register it shows when not now (`KnownAt`).
 */
export function AsOf() {
  const { t, date } = useT();
  const { params } = useLocation();
  const id = useId();
  const value = params.get('asOf') ?? '';
  const [draft, setDraft] = useState<Draft | null>(null);
  // The reset button, back and forward change the URL under a draft: then the URL's day shows,
  // and the draft is dropped so that going back to the day it was typed over shows that day.
  const current = draft?.over === value ? draft : null;
  if (draft && !current) setDraft(null);
  const day = parseDay(value);
  const invalid = current ? current.refused : value !== '' && !day;

  // The router changes the URL a moment later: until then the field shows the chosen day as a
  // draft over the old one, not the old day.
  const show = (asOf: string | null) => {
    setDraft({ over: value, text: asOf ?? '', refused: false });
    setParams({ asOf });
  };
  const commit = () => {
    if (!current) return;
    const parsed = parseDay(current.text);
    if (parsed || !current.text.trim()) show(parsed);
    else setDraft({ ...current, refused: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };

  return (
    <div className="as-of">
      <label htmlFor={id}>{t.asOf}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={10}
        value={current?.text ?? value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-format ${id}-error` : `${id}-format`}
        onChange={(event) => {
          const text = event.target.value;
          // A whole day that exists applies as it is typed, like the browser's own date field.
          if (isWholeDay(text) && parseDay(text)) show(text);
          else setDraft({ over: value, text, refused: false });
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <span id={`${id}-format`} className="as-of-format">
        {t.asOfFormat}
      </span>
      {day ? <span className="as-of-day">{date(day)}</span> : null}
      {value ? (
        <button type="button" className="link-button" onClick={() => show(null)}>
          {t.asOfToday}
        </button>
      ) : (
        <span className="muted">({t.asOfToday})</span>
      )}
      {invalid ? (
        <p id={`${id}-error`} className="as-of-error" role="alert">
          {t.asOfInvalid}
        </p>
      ) : null}
      <KnownAt />
    </div>
  );
}
