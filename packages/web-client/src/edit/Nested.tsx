import type { ErrorWords, Refusal } from '../components/Form';
import { useT, wordFor } from '../i18n';
import { valuesOf, type FieldSpec, type Value, type Values } from './fields';
import { FieldInput } from './FieldInput';

/**
 * The user errors about what lies at `path` below the input (`["sources", "0"]`), as if its parts
 * were the form's fields: `["input", "sources", "0", "quote"]` becomes `["input", "quote"]`. An
 * empty path keeps the errors about the fields themselves, not their parts.
 */
export function only(refusal: Refusal, path: readonly string[]): Refusal {
  const at = ['input', ...path];
  const below = (field: readonly string[]) =>
    path.length === 0
      ? field.length <= 2
      : field.length > at.length && at.every((part, index) => String(field[index]) === part);
  return {
    failure: path.length === 0 ? refusal.failure : null,
    errors: refusal.errors
      .filter((error) => below(error.field))
      .map((error) =>
        path.length === 0 ? error : { ...error, field: ['input', ...error.field.slice(at.length)] },
      ),
  };
}

/** The parts of one nested input (a mandate's text and reference, a source's passage). */
export function NestedInputs({
  parts,
  values,
  onChange,
  refusal,
  words,
}: {
  parts: readonly FieldSpec[];
  values: Values;
  onChange: (values: Values) => void;
  refusal: Refusal;
  words: ErrorWords;
}) {
  return (
    <div className="edit-grid edit-nested">
      {parts.map((part) => (
        <FieldInput
          key={part.name}
          field={part}
          value={values[part.name]}
          onChange={(value: Value) => onChange({ ...values, [part.name]: value })}
          refusal={refusal}
          words={words}
        />
      ))}
    </div>
  );
}

/** A list of nested inputs (sources, presenters): each numbered, removable, and one more added. */
export function NestedList({
  field,
  items,
  onChange,
  refusal,
  words,
}: {
  field: Extract<FieldSpec, { kind: 'list' }>;
  items: Values[];
  onChange: (items: Values[]) => void;
  refusal: Refusal;
  words: ErrorWords;
}) {
  const { t } = useT();
  const item = wordFor(t.editFields, field.item) ?? field.item;
  return (
    <>
      {items.map((values, index) => (
        <fieldset key={index} className="edit-item">
          <legend>{`${item} ${index + 1}`}</legend>
          <NestedInputs
            parts={field.parts}
            values={values}
            onChange={(next) => onChange(items.map((old, at) => (at === index ? next : old)))}
            refusal={only(refusal, [field.name, String(index)])}
            words={words}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            {t.editRemove(`${item.toLowerCase()} ${index + 1}`)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="form-secondary edit-add-item"
        onClick={() => onChange([...items, valuesOf(field.parts, {})])}
      >
        {t.editAddItem(item.toLowerCase())}
      </button>
    </>
  );
}
