import type { SearchKind, UserErrorFieldsFragment } from '@samverkan/schema';

/** A record a field refers to (a parent, an owner, an area), by its ID and name. */
export interface Ref {
  id: string;
  name: string;
}

/** What a form holds for one field. */
export type Value = string | boolean | string[] | Ref | Ref[] | null;

/** The form's values, by the API input's field names. */
export type Values = Record<string, Value>;

/**
 * One field of a record's form, named as the API's input names it (so its user errors, whose
 * path is `["input", name, …]`, show under it): a line of text, several lines, a day, a list of
 * lines (a forum's purpose), one of the API's enum values, a yes/no, or a reference chosen by
 * searching (`ref`) or several (`refs`).
 */
export type FieldSpec = {
  name: string;
  required?: boolean;
  /** Given when the record is made, never changed (a membership's member). */
  createOnly?: boolean;
} & (
  | { kind: 'text' | 'textarea' | 'date' | 'lines' | 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'ref' | 'refs'; search: SearchKind }
);

/** A form's values made from a record as the API gave it (null for what it lacks). */
export function valuesOf(fields: readonly FieldSpec[], record: Record<string, unknown>): Values {
  return Object.fromEntries(
    fields.map((field) => [field.name, (record[field.name] ?? empty(field)) as Value]),
  );
}

/** A field's value when nothing is given. */
export function empty(field: FieldSpec): Value {
  if (field.kind === 'refs' || field.kind === 'lines') return [];
  if (field.kind === 'boolean') return false;
  return field.kind === 'text' || field.kind === 'textarea' || field.kind === 'date' ? '' : null;
}

/** A field's value as the API's input takes it: text trimmed (blank is null), references by ID. */
export function inputOf(field: FieldSpec, value: Value): unknown {
  switch (field.kind) {
    case 'ref':
      return (value as Ref | null)?.id ?? null;
    case 'refs':
      return (value as Ref[]).map((ref) => ref.id);
    case 'lines':
      return (value as string[]).map((line) => line.trim()).filter(Boolean);
    case 'boolean':
      return value === true;
    case 'enum':
      return value || null;
    default:
      return (value as string).trim() || null;
  }
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
