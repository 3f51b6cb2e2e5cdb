import type { SearchKind, UserErrorFieldsFragment } from '@samverkan/schema';

/** A record a field refers to (a parent, an owner, an area), by its ID and name. */
export interface Ref {
  id: string;
  name: string;
}

/** What a form holds for one field: a group's values, or a list's, for the nested inputs. */
export type Value = string | boolean | string[] | Ref | Ref[] | Values | Values[] | null;

/** The form's values, by the API input's field names. */
export type Values = { [name: string]: Value };

/**
 * One field of a record's form, named as the API's input names it (so its user errors, whose
 * path is `["input", name, …]`, show under it): a line of text, several lines, a day, a time
 * (`datetime`: a day and the time of day, in the browser's time zone), a number, a list of lines
 * (a forum's purpose), one of the API's enum values, a yes/no, a reference chosen by searching
 * records of one or several kinds (`ref`) or several references (`refs`), a reference chosen
 * from a list the API gives whole (`level`: a collaboration level; `factor`: a collaboration
 * factor), a rating from 1 to 5 (`rating`), one nested input (`group`: a responsibility's
 * mandate) or a list of them (`list`: sources, presenters, an assessment's factors).
 */
export type FieldSpec = {
  name: string;
  /** The dictionary's word for it where its name alone says too little (a meeting's title). */
  label?: string;
  required?: boolean;
  /** Given when the record is made, never changed (a membership's member). */
  createOnly?: boolean;
} & (
  | { kind: 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'lines' | 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'ref' | 'refs'; search: SearchKind | readonly SearchKind[] }
  | { kind: 'level' | 'factor' | 'rating' }
  | { kind: 'group'; parts: readonly FieldSpec[] }
  /** `item`: the dictionary's word for one of the list. */
  | { kind: 'list'; parts: readonly FieldSpec[]; item: string }
);

/** A form's values made from a record as the API gave it (empty for what it lacks). */
export function valuesOf(fields: readonly FieldSpec[], record: Record<string, unknown>): Values {
  return Object.fromEntries(
    fields.map((field) => [field.name, fromApi(field, record[field.name])]),
  );
}

/** A field's value in the form from the API's: numbers and times as the user types them. */
function fromApi(field: FieldSpec, value: unknown): Value {
  if (value === null || value === undefined) return empty(field);
  switch (field.kind) {
    case 'number':
    case 'rating':
      return String(value);
    case 'datetime':
      return localTime(value as string);
    case 'group':
      return valuesOf(field.parts, value as Record<string, unknown>);
    case 'list':
      return (value as Record<string, unknown>[]).map((item) => valuesOf(field.parts, item));
    default:
      return value as Value;
  }
}

/** A field's value when nothing is given. */
export function empty(field: FieldSpec): Value {
  switch (field.kind) {
    case 'refs':
    case 'lines':
    case 'list':
      return [];
    case 'boolean':
      return false;
    case 'group':
      return valuesOf(field.parts, {});
    case 'enum':
    case 'ref':
    case 'level':
    case 'factor':
      return null;
    default:
      return '';
  }
}

const pad = (part: number) => String(part).padStart(2, '0');

/** An instant as the form shows it: `2025-03-01 09:30`, in the browser's time zone. */
function localTime(instant: string): string {
  const at = new Date(instant);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2})[:.](\d{2})$/;

/** A typed time (`2025-03-01 9:30`) as an instant, or null when it is none. */
function instantOf(text: string): Date | null {
  const match = TIME.exec(text.trim());
  const at = match && new Date(`${match[1]}T${pad(Number(match[2]))}:${match[3]}`);
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

/** A typed number (a decimal comma, spaces between thousands) as one, or NaN. */
const numberOf = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));

/** A field's value as the API's input takes it: text trimmed (blank is null), references by ID. */
export function inputOf(field: FieldSpec, value: Value): unknown {
  switch (field.kind) {
    case 'ref':
    case 'level':
    case 'factor':
      return (value as Ref | null)?.id ?? null;
    case 'rating':
      return value ? Number(value) : null;
    case 'refs':
      return (value as Ref[]).map((ref) => ref.id);
    case 'lines':
      return (value as string[]).map((line) => line.trim()).filter(Boolean);
    case 'boolean':
      return value === true;
    case 'enum':
      return value || null;
    case 'number':
      return (value as string).trim() ? numberOf(value as string) : null;
    case 'datetime':
      return instantOf(value as string)?.toISOString() ?? null;
    case 'group': {
      const input = createInput(field.parts, value as Values);
      return blank(field.parts, value as Values) ? null : input;
    }
    case 'list':
      return (value as Values[])
        .filter((item) => !blank(field.parts, item))
        .map((item) => createInput(field.parts, item));
    default:
      return (value as string).trim() || null;
  }
}

/** Whether the user left every part of a nested input empty. */
const blank = (parts: readonly FieldSpec[], values: Values) =>
  parts.every((part) => same(part, values[part.name], empty(part)));

/**
 * What the API cannot be asked about because GraphQL itself refuses it before any rule runs: a
 * number, a day or a time that is none (`INVALID`: the field's hint gives the form), or a
 * required one left out (`REQUIRED`). At their field, like the API's user errors.
 */
export function unsendable(
  fields: readonly FieldSpec[],
  values: Values,
): UserErrorFieldsFragment[] {
  return fields.flatMap((field) => {
    const text = values[field.name];
    if (typeof text !== 'string' || !['number', 'date', 'datetime'].includes(field.kind)) return [];
    const code = !text.trim()
      ? field.required
        ? 'REQUIRED'
        : null
      : (field.kind === 'number' && Number.isNaN(numberOf(text))) ||
          (field.kind === 'date' && !DAY.test(text.trim())) ||
          (field.kind === 'datetime' && !instantOf(text))
        ? 'INVALID'
        : null;
    return code ? [{ field: ['input', field.name], code, message: code } as const] : [];
  });
}

/** Whether two values of a field say the same to the API. */
export function same(field: FieldSpec, a: Value, b: Value): boolean {
  return JSON.stringify(inputOf(field, a)) === JSON.stringify(inputOf(field, b));
}

/**
 * The input of a new record: every field given a value, and the required ones always (blank
 * text as it is, so that the API answers with its REQUIRED at the field).
 */
export function createInput(fields: readonly FieldSpec[], values: Values) {
  return Object.fromEntries(
    fields
      .map((field) => [field, inputOf(field, values[field.name])] as const)
      .filter(
        ([field, input]) =>
          field.required || (input !== null && !(Array.isArray(input) && input.length === 0)),
      )
      .map(([field, input]) => [field.name, input ?? ''] as const),
  );
}

/** The fields of `draft` that differ from `base`, as the API's update input takes them. */
export function changedInput(fields: readonly FieldSpec[], base: Values, draft: Values) {
  return Object.fromEntries(
    fields
      .filter((field) => !same(field, base[field.name], draft[field.name]))
      .map((field) => [field.name, inputOf(field, draft[field.name])]),
  );
}

/** The API refused the change because the record changed since the form read it. */
export const isStale = (errors: readonly UserErrorFieldsFragment[]) =>
  errors.some((error) => error.code === 'STALE_VERSION');
