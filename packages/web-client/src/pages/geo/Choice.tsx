import { setParams } from '../../router';

/** The choices of a query parameter: each value and its label, the default first. */
export type Choices<T extends string> = readonly (readonly [value: T, label: string])[];

/** The choice the URL makes for `name`, or the first (the default) when it makes none. */
export function chosen<T extends string>(
  params: URLSearchParams,
  name: string,
  choices: Choices<T>,
): readonly [value: T, label: string] {
  return choices.find(([value]) => value === params.get(name)) ?? choices[0];
}

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
  choices: Choices<T>;
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
