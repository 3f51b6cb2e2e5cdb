import { isWellFormedSecret, newSecret } from './secret';

describe('secrets', () => {
  it('have their prefix, 256 random bits in base 62 and a checksum', () => {
    const secrets = Array.from({ length: 200 }, () => newSecret('svk_'));
    for (const secret of secrets) {
      expect(secret).toMatch(/^svk_[0-9A-Za-z]{49}$/);
      expect(isWellFormedSecret(secret, 'svk_')).toBe(true);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('tell a mistyped or made-up secret by its checksum, offline', () => {
    const secret = newSecret('svk_');
    const flipped = secret.slice(0, 10) + (secret[10] === 'a' ? 'b' : 'a') + secret.slice(11);
    expect(isWellFormedSecret(flipped, 'svk_')).toBe(false);
    expect(isWellFormedSecret(secret.slice(0, -1), 'svk_')).toBe(false);
    expect(isWellFormedSecret(secret, 'svs_')).toBe(false);
    expect(isWellFormedSecret(`svk_${'A'.repeat(49)}`, 'svk_')).toBe(false);
    expect(isWellFormedSecret(`svk_${'-'.repeat(49)}`, 'svk_')).toBe(false);
  });
});
