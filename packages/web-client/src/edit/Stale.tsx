import { useT } from '../i18n';
import { same, type FieldSpec, type Ref, type Value, type Values } from './fields';
import { useFieldLabel } from './FieldInput';
import type { Loaded } from './kinds';

/** A value as a line of text: an enum's label, a record's name, yes or no, a nested input's parts. */
function useShown() {
  const { t, label } = useT();
  const shown = (field: FieldSpec, value: Value): string => {
    if (field.kind === 'group') return parts(field.parts, value as Values);
    if (field.kind === 'list')
      return (value as Values[]).map((item) => parts(field.parts, item)).join('; ') || '—';
    if (field.kind === 'boolean') return value ? t.editYes : t.editNo;
    if (field.kind === 'enum') return label(value as string | null) || '—';
    if (field.kind === 'ref' || field.kind === 'level' || field.kind === 'factor')
      return (value as Ref | null)?.name ?? '—';
    if (field.kind === 'refs') return (value as Ref[]).map((ref) => ref.name).join(', ') || '—';
    if (field.kind === 'lines') return (value as string[]).filter(Boolean).join(' · ') || '—';
    return (value as string) || '—';
  };
  const parts = (fields: readonly FieldSpec[], values: Values) =>
    fields
      .map((part) => shown(part, values[part.name]))
      .filter((text) => text !== '—')
      .join(' · ') || '—';
  return shown;
}

// A stable callback ref: called once, as the heading appears (not on every render).
const focusOnAppearing = (element: HTMLElement | null) => element?.focus();

/**
 * What changed in the record while the form was open (the API refused the save for a stale
 * version): each field someone else changed, from what the form read to what it is now, beside
 * the user's own value where they changed it too; then keep theirs (saved on the new version) or
 * take the new.
 */
export function Stale({
  fields,
  base,
  draft,
  current,
  onKeep,
  onTake,
}: {
  fields: readonly FieldSpec[];
  base: Values;
  draft: Values;
  current: Loaded;
  onKeep: () => void;
  onTake: () => void;
}) {
  const { t } = useT();
  const fieldLabel = useFieldLabel();
  const shown = useShown();
  const changed = fields.filter(
    (field) => !same(field, base[field.name], current.values[field.name]),
  );
  return (
    <div className="stale">
      <h3 id="stale-heading" tabIndex={-1} ref={focusOnAppearing}>
        {t.editStaleTitle}
      </h3>
      <p>{t.editStaleLead}</p>
      <div className="stale-table" role="region" aria-labelledby="stale-heading" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.editStaleField}</th>
              <th scope="col">{t.editStaleRead}</th>
              <th scope="col">{t.editStaleNow}</th>
              <th scope="col">{t.editStaleYours}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((field) => {
              const name = field.name;
              const yours = same(field, base[name], draft[name]) ? null : draft[name];
              return (
                <tr key={name}>
                  <th scope="row">{fieldLabel(field)}</th>
                  <td>{shown(field, base[name])}</td>
                  <td>{shown(field, current.values[name])}</td>
                  <td>{yours === null ? t.editStaleUnchanged : shown(field, yours)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="edit-buttons">
        <button type="button" className="form-submit" onClick={onKeep}>
          {t.editStaleKeep}
        </button>
        <button type="button" className="form-secondary" onClick={onTake}>
          {t.editStaleTake}
        </button>
      </div>
    </div>
  );
}
