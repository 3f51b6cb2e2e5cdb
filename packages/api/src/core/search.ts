import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Turns what a person types into a PostgreSQL tsquery for type-ahead: every word must match, the
 * last one (or each) as a prefix. Words are matched both stemmed (`search_swedish`) and as
 * written (`search_simple`, so short names like "MIUN" or "RUS" match exactly), diacritics
 * folded by both configurations ("lansstyrelsen" finds "Länsstyrelsen"). Only letters and digits
 * reach the query, so user input can never be tsquery syntax.
 */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/**
 * Endings of Swedish definite and plural forms that the Snowball stemmer leaves on ("forumet",
 * "presidiet", "samverkansrådet", "frågan"), longest first. A term is searched without its ending
 * as a prefix, which still finds the form typed: "forumet" finds "forum" and "forumet".
 */
const ENDINGS = ['arna', 'erna', 'orna', 'na', 'et', 'en', 'n'];
/** Letters a term keeps at least when its ending is cut ("sven" stays "sven"). */
const MIN_BASE = 4;

/**
 * A term without its definite or plural ending: "forumet" → "forum"; a consonant doubled before
 * the ending is single again ("programmet" → "program").
 */
export function baseOf(term: string): string {
  const ending = ENDINGS.find((end) => term.endsWith(end) && term.length - end.length >= MIN_BASE);
  return ending ? term.slice(0, -ending.length).replace(/([^aeiouyåäö])\1$/u, '$1') : term;
}

/**
 * The tsquery of one term bound as `placeholder`: the word as written (folded) as a prefix, or
 * its stem as a whole word. Not the stem as a prefix: the stem of what is typed may be shorter
 * than it ("läns" → "lan"), and would find every "land…" too. The stem finds the inflected forms
 * of a word typed whole ("nationella" → "nationell", in descriptions indexed stemmed only).
 */
const prefixQuery = (placeholder: string) =>
  `(to_tsquery('search_simple', ${placeholder} || ':*') || to_tsquery('search_swedish', ${placeholder}))`;

/** The tsquery of one term as a whole word, written or stemmed. */
const wordQuery = (placeholder: string) =>
  `(to_tsquery('search_simple', ${placeholder}) || to_tsquery('search_swedish', ${placeholder}))`;

export interface TypeAheadQuery {
  /** A tsquery every record found must match. */
  all: string;
  /** A tsquery of every term as a whole word, not a prefix. */
  whole: string;
  /** A tsquery matching any of the words, for highlighting. */
  any: string;
  /** The values to bind, in the order of the placeholders' indexes. */
  values: string[];
}

/**
 * The type-ahead tsquery over `terms` (from `searchTerms`): every term (without its definite or
 * plural ending) as a prefix or stemmed; two neighbouring terms may also be one word typed apart
 * ("läns part" finds "Länspartnerskapet"). Values are bound where `placeholder(index)` says
 * (`:t0`, `$1` …).
 */
export function typeAheadQuery(
  typed: string[],
  placeholder: (index: number) => string,
): TypeAheadQuery {
  const terms = typed.map(baseOf);
  const joined = terms.slice(1).map((term, index) => typed[index] + term);
  const values = [...terms, ...joined];
  const prefix = (index: number) => prefixQuery(placeholder(index));
  const every = (indexes: number[]) => `(${indexes.map(prefix).join(' && ')})`;
  const plain = terms.map((_, index) => index);
  const runTogether = joined.map((_, pair) => [
    ...plain.slice(0, pair),
    terms.length + pair,
    ...plain.slice(pair + 2),
  ]);
  return {
    all: `(${[plain, ...runTogether].map(every).join(' || ')})`,
    whole: `(${plain.map((index) => wordQuery(placeholder(index))).join(' && ')})`,
    any: `(${values.map((_, index) => prefix(index)).join(' || ')})`,
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
