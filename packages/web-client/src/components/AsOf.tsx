import { useId } from 'react';
import { useT } from '../i18n';
import { setParams, useLocation } from '../router';

/** The day a page shows (`?asOf=YYYY-MM-DD`, default today). */
export function AsOf() {
  const { t } = useT();
  const { params } = useLocation();
  const id = useId();
  const value = params.get('asOf') ?? '';
  return (
    <div className="as-of">
      <label htmlFor={id}>{t.asOf}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => setParams({ asOf: event.target.value || null })}
      />
      {value ? (
        <button type="button" className="link-button" onClick={() => setParams({ asOf: null })}>
          {t.asOfToday}
        </button>
      ) : (
        <span className="muted">({t.asOfToday})</span>
      )}
    </div>
  );
}
