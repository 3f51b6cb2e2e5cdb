import { AreaChoicesDocument, type AreaChoiceFragment, type Role } from '@samverkan/schema';
import { useId, useRef, useState } from 'react';
import { Field, type Refusal } from '../../components/Form';
import { ROLES } from '../../enums';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';

/** A role and, for an editor, the areas they edit: what a user, an invitation or a token has. */
export function useRoleAndAreas(role: Role, areas: AreaChoiceFragment[] = []) {
  const [value, setValue] = useState({ role, areas });
  return {
    ...value,
    setRole: (role: Role) => setValue((value) => ({ ...value, role })),
    setAreas: (areas: AreaChoiceFragment[]) => setValue((value) => ({ ...value, areas })),
    /** The areas to send: an editor's; other roles have none. */
    areaIds: value.role === 'EDITOR' ? value.areas.map((area) => area.id) : [],
  };
}

type RoleAndAreasState = ReturnType<typeof useRoleAndAreas>;

/** The role, and for an editor the area picker, with the API's errors under each. */
export function RoleAndAreas({ state, refusal }: { state: RoleAndAreasState; refusal: Refusal }) {
  const { t } = useT();
  return (
    <>
      <Field label={t.accountRole} name="role" hint={t.adminRoleHint} refusal={refusal}>
        {(control) => (
          <select
            {...control}
            value={state.role}
            onChange={(event) => state.setRole(event.target.value as Role)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t.roles[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {state.role === 'EDITOR' && (
        <AreaPicker areas={state.areas} onChange={state.setAreas} refusal={refusal} />
      )}
    </>
  );
}

/** The areas' names, for a list or a sentence. */
export const areaNames = (areas: AreaChoiceFragment[]) => areas.map((area) => area.name).join(', ');

const byName = (a: AreaChoiceFragment, b: AreaChoiceFragment) => a.name.localeCompare(b.name, 'sv');

/**
 * The areas chosen, each with a button that removes it, and two lists to add one: Sweden or a
 * county, then all of it or a municipality (or another area) within it. With `single`, at most
 * one area: the one added replaces it. `name`, `label` and `hint` default to an editor's areas.
 */
export function AreaPicker({
  areas,
  onChange,
  refusal,
  single = false,
  name = 'areas',
  label,
  hint,
}: {
  areas: AreaChoiceFragment[];
  onChange: (areas: AreaChoiceFragment[]) => void;
  refusal: Refusal;
  single?: boolean;
  name?: string;
  label?: string;
  hint?: string;
}) {
  const { t } = useT();
  const choices = useQuery(AreaChoicesDocument, {});
  const [topId, setTopId] = useState('');
  const [partId, setPartId] = useState('');
  const topList = useRef<HTMLSelectElement>(null);
  const id = useId();
  const tops = choices.data
    ? [
        ...choices.data.countries.nodes.map((area) => ({ ...area, children: [] })),
        ...choices.data.counties.nodes.toSorted(byName),
      ]
    : [];
  const top = tops.find((area) => area.id === topId);
  const add = () => {
    const chosen = top?.children.find((area) => area.id === partId) ?? top;
    if (chosen && !areas.some((area) => area.id === chosen.id)) {
      const area = { id: chosen.id, code: chosen.code, name: chosen.name };
      onChange(single ? [area] : [...areas, area]);
    }
    setPartId('');
  };
  const remove = (id: string) => {
    onChange(areas.filter((area) => area.id !== id));
    topList.current?.focus();
  };
  return (
    <Field
      label={label ?? t.adminAreas}
      name={name}
      hint={hint ?? t.adminAreasHint}
      refusal={refusal}
      group
    >
      {(control) => (
        <>
          <ul className="chips admin-areas" aria-live="polite">
            {areas.length === 0 && <li className="muted">{t.adminAreasChosenNone}</li>}
            {areas.map((area) => (
              <li key={area.id}>
                {area.name}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t.adminAreaRemove(area.name)}
                  onClick={() => remove(area.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="admin-area-add">
            <div className="admin-area-list">
              <label htmlFor={`${id}-top`}>{t.adminAreaTop}</label>
              <select
                id={`${id}-top`}
                ref={topList}
                value={topId}
                aria-invalid={control['aria-invalid']}
                onChange={(event) => {
                  setTopId(event.target.value);
                  setPartId('');
                }}
              >
                <option value="">{t.adminAreaChoose}</option>
                {tops.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </select>
            </div>
            {top && top.children.length > 0 && (
              <div className="admin-area-list">
                <label htmlFor={`${id}-part`}>{t.adminAreaPart}</label>
                <select
                  id={`${id}-part`}
                  value={partId}
                  onChange={(event) => setPartId(event.target.value)}
                >
                  <option value="">{t.adminAreaWhole(top.name)}</option>
                  {top.children.toSorted(byName).map((area) => (
                    <option key={area.id} value={area.id}>
                      {area.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button type="button" className="form-secondary" onClick={add} disabled={!top}>
              {t.adminAreaAdd}
            </button>
          </div>
        </>
      )}
    </Field>
  );
}
