import { Field, type ErrorWords, type Refusal } from '../components/Form';
import { useT, wordFor } from '../i18n';
import type { FieldSpec, Ref, Value } from './fields';
import { Chosen, Picker } from './Picker';

/** The words a field is labelled with, by its name (the API's input field). */
export function useFieldLabel() {
  const { t } = useT();
  return (name: string) => wordFor(t.editFields, name) ?? name;
}

/**
 * One field of a record's form, labelled, with its hint and the API's user errors under it: a
 * text input, a text area, a list of lines, a select of the API's values, a checkbox, or a
 * search for one record (`ref`, choosing again replaces it) or several (`refs`).
 */
export function FieldInput({
  field,
  value,
  onChange,
  refusal,
  words,
}: {
  field: FieldSpec;
  value: Value;
  onChange: (value: Value) => void;
  refusal: Refusal;
  words: ErrorWords;
}) {
  const { t, label } = useT();
  const fieldLabel = useFieldLabel();
  const hint =
    field.kind === 'date'
      ? t.editDateHint
      : field.kind === 'lines'
        ? t.editLinesHint
        : field.kind === 'ref' || field.kind === 'refs'
          ? t.editSearchHint
          : undefined;
  return (
    <Field
      label={fieldLabel(field.name) + (field.required ? ' *' : '')}
      name={field.name}
      refusal={refusal}
      hint={hint}
      words={words}
    >
      {(control) => {
        switch (field.kind) {
          case 'textarea':
          case 'lines':
            return (
              <textarea
                {...control}
                rows={field.kind === 'lines' ? 4 : 3}
                value={field.kind === 'lines' ? (value as string[]).join('\n') : (value as string)}
                onChange={(event) =>
                  onChange(
                    field.kind === 'lines' ? event.target.value.split('\n') : event.target.value,
                  )
                }
              />
            );
          case 'enum':
            return (
              <select
                {...control}
                value={(value as string | null) ?? ''}
                onChange={(event) => onChange(event.target.value || null)}
              >
                {field.required ? null : <option value="">{t.editNone}</option>}
                {field.values.map((option) => (
                  <option key={option} value={option}>
                    {label(option)}
                  </option>
                ))}
              </select>
            );
          case 'boolean':
            return (
              <input
                {...control}
                type="checkbox"
                className="edit-checkbox"
                checked={value === true}
                onChange={(event) => onChange(event.target.checked)}
              />
            );
          case 'ref': {
            const chosen = value as Ref | null;
            return (
              <>
                <Chosen refs={chosen ? [chosen] : []} onRemove={() => onChange(null)} />
                <Picker control={control} kind={field.search} onChoose={onChange} />
              </>
            );
          }
          case 'refs': {
            const chosen = value as Ref[];
            return (
              <>
                <Chosen
                  refs={chosen}
                  onRemove={(ref) => onChange(chosen.filter((other) => other.id !== ref.id))}
                />
                <Picker
                  control={control}
                  kind={field.search}
                  exclude={chosen}
                  onChoose={(ref) => onChange([...chosen, ref])}
                />
              </>
            );
          }
          default:
            return (
              <input
                {...control}
                type="text"
                inputMode={field.kind === 'date' ? 'numeric' : undefined}
                value={value as string}
                onChange={(event) => onChange(event.target.value)}
              />
            );
        }
      }}
    </Field>
  );
}
