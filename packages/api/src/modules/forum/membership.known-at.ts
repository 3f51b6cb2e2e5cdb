import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { knownRows } from '../../core/db/known-rows';

const KNOWN_MEMBERSHIPS = knownRows('ForumMembership', 'forum_membership', ':knownAt');
const KNOWN_PERIODS = `SELECT * FROM attribute_period_known_at(CAST(:knownAt AS timestamptz),
  ARRAY['ForumMembership'])`;

/**
 * Makes `query` read the memberships, and the periods of their representatives, as the register
 * said them at `knownAt` (an ISO instant; null: as it says now): CTEs named as the tables stand
 * in for them in the same statement.
 */
export function membershipsKnownAt<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  knownAt: string | null | undefined,
): SelectQueryBuilder<T> {
  if (!knownAt) return query;
  return query
    .addCommonTableExpression(KNOWN_MEMBERSHIPS, 'forum_membership')
    .addCommonTableExpression(KNOWN_PERIODS, 'attribute_period')
    .setParameter('knownAt', knownAt);
}
