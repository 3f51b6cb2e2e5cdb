import { Field, type ErrorWords, type Refusal } from '../components/Form';
import { useT, wordFor } from '../i18n';
import type { Dictionary } from '../i18n/sv';
import type { FieldSpec, Ref, Value, Values } from './fields';
import { FactorChoice, LevelChoice, RatingChoice } from './Choices';
import { NestedInputs, NestedList, only } from './Nested';
import { Chosen, Picker } from './Picker';

/** The words a field is labelled with: its own label's, or its name's (the API's input field). */
export function useFieldLabel() {
  const { t } = useT();
  return (field: Pick<FieldSpec, 'name' | 'label'>) =>
    wordFor(t.editFields, field.label ?? field.name) ?? field.name;
}

/** The hint under a field of a kind that needs one: the form to write it in, or how to choose. */
function hintOf(t: Dictionary, field: FieldSpec): string | undefined {
  switch (field.kind) {
    case 'date':
      return t.editDateHint;
    case 'datetime':
      return t.editTimeHint;
    case 'number':
      return t.editNumberHint;
    case 'lines':
      return t.editLinesHint;
    case 'ref':
    case 'refs':
      return t.editSearchHint;
    default:
      return undefined;
  }
}

/**
 * One field of a record's form, labelled, with its hint and the API's user errors under it: a
 * text input, a text area, a list of lines, a select of the API's values (or of levels, factors
 * or a rating), a checkbox, a
 * search for one record (`ref`, choosing again replaces it) or several (`refs`), or the parts of
 * a nested input (`group`) or of each of a list of them (`list`), in a fieldset.
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
  const nested = field.kind === 'group' || field.kind === 'list';
  return (
    <Field
      label={fieldLabel(field) + (field.required ? ' *' : '')}
      name={field.name}
      // A nested input's parts show their own errors; the fieldset, those about it as a whole.
      refusal={nested ? only(refusal, []) : refusal}
      hint={hintOf(t, field)}
      group={nested}
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
          case 'level':
          case 'factor': {
            const Choice = field.kind === 'level' ? LevelChoice : FactorChoice;
            return (
              <Choice
                control={control}
                value={value as Ref | null}
                required={field.required === true}
                onChange={onChange}
              />
            );
          }
          case 'rating':
            return <RatingChoice control={control} value={value as string} onChange={onChange} />;
          case 'group':
            return (
              <NestedInputs
                parts={field.parts}
                values={value as Values}
                onChange={onChange}
                refusal={only(refusal, [field.name])}
                words={words}
              />
            );
          case 'list':
            return (
              <NestedList
                field={field}
                items={value as Values[]}
                onChange={onChange}
                refusal={refusal}
                words={words}
              />
            );
          default:
            return (
              <input
                {...control}
                type="text"
                inputMode={
                  field.kind === 'date'
                    ? 'numeric'
                    : field.kind === 'number'
                      ? 'decimal'
                      : undefined
                }
                value={value as string}
                onChange={(event) => onChange(event.target.value)}
              />
            );
        }
      }}
    </Field>
  );
}
