import { Algorithm, hash, verify } from '@node-rs/argon2';
import type { FieldErrors } from '../../core/errors';

/**
 * At least 15 characters, as NIST SP 800-63B asks of a password that is the only thing a person
 * signs in with; no rules of letter kinds (they make passwords weaker, not stronger). At most 256:
 * hashing a megabyte would be a way to tie up the server.
 */
export const PASSWORD_LENGTH = { min: 15, max: 256 } as const;

/** Adds to `errors` why `password` may not be chosen (under `field`), if it may not. */
export function checkNewPassword(
  errors: FieldErrors,
  field: string,
  password: string,
  email: string | null,
): void {
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min) {
    errors.add(
      field,
      'INVALID',
      `A password needs at least ${PASSWORD_LENGTH.min} characters (a few words make a good one); this one has ${length}.`,
    );
  } else if (length > PASSWORD_LENGTH.max) {
    errors.add(field, 'TOO_LONG', `A password has at most ${PASSWORD_LENGTH.max} characters.`);
  } else if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    errors.add(field, 'INVALID', 'The password may not be your e-mail address.');
  }
}

/**
 * argon2id with the library's defaults (19 MiB, two passes, one lane: OWASP's recommended
 * minimum), in the PHC string format, so stronger parameters later still verify old hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

/**
 * A hash of no one's password, checked when no account has the e-mail address given: signing in
 * then takes as long as with a wrong password, so the time does not tell which addresses exist.
 */
const NOBODY = hashPassword('no account has this password, it only takes the time');

/** Whether `password` is the one `passwordHash` was made from; `null`: no account (see NOBODY). */
export async function passwordMatches(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await NOBODY, password);
    return false;
  }
  return verify(passwordHash, password);
}
