import {
  MembershipsToCiteDocument,
  PositionsToCiteDocument,
  ResponsibilitiesToCiteDocument,
  type RelationToCiteFragment,
  type SearchKind,
} from '@samverkan/schema';

/** The relations a passage can be cited for, by their type name. */
export type RelationTypename = 'ForumMembership' | 'Position' | 'Responsibility';

/** A relation as the picker lists it: one of the kinds above, named by its ends. */
export type RelationToCite = Extract<RelationToCiteFragment, { __typename: RelationTypename }>;

/**
 * Each relation by the records it is found from (the API's search kinds of its ends: a membership
 * from its member, its forum or a person representing the member) and the document that lists a
 * record's relations of that kind.
 */
export const RELATIONS = {
  ForumMembership: { holders: ['ACTOR', 'FORUM', 'PERSON'], document: MembershipsToCiteDocument },
  Position: { holders: ['PERSON', 'ACTOR'], document: PositionsToCiteDocument },
  Responsibility: {
    holders: ['ACTOR', 'PERSON', 'FORUM', 'STRATEGY', 'OBJECTIVE', 'AREA', 'TOPIC'],
    document: ResponsibilitiesToCiteDocument,
  },
} as const satisfies Record<
  RelationTypename,
  { holders: readonly SearchKind[]; document: unknown }
>;

export const isRelation = (typename: string): typename is RelationTypename =>
  Object.hasOwn(RELATIONS, typename);

/**
 * The relations of that kind in the answer, each once (a forum's memberships as a member and
 * those in it are two lists; a record of another type has none).
 */
export function relationsIn(
  node: object | null | undefined,
  typename: RelationTypename,
): RelationToCite[] {
  const lists = Object.values(node ?? {}).filter(Array.isArray) as RelationToCiteFragment[][];
  const ofKind = lists
    .flat()
    .filter((relation): relation is RelationToCite => relation.__typename === typename);
  return [...new Map(ofKind.map((relation) => [relation.id, relation])).values()];
}
