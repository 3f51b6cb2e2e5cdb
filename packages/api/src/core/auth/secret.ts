import { createHash, randomBytes } from 'node:crypto';

/**
 * A new secret: `prefix` (which says what it is, so secret scanners can spot a leaked one) and
 * 32 random bytes, URL-safe. Shown once; the database keeps only `hashOfSecret`.
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * What the database keeps of a secret: its SHA-256, hex. A fast hash is enough for 256 random
 * bits (nothing to guess); passwords, which people choose, are hashed with argon2id instead.
 */
export function hashOfSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
