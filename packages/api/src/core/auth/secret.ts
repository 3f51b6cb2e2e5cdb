import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Random characters of a secret: 43 in base 62 hold 256 bits. */
const RANDOM_LENGTH = 43;
/** The checksum's characters: a CRC-32 in base 62. */
const CHECKSUM_LENGTH = 6;

const base62 = (value: number, length: number) => {
  let text = '';
  for (let rest = value; text.length < length; rest = Math.floor(rest / 62)) {
    text = BASE62[rest % 62] + text;
  }
  return text;
};

const checksumOf = (random: string) => base62(crc32(random), CHECKSUM_LENGTH);

/**
 * A new secret: `prefix` (which says what it is: `svk_` an API token, `svs_` a session, `svi_`
 * an invitation), 43 random characters in base 62 (256 bits) and a CRC-32 of them (6
 * characters), as GitHub's tokens have: a secret scanner tells a real secret from a look-alike
 * offline, and the API refuses a mistyped one without asking the database. Shown once; the
 * database keeps only `hashOfSecret`.
 */
export function newSecret(prefix: string): string {
  let random = '';
  while (random.length < RANDOM_LENGTH) random += BASE62[randomInt(62)];
  return `${prefix}${random}${checksumOf(random)}`;
}

/** Whether `secret` has the form `newSecret` gives with `prefix`, its checksum right. */
export function isWellFormedSecret(secret: string, prefix: string): boolean {
  const rest = secret.slice(prefix.length);
  if (!secret.startsWith(prefix) || rest.length !== RANDOM_LENGTH + CHECKSUM_LENGTH) return false;
  if (![...rest].every((character) => BASE62.includes(character))) return false;
  return checksumOf(rest.slice(0, RANDOM_LENGTH)) === rest.slice(RANDOM_LENGTH);
}

/**
 * What the database keeps of a secret: its SHA-256, hex. A fast hash is enough for 256 random
 * bits (nothing to guess); passwords, which people choose, are hashed with argon2id instead.
 */
export function hashOfSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
