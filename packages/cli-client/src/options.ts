import { InvalidArgumentError, Option, type Command } from 'commander';
import { LANGUAGES } from './enums';

/** `--first 10`: a whole number from 1 to `max`; anything else is a usage error (exit 2). */
export function wholeNumber(max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
      throw new InvalidArgumentError('It must be a whole number of at least 1.');
    }
    if (number > max) throw new InvalidArgumentError(`It must be at most ${max}.`);
    return number;
  };
}

/** `--as-of 2025-01-31`: a day of the calendar, as the API's LocalDate. */
export function day(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(match[0])) {
    throw new InvalidArgumentError('It must be a day as YYYY-MM-DD, e.g. 2025-01-31.');
  }
  return match[0];
}

/**
 * `--since 2025-01-31T08:00:00Z`: an instant, sent as ISO 8601 in UTC. A day alone is its
 * midnight UTC; a time without an offset is the local time.
 */
export function instant(value: string): string {
  const text = value.trim();
  const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(
    text,
  )
    ? Date.parse(text)
    : Number.NaN;
  if (Number.isNaN(time)) {
    throw new InvalidArgumentError(
      'It must be a day or a moment in ISO 8601, e.g. 2025-01-31 or 2025-01-31T08:00:00Z.',
    );
  }
  return new Date(time).toISOString();
}

/**
 * An option whose value is one of `values` (an enum of the schema), given in any case: the
 * message of a wrong one names those allowed. `repeatable` collects every use into a list.
 */
export function choiceOption(
  flags: string,
  description: string,
  values: readonly string[],
  repeatable = false,
): Option {
  return new Option(flags, description)
    .choices(values)
    .argParser<string | string[] | undefined>((value, previous) => {
      const chosen = value.trim().toUpperCase();
      if (!values.includes(chosen)) {
        throw new InvalidArgumentError(`Allowed choices are ${values.join(', ')}.`);
      }
      return repeatable ? [...((previous as string[] | undefined) ?? []), chosen] : chosen;
    });
}

/** `--lang`: the language the API words its summaries of changes in. */
export const langOption = () =>
  choiceOption('--lang <lang>', 'the language of the summaries of changes', LANGUAGES).default(
    'EN',
  );

/** Adds `--json`, the machine-readable form every read command has. */
export function jsonOption(command: Command, what: string): Command {
  return command.option('--json', `print ${what} as JSON instead of a table`);
}

/** Adds `--as-of <day>` (and with `knownAt`, `--known-at <moment>`): the register on a day. */
export function timeOptions(command: Command, knownAt = true): Command {
  command.option('--as-of <day>', 'the day to look at, YYYY-MM-DD (default: today)', day);
  if (knownAt) {
    command.option(
      '--known-at <moment>',
      'what the register said at this moment, e.g. 2025-01-31T08:00:00Z (default: now)',
      instant,
    );
  }
  return command;
}

/** Help that ends with examples: every command shows how it is used. */
export function examples(command: Command, ...lines: string[]): Command {
  const heading = lines.length === 1 ? 'Example' : 'Examples';
  return command.addHelpText(
    'after',
    `\n${heading}:\n${lines.map((line) => `  ${line}`).join('\n')}`,
  );
}
