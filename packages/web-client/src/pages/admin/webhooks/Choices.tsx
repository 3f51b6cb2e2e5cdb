import { Field, type Refusal } from '../../../components/Form';

/**
 * A group of checkboxes, named by its legend, for a list of the API's values (none chosen may
 * mean all, as the hint says), with the API's errors for `name` under it.
 */
export function Choices<Value extends string>({
  label,
  name,
  hint,
  values,
  word,
  chosen,
  onChange,
  refusal,
}: {
  label: string;
  name: string;
  hint: string;
  values: readonly Value[];
  word: (value: Value) => string;
  chosen: Value[];
  onChange: (chosen: Value[]) => void;
  refusal: Refusal;
}) {
  const toggle = (value: Value, on: boolean) =>
    onChange(on ? [...chosen, value] : chosen.filter((other) => other !== value));
  return (
    <Field label={label} name={name} hint={hint} refusal={refusal} group>
      {(control) => (
        <ul className="webhook-choices">
          {values.map((value) => (
            <li key={value}>
              <label>
                <input
                  type="checkbox"
                  name={name}
                  value={value}
                  aria-invalid={control['aria-invalid']}
                  checked={chosen.includes(value)}
                  onChange={(event) => toggle(value, event.target.checked)}
                />{' '}
                {word(value)}
              </label>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}
