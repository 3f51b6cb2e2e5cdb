import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Turns what a person types into a PostgreSQL tsquery for type-ahead: every word must match, the
 * last one (or each) as a prefix. Words are matched both stemmed (`swedish`) and as written
 * (`simple`, so short names like "MIUN" or "RUS" match exactly). Only letters and digits reach
 * the query, so user input can never be tsquery syntax.
 */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/**
 * The tsquery of one term bound as `placeholder`: its prefix stemmed or as written. The Swedish
 * stem of a word is always a prefix of it, so the stemmed prefix finds every word the written one
 * does; the written one is needed only where the stem is empty (stop words such as "och"). Asking
 * for one, not both, keeps the GIN index's work (and its estimated cost) down.
 */
const termQuery = (placeholder: string) =>
  `(CASE WHEN numnode(to_tsquery('swedish', ${placeholder})) > 0
     THEN to_tsquery('swedish', ${placeholder}) ELSE to_tsquery('simple', ${placeholder}) END)`;

/** A term as a prefix query's value: `"läns"` → `"läns:*"`. */
const prefixOf = (term: string) => `${term}:*`;

export interface TypeAheadQuery {
  /** A tsquery every record found must match. */
  all: string;
  /** A tsquery matching any of the words, for highlighting. */
  any: string;
  /** The values to bind, in the order of the placeholders' indexes. */
  values: string[];
}

/**
 * The type-ahead tsquery over `terms` (from `searchTerms`): every term as a prefix, stemmed or as
 * written; two neighbouring terms may also be one word typed apart ("läns part" finds
 * "Länspartnerskapet"). Values are bound where `placeholder(index)` says (`:t0`, `$1` …).
 */
export function typeAheadQuery(
  terms: string[],
  placeholder: (index: number) => string,
): TypeAheadQuery {
  const joined = terms.slice(1).map((term, index) => terms[index] + term);
  const values = [...terms, ...joined].map(prefixOf);
  const term = (index: number) => termQuery(placeholder(index));
  const every = (indexes: number[]) => `(${indexes.map(term).join(' && ')})`;
  const plain = terms.map((_, index) => index);
  const runTogether = joined.map((_, pair) => [
    ...plain.slice(0, pair),
    terms.length + pair,
    ...plain.slice(pair + 2),
  ]);
  return {
    all: `(${[plain, ...runTogether].map(every).join(' || ')})`,
    any: `(${values.map((_, index) => term(index)).join(' || ')})`,
    values,
  };
}

/** SQL for "vector matches all terms as prefixes"; terms are bound as parameters :t0, :t1, … */
export function prefixMatchSql(vector: string, terms: string[]): [string, Record<string, string>] {
  const query = typeAheadQuery(terms, (index) => `:t${index}`);
  const parameters = Object.fromEntries(query.values.map((value, index) => [`t${index}`, value]));
  return [`${vector} @@ ${query.all}`, parameters];
}

/** Narrows `query` to the records whose `<alias>.search` tsvector matches what a person typed. */
export function whereSearched<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
  search: string | null | undefined,
): SelectQueryBuilder<E> {
  const terms = searchTerms(search ?? '');
  if (terms.length > 0) query.andWhere(...prefixMatchSql(`${alias}.search`, terms));
  return query;
}
