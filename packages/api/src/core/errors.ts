/**
 * Domain errors. Services throw these; they know nothing of GraphQL. The GraphQL edge maps them:
 * `ValidationFailed` becomes a payload's `userErrors`, the others become top-level errors with an
 * `extensions.code` (see core/graphql/format-error.ts).
 */

export const USER_ERROR_CODES = [
  'REQUIRED',
  'INVALID',
  'TOO_LONG',
  'TAKEN',
  'NOT_FOUND',
  'STALE_VERSION',
  'ARCHIVED',
  'CYCLE',
  'INVALID_PERIOD',
  'OVERLAPPING_PERIOD',
  'WRONG_KIND',
  'ENDED',
  'REFERENCE_DATA',
  'CREDENTIALS',
  'THROTTLED',
  'EXPIRED',
  'LAST_ADMIN',
  'FORBIDDEN',
  'IN_PROGRESS',
  'KEY_REUSED',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** One problem with one input field; `field` is the path from the input object's root. */
export interface FieldError {
  field: string[];
  code: UserErrorCode;
  message: string;
}

export abstract class DomainError extends Error {
  override name = this.constructor.name;
}

/** The input cannot be accepted; nothing has been written. */
export class ValidationFailed extends DomainError {
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }
}

/**
 * Reports a refusal about the input field `from` on `to` instead: for inputs that name the record
 * they change otherwise than `id` (`agendaReorder(input: { meeting })`). Other errors pass as they are.
 */
export function reportedOn(error: unknown, from: string, to: string): unknown {
  if (!(error instanceof ValidationFailed)) return error;
  return new ValidationFailed(
    error.errors.map((e) => (e.field[0] === from ? { ...e, field: [to, ...e.field.slice(1)] } : e)),
  );
}

/** A query argument is out of range or malformed (maps to BAD_USER_INPUT). */
export class InvalidArgument extends DomainError {
  constructor(
    public readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/** The caller did not say who they are, or the token is unknown (maps to UNAUTHENTICATED). */
export class Unauthenticated extends DomainError {}

/** The caller is known but may not do this (maps to FORBIDDEN). */
export class Forbidden extends DomainError {}

/** Collects field errors during validation, then throws them all at once. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(field: string | string[], code: UserErrorCode, message: string): this {
    this.errors.push({ field: Array.isArray(field) ? field : [field], code, message });
    return this;
  }

  has(field: string): boolean {
    return this.errors.some((e) => e.field[0] === field);
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (!this.isEmpty) throw new ValidationFailed([...this.errors]);
  }
}
