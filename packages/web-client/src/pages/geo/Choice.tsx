import { setParams } from '../../router';

/**
 * Radio buttons for a query parameter, one per choice; the first choice is the default, which
 * the URL leaves out.
 */
export function Choice<T extends string>({
  legend,
  name,
  value,
  choices,
}: {
  legend: string;
  name: string;
  value: T;
  choices: readonly (readonly [value: T, label: string])[];
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map(([choice, label], i) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            checked={value === choice}
            onChange={() => setParams({ [name]: i === 0 ? null : choice })}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
