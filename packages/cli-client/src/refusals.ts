import { CliError } from './client';

/** A refusal of the API: where in the input, which kind, and why. */
export interface Refusal {
  field: string[];
  code: string;
  message: string;
}

/** Refusals as the user's error (exit 1), each with its field: "duplicate: … (INVALID)". */
export function refused(errors: readonly Refusal[]): CliError {
  const lines = errors.map((error) => {
    const field = error.field.slice(1).join('.');
    return `  - ${field ? `${field}: ` : ''}${error.message} (${error.code})`;
  });
  return new CliError(`the Samverkan API refused it:\n${lines.join('\n')}`);
}

/** Throws the payload's refusals, if it has any. */
export function checked<T extends { userErrors: readonly Refusal[] }>(payload: T): T {
  if (payload.userErrors.length > 0) throw refused(payload.userErrors);
  return payload;
}
