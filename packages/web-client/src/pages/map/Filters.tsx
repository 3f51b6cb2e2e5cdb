import { useId, type ReactNode } from 'react';
import type { MapOptionsQuery } from '@samverkan/schema';
import { AsOf } from '../../components/AsOf';
import { useT } from '../../i18n';
import { setParams, useLocation } from '../../router';
import { ACTOR_SECTORS, RESPONSIBILITY_ROLES } from '../../enums';

function Select({
  label,
  name,
  value,
  choices,
}: {
  label: string;
  name: string;
  value: string;
  choices: { value: string; label: string }[];
}) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="map-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) =>
          setParams({ [name]: event.target.value || null, focus: null, focusKind: null })
        }
      >
        <option value="">{t.mapAll}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The map's filters, all in the query string: forum, strategy, area, role, sector, the day, and
 * the focus with its depth when one is set. `children` go beside the reset button.
 */
export function Filters({
  options,
  focusLabel,
  children,
}: {
  options: MapOptionsQuery | undefined;
  /** The focused node's name, once the map that has it is in. */
  focusLabel: string | undefined;
  children: ReactNode;
}) {
  const { t, label } = useT();
  const { params } = useLocation();
  const focus = params.get('focus');
  return (
    <form
      className="map-filters"
      aria-label={t.mapFilters}
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label={t.forum}
        name="forum"
        value={params.get('forum') ?? ''}
        choices={(options?.forums.nodes ?? []).map((f) => ({ value: f.slug, label: f.name }))}
      />
      <Select
        label={t.strategy}
        name="strategy"
        value={params.get('strategy') ?? ''}
        choices={(options?.strategies.nodes ?? []).map((s) => ({ value: s.slug, label: s.name }))}
      />
      <Select
        label={t.area}
        name="area"
        value={params.get('area') ?? ''}
        choices={(options?.areas.nodes ?? []).map((a) => ({ value: a.code, label: a.name }))}
      />
      <Select
        label={t.role}
        name="role"
        value={params.get('role') ?? ''}
        choices={RESPONSIBILITY_ROLES.map((r) => ({ value: r, label: label(r) }))}
      />
      <Select
        label={t.sector}
        name="sector"
        value={params.get('sector') ?? ''}
        choices={ACTOR_SECTORS.map((s) => ({ value: s, label: label(s) }))}
      />
      <AsOf />
      <div className="map-filter-actions">
        {focus ? (
          <span>
            {t.mapFocused} <strong>{focusLabel ?? '…'}</strong>{' '}
            <label>
              {t.mapDepth}{' '}
              <select
                value={params.get('depth') ?? '2'}
                onChange={(event) => setParams({ depth: event.target.value })}
              >
                {[0, 1, 2, 3, 4].map((d) => (
                  <option key={d}>{d}</option>
                ))}
              </select>
            </label>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => setParams({ focus: null, focusKind: null, depth: null })}
            >
              {t.mapClearFocus}
            </button>
          </span>
        ) : null}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            setParams({
              forum: null,
              strategy: null,
              area: null,
              role: null,
              sector: null,
              focus: null,
              focusKind: null,
              depth: null,
            })
          }
        >
          {t.mapReset}
        </button>
        {children}
      </div>
    </form>
  );
}
