import type { EntityManager } from 'typeorm';
import { transactionState } from './db/transaction-memo';
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
  if (options.name && !/[\p{L}\p{N}]/u.test(options.name)) {
    // Whether or not a slug is given: "!!!" names nothing.
    errors.add('name', 'INVALID', 'A name needs at least one letter or digit.');
  } else if (!given && !slug && options.name) {
    errors.add(
      'name',
      'INVALID',
      'No slug can be made from this name (it needs a letter a–z or a digit): give a slug.',
    );
  } else if (given && !SLUG_PATTERN.test(slug)) {
    errors.add('slug', 'INVALID', 'A slug has lower-case letters a–z, digits and single dashes.');
  } else if (slug && !freeSlugsOf(tx, options.table)?.delete(slug)) {
    // A former slug still leads to its record, so no other record may take it.
    const [taken]: { former: boolean }[] = await tx.query(
      `SELECT false AS former FROM ${options.table}
       WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)
       UNION ALL
       SELECT true FROM former_slug
       WHERE record_table = $3 AND slug = $1 AND ($2::uuid IS NULL OR record_id <> $2::uuid)
       LIMIT 1`,
      [slug, options.id, options.table],
    );
    if (taken) {
      errors.add(
        given ? 'slug' : 'name',
        'TAKEN',
        `Another ${options.label} ${taken.former ? 'had' : 'already has'} the slug "${slug}"${taken.former ? ', and links to it still lead there' : ''}${given ? '' : ' made from this name: give a slug of your own'}.`,
      );
    }
  }
  return slug;
}

/**
 * Finds which of `slugs` no record of `table` has or had, in one statement, and keeps them for
 * the rest of `tx`: a bulk write keyed by a thousand slugs then looks none of them up one by one
 * (`isFreeSlug`). A slug leaves the set when a record takes it (`uniqueSlug`, through which every
 * record gets its slug), so the set never claims a slug free that the transaction has taken.
 */
export async function findFreeSlugs(
  tx: EntityManager,
  table: string,
  slugs: string[],
): Promise<void> {
  const data = transactionState(tx);
  if (!data || slugs.length === 0) return;
  const free: { slug: string }[] = await tx.query(
    `SELECT slug FROM unnest($1::text[]) AS given (slug)
      WHERE NOT EXISTS (SELECT FROM ${table} t WHERE t.slug = given.slug)
        AND NOT EXISTS (SELECT FROM former_slug f
                         WHERE f.record_table = $2 AND f.slug = given.slug)`,
    [[...new Set(slugs.map((slug) => slug.trim()))], table],
  );
  const byTable = (data.freeSlugs ??= new Map<string, Set<string>>()) as Map<string, Set<string>>;
  byTable.set(table, new Set(free.map(({ slug }) => slug)));
}

/** Whether `findFreeSlugs` found `slug` free in `tx`, and no record has taken it since. */
export function isFreeSlug(tx: EntityManager, table: string, slug: string): boolean {
  return freeSlugsOf(tx, table)?.has(slug) ?? false;
}

function freeSlugsOf(tx: EntityManager, table: string): Set<string> | undefined {
  const data = transactionState(tx);
  return (data?.freeSlugs as Map<string, Set<string>> | undefined)?.get(table);
}

/**
 * Keeps a record's old slug when it gets a new one, so old links still find it (`recordBySlug`);
 * a slug it takes back is current again, no longer former. `table` is a name from code.
 */
export async function keepFormerSlug(
  tx: EntityManager,
  table: string,
  id: string,
  slugs: { former: string; current: string },
): Promise<void> {
  await tx.query(
    `WITH current AS (DELETE FROM former_slug WHERE record_table = $1 AND slug = $4)
     INSERT INTO former_slug (record_table, slug, record_id) VALUES ($1, $3, $2)
     ON CONFLICT (record_table, slug) DO UPDATE SET record_id = $2, retired_at = now()`,
    [table, id, slugs.former, slugs.current],
  );
}
