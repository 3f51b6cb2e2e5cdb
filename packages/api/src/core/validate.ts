import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { FieldErrors } from './errors';

/**
 * Reports a required reference that is missing (REQUIRED: a bulk item for a new relation may
 * leave it out) or names no record (NOT_FOUND), at `field`.
 */
export async function requiredRecord(
  tx: EntityManager,
  errors: FieldErrors,
  field: string,
  target: { entity: EntityTarget<ObjectLiteral>; id: string | null | undefined; label: string },
): Promise<void> {
  if (!target.id) errors.add(field, 'REQUIRED', `Give the ${target.label}.`);
  else if (!(await tx.getRepository(target.entity).existsBy({ id: target.id }))) {
    errors.add(field, 'NOT_FOUND', `No ${target.label} has this id.`);
  }
}

/** Trims required text and reports it when blank or too long; returns the trimmed text. */
export function requiredText(
  errors: FieldErrors,
  field: string | string[],
  value: string | null | undefined,
  label: string,
  maxLength = 300,
): string {
  const text = (value ?? '').trim();
  if (!text) errors.add(field, 'REQUIRED', `${label} must not be empty.`);
  else if (text.length > maxLength) {
    errors.add(field, 'TOO_LONG', `${label} may be at most ${maxLength} characters.`);
  }
  return text;
}

/**
 * An ordered list of short texts (themes, bullet points): each trimmed, non-blank and at most
 * `maxLength` long, errors on `<field>.<i>`. A null list is the empty list.
 */
export function requiredTexts(
  errors: FieldErrors,
  field: string,
  values: string[] | null | undefined,
  label: string,
  maxLength = 300,
): string[] {
  return (values ?? []).map((value, index) =>
    requiredText(errors, [field, String(index)], value, label, maxLength),
  );
}

/** Trims optional text to null when blank, and reports it when too long. */
export function optionalText(
  errors: FieldErrors,
  field: string | string[],
  value: string | null | undefined,
  label: string,
  maxLength = 300,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  const text = value.trim();
  if (text.length > maxLength) {
    errors.add(field, 'TOO_LONG', `${label} may be at most ${maxLength} characters.`);
  }
  return text || null;
}

/** A record's optional description: trimmed, null when blank or left out, at most 5000 characters. */
export function optionalDescription(
  errors: FieldErrors,
  description: string | null | undefined,
): string | null {
  return optionalText(errors, 'description', description, 'The description', 5000) ?? null;
}

export function optionalUrl(
  errors: FieldErrors,
  field: string | string[],
  value: string | null | undefined,
): string | null | undefined {
  if (value === undefined || value === null || value.trim() === '') return value && null;
  const text = value.trim();
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    ok = false;
  }
  if (!ok)
    errors.add(field, 'INVALID', 'Give a full web address starting with https:// or http://.');
  return text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The days the register accepts (inclusive). Nothing it records needs an earlier or a later day,
 * and PostgreSQL cannot hold some days a date scalar accepts (it has no year 0).
 */
export const EARLIEST_DAY = '1800-01-01';
export const LATEST_DAY = '2200-12-31';
export const DAY_RANGE = `Give a day from ${EARLIEST_DAY} to ${LATEST_DAY}.`;

export function optionalDate(
  errors: FieldErrors,
  field: string | string[],
  value: string | null | undefined,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  const valid =
    ISO_DATE.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) errors.add(field, 'INVALID', 'Give a date as YYYY-MM-DD.');
  else if (value < EARLIEST_DAY || value > LATEST_DAY) {
    errors.add(field, 'INVALID', DAY_RANGE);
  }
  return value;
}

/** Drops the keys a client left out, so `{ ...before, ...definedOnly(changes) }` keeps them. */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** `input` without `keys`, e.g. the fields of a mutation's input whose ids a resolver decoded. */
export function omit<T extends object, K extends keyof T>(
  input: T,
  keys: readonly K[],
): Omit<T, K> {
  const rest: Partial<T> = { ...input };
  for (const key of keys) delete rest[key];
  return rest as Omit<T, K>;
}
