import { useId, type ReactNode } from 'react';
import type { MapOptionsQuery } from '@samverkan/schema';
import { AsOf } from '../../components/AsOf';
import { useT } from '../../i18n';
import { setParams, useLocation } from '../../router';
import { ACTOR_SECTORS, RESPONSIBILITY_ROLES } from '../../enums';

interface Choice {
  value: string;
  label: string;
}

/** A select for the query parameter `name`; choosing also clears the focus. */
function Select({ label, name, choices }: { label: string; name: string; choices: Choice[] }) {
  const { t } = useT();
  const { params } = useLocation();
  const id = useId();
  return (
    <div className="map-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={params.get(name) ?? ''}
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

/** Records as choices: each by its key in the URL (its `slug` or `code`) and its name. */
function byName<K extends 'slug' | 'code'>(
  records: readonly ({ name: string } & Record<K, string>)[] | undefined,
  key: K,
): Choice[] {
  return (records ?? []).map((record) => ({ value: record[key], label: record.name }));
}

/** Query parameters set to null, which removes them from the URL. */
function cleared(names: readonly string[]): Record<string, null> {
  return Object.fromEntries(names.map((name) => [name, null]));
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
  const labelled = (values: readonly string[]) =>
    values.map((value) => ({ value, label: label(value) }));
  const selects = [
    { name: 'forum', label: t.forum, choices: byName(options?.forums.nodes, 'slug') },
    { name: 'strategy', label: t.strategy, choices: byName(options?.strategies.nodes, 'slug') },
    { name: 'area', label: t.area, choices: byName(options?.areas.nodes, 'code') },
    { name: 'role', label: t.role, choices: labelled(RESPONSIBILITY_ROLES) },
    { name: 'sector', label: t.sector, choices: labelled(ACTOR_SECTORS) },
  ];
  return (
    <form
      className="map-box map-filters"
      aria-label={t.mapFilters}
      onSubmit={(event) => event.preventDefault()}
    >
      {selects.map((select) => (
        <Select key={select.name} {...select} />
      ))}
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
            setParams(
              cleared([...selects.map((select) => select.name), 'focus', 'focusKind', 'depth']),
            )
          }
        >
          {t.mapReset}
        </button>
        {children}
      </div>
    </form>
  );
}
