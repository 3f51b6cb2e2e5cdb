import type { EntityManager } from 'typeorm';
import type { FieldErrors } from './errors';

/** URL- and shell-friendly identifiers: "Region Jämtland Härjedalen" → "region-jamtland-harjedalen". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * The slug a record gets: the one given, or one made from its name. Reports a malformed slug,
 * and a slug another row of `table` has (on `slug`, or on `name` when it was made from the name).
 * `table` is a name from code, never input.
 */
export async function uniqueSlug(
  tx: EntityManager,
  errors: FieldErrors,
  options: {
    table: string;
    given: string | null | undefined;
    name: string;
    id: string | null;
    label: string;
  },
): Promise<string> {
  const given = options.given?.trim();
  const slug = given || slugify(options.name);
  if (!given && !slug && options.name) {
    errors.add(
      'name',
      'INVALID',
      /[\p{L}\p{N}]/u.test(options.name)
        ? 'No slug can be made from this name (it needs a letter a–z or a digit): give a slug.'
        : 'A name needs at least one letter or digit.',
    );
  } else if (given && !SLUG_PATTERN.test(slug)) {
    errors.add('slug', 'INVALID', 'A slug has lower-case letters a–z, digits and single dashes.');
  } else if (slug) {
    const taken: unknown[] = await tx.query(
      `SELECT 1 FROM ${options.table} WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [slug, options.id],
    );
    if (taken.length > 0) {
      errors.add(
        given ? 'slug' : 'name',
        'TAKEN',
        `Another ${options.label} already has the slug "${slug}"${given ? '' : ' made from this name: give a slug of your own'}.`,
      );
    }
  }
  return slug;
}
