import type { RelationToCiteFragment, RelationsToCiteQuery, SearchKind } from '@samverkan/schema';

/** The relations a passage can be cited for, by their type name. */
export type RelationTypename = 'ForumMembership' | 'Position' | 'Responsibility';

/** A relation as the picker lists it: one of the kinds above, named by its ends. */
export type RelationToCite = Extract<RelationToCiteFragment, { __typename: RelationTypename }>;

/**
 * Each relation by the records it is found from (the API's search kinds of its ends: a membership
 * from its member, its forum or a person representing the member) and which of the document's
 * lists (`RelationsToCite`'s `@include` flags) hold it.
 */
export const RELATIONS: Readonly<
  Record<
    RelationTypename,
    { holders: SearchKind[]; list: 'memberships' | 'positions' | 'responsibilities' }
  >
> = {
  ForumMembership: { holders: ['ACTOR', 'FORUM', 'PERSON'], list: 'memberships' },
  Position: { holders: ['PERSON', 'ACTOR'], list: 'positions' },
  Responsibility: {
    holders: ['ACTOR', 'PERSON', 'FORUM', 'STRATEGY', 'OBJECTIVE', 'AREA', 'TOPIC'],
    list: 'responsibilities',
  },
};

export const isRelation = (typename: string): typename is RelationTypename =>
  Object.hasOwn(RELATIONS, typename);

/** The variables that ask for one kind of relation of a record, on a day (today when null). */
export function relationVariables(typename: RelationTypename, id: string, asOf: string | null) {
  const { list } = RELATIONS[typename];
  return {
    id,
    asOf: asOf ?? undefined,
    memberships: list === 'memberships',
    positions: list === 'positions',
    responsibilities: list === 'responsibilities',
  };
}

/**
 * The relations of that kind in the answer, each once (a forum's memberships as a member and
 * those in it are two lists; a record of another type has none).
 */
export function relationsIn(
  node: RelationsToCiteQuery['node'],
  typename: RelationTypename,
): RelationToCite[] {
  const lists = Object.values(node ?? {}).filter(Array.isArray) as RelationToCiteFragment[][];
  const ofKind = lists
    .flat()
    .filter((relation): relation is RelationToCite => relation.__typename === typename);
  return [...new Map(ofKind.map((relation) => [relation.id, relation])).values()];
}
