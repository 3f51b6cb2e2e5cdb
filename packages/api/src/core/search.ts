import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { paginate, type PageRequest } from './relay/pagination';

/**
 * Turns what a person types into a PostgreSQL tsquery for type-ahead: every word must match, the
 * last one (or each) as a prefix. Words are matched both stemmed (`swedish`) and as written
 * (`simple`, so short names like "MIUN" or "RUS" match exactly). Only letters and digits reach
 * the query, so user input can never be tsquery syntax.
 */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** SQL for "vector matches all terms as prefixes"; terms are bound as parameters :t0, :t1, … */
export function prefixMatchSql(vector: string, terms: string[]): [string, Record<string, string>] {
  const parameters: Record<string, string> = {};
  const clauses = terms.map((term, index) => {
    parameters[`t${index}`] = `${term}:*`;
    return `${vector} @@ (to_tsquery('swedish', :t${index}) || to_tsquery('simple', :t${index}))`;
  });
  return [clauses.join(' AND '), parameters];
}

/**
 * The usual list of named records: narrowed by `search` over the `<alias>.search` tsvector,
 * ordered by name then id, paged with cursors.
 */
export function searchedByName<E extends ObjectLiteral & { name: string; id: string }>(
  query: SelectQueryBuilder<E>,
  alias: string,
  search: string | null | undefined,
  page: PageRequest,
) {
  const terms = searchTerms(search ?? '');
  if (terms.length > 0) query.andWhere(...prefixMatchSql(`${alias}.search`, terms));
  return paginate(query, page, [
    { column: `${alias}.name`, property: 'name', direction: 'ASC' },
    { column: `${alias}.id`, property: 'id', direction: 'ASC' },
  ]);
}
