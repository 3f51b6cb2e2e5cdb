/**
 * The bench's requests as PostGraphile documents: for each, a query over the schema that
 * server.mjs generates from our database, fetching what our web client's document fetches, as
 * nearly as that schema allows. Differences are said at each document; the requests with no fair
 * equivalent are in POSTGRAPHILE_GAPS instead.
 *
 * Shared differences: lists are connections (`{ nodes { … } }`); fields our API computes (`raci`
 * from the role, a meeting's local start time, a follow-up's status, an edge's label) are left to
 * the client, which gets the columns they come from; valid time ("on a day") is a connection
 * filter on `validFrom`/`validTo`, which returns the same rows as our `asOf`.
 */

import type { BenchTargets } from '../targets';

export type RequestName =
  | 'node'
  | 'actorPage'
  | 'forumPage'
  | 'strategyPage'
  | 'personPage'
  | 'areaActors'
  | 'searchLans'
  | 'searchReg'
  | 'searchRegionrad'
  | 'countyMap'
  | 'countryMap';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** PostGraphile's global Node ID of a row: base64 of `["Type","uuid"]`. */
export function postgraphileNodeId(type: string, uuid: string): string {
  return Buffer.from(JSON.stringify([type, uuid]), 'utf8').toString('base64');
}

/** Today in Europe/Stockholm, the day our API takes when `asOf` is left out. */
export function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

const asOf = () => stockholmToday();

/**
 * Valid on `$asOf`: the half-open period [validFrom, validTo) contains the day, a null bound being
 * open — our `daterange(valid_from, valid_to, '[)') @> asOf`, said with the filter plugin.
 */
const VALID_ON = `{
  and: [
    { or: [{ validFrom: { isNull: true } }, { validFrom: { lessThanOrEqualTo: $asOf } }] }
    { or: [{ validTo: { isNull: true } }, { validTo: { greaterThan: $asOf } }] }
  ]
}`;

/** Our CitationParts, for any `<record>Citations` connection (by position, its primary key). */
const CITATIONS = `nodes { quote section source { id title fileName url } }`;

/** Our ResponsibilityRow; `subject` is the one of the five relations that is not null. */
const responsibilityRow = (actorFields = 'id slug name') => `
fragment ResponsibilityRow on Responsibility {
  id role status validFrom validTo
  mandate
  mandateReference
  sources: responsibilityCitations { ${CITATIONS} }
  actor { ${actorFields} }
  person { id slug name }
  strategy { slug name }
  objective { id code title }
  forum { slug name }
  area { code name }
  topic { slug name }
}`;

/** A record's responsibilities on `$asOf`, by role, then start, as our API lists them. */
const RESPONSIBILITIES = `responsibilities(filter: ${VALID_ON}, orderBy: [ROLE_ASC, VALID_FROM_ASC, PRIMARY_KEY_ASC]) {
  nodes { ...ResponsibilityRow }
}`;

/** `node(id:)` of an actor: its type, id, slug and name. */
const node = (t: BenchTargets): GraphQLRequest => ({
  query: `query Node($id: ID!) {
  node(id: $id) { __typename id ... on Actor { slug name } }
}`,
  variables: { id: postgraphileNodeId('Actor', t.actor.id) },
});

/** ActorDetail. `identifiers` are ordered by scheme here too (their primary key starts with it). */
const actorPage = (t: BenchTargets): GraphQLRequest => ({
  query: `query ActorDetail($slug: String!, $asOf: Date!) {
  actor: actorBySlug(slug: $slug) {
    id slug name shortName sector level type website description version
    identifiers: actorIdentifiers { nodes { scheme value: identifier } }
    areas: actorAreas(orderBy: POSITION_ASC) { nodes { area { id code name } } }
    parent { id slug name }
    positions(filter: ${VALID_ON}, orderBy: [VALID_FROM_ASC, TITLE_ASC]) {
      nodes {
        id title validFrom validTo
        person { id slug name }
        sources: positionCitations { ${CITATIONS} }
      }
    }
    memberships: forumMembershipsByMemberActorId(filter: ${VALID_ON}, orderBy: [VALID_FROM_ASC, CREATED_AT_ASC]) {
      nodes {
        id role category validFrom validTo
        forum { id slug name }
        sources: forumMembershipCitations { ${CITATIONS} }
      }
    }
    ${RESPONSIBILITIES}
    sources: actorCitations { ${CITATIONS} }
  }
}
${responsibilityRow()}`,
  variables: { slug: t.actor.slug, asOf: asOf() },
});

/**
 * ForumDetail. Members are ordered by category, role (alphabetically: our API orders roles as
 * listed) and id (ours: by the member's name, which needs a join PostGraphile cannot order by).
 * The member union (Actor | Forum) is the two relations `memberActor` and `memberForum`;
 * `followUp` is a review's open questions with their actions.
 */
const forumPage = (t: BenchTargets): GraphQLRequest => ({
  query: `query ForumDetail($slug: String!, $asOf: Date!) {
  forum: forumBySlug(slug: $slug) {
    id slug name shortName kind status goal purpose version
    convenor { id slug name }
    chair { id slug name }
    parent { id slug name }
    children: childForums(orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { id slug name kind } }
    anchoredIn: forumAnchors(orderBy: POSITION_ASC) { nodes { strategy { id slug name shortName } } }
    members: forumMemberships(filter: ${VALID_ON}, orderBy: [CATEGORY_ASC, ROLE_ASC, PRIMARY_KEY_ASC]) {
      nodes {
        id category role validFrom validTo
        memberActor { id slug name sector }
        memberForum { id slug name }
        representatives: forumMembershipRepresentativesByMembershipId(orderBy: POSITION_ASC) {
          nodes { person { id slug name } }
        }
        sources: forumMembershipCitations { ${CITATIONS} }
      }
    }
    ${RESPONSIBILITIES}
    meetings(orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]) {
      nodes {
        id title theme format startsAt seriesPosition
        agenda: agendaItems(orderBy: POSITION_ASC) {
          nodes {
            id title
            presenters: agendaItemPresenters(orderBy: POSITION_ASC) {
              nodes { title person { id slug name } actor { id slug name } }
            }
          }
        }
      }
    }
    assessments: collaborationAssessments(orderBy: [DATE_ASC, CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
      nodes {
        id date comment
        level: scaleLevel { id name rank }
        scale { id name levels: collaborationLevelsByScaleId(orderBy: RANK_ASC) { nodes { id name rank } } }
      }
    }
    reviews(orderBy: [DATE_ASC, TITLE_ASC, PRIMARY_KEY_ASC]) {
      nodes {
        id title method
        commissionedBy { id slug name }
        findings: reviewFindings(orderBy: POSITION_ASC) { nodes { id title text points } }
        shifts: reviewShifts(orderBy: POSITION_ASC) { nodes { id from: fromText to: toText } }
        followUp: openQuestions(orderBy: POSITION_ASC) {
          nodes {
            id title
            actions(orderBy: [DUE_ASC, TITLE_ASC, PRIMARY_KEY_ASC]) {
              nodes { id title status due owner { id slug name } }
            }
          }
        }
      }
    }
    sources: forumCitations { ${CITATIONS} }
  }
}
${responsibilityRow()}`,
  variables: { slug: t.forum.slug, asOf: asOf() },
});

/**
 * StrategyDetail and RaciMatrix in one document. The matrix is a computation over the
 * responsibilities on the strategy and its objectives on the day, which StrategyDetail already
 * fetches; PostGraphile has no such aggregate, so the document brings those rows (with the
 * actors' short names, which the matrix shows) and the client would count them. Objectives come
 * by position (ours: in tree order, depth first).
 */
const strategyPage = (t: BenchTargets): GraphQLRequest => ({
  query: `query StrategyDetail($slug: String!, $asOf: Date!) {
  strategy: strategyBySlug(slug: $slug) {
    id slug name shortName kind status periodFrom periodTo description
    area { id code name }
    anchoredForums: forumAnchors(orderBy: FORUM_ID_ASC) { nodes { forum { id slug name } } }
    sources: strategyCitations { ${CITATIONS} }
    owner { id slug name }
    implements { id slug name }
    objectives(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) {
      nodes {
        id code title description
        parent: strategyParent { id }
        sources: objectiveCitations { ${CITATIONS} }
        ${RESPONSIBILITIES}
        indicators(orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) {
          nodes {
            id name unit target targetDate baseline baselineDate direction
            sources: indicatorCitations { ${CITATIONS} }
            measurements(orderBy: [DATE_ASC]) { nodes { id date value note } }
          }
        }
      }
    }
    ${RESPONSIBILITIES}
  }
}
${responsibilityRow('id slug name shortName')}`,
  variables: { slug: t.strategy.slug, asOf: asOf() },
});

/**
 * PersonDetail. `representations` are the memberships the person represents, valid on the day:
 * the representative rows filtered through their membership (a relation filter).
 */
const personPage = (t: BenchTargets): GraphQLRequest => ({
  query: `query PersonDetail($slug: String!, $asOf: Date!) {
  person: personBySlug(slug: $slug) {
    id slug name workContact
    positions(filter: ${VALID_ON}, orderBy: [VALID_FROM_ASC, TITLE_ASC]) {
      nodes {
        id title validFrom validTo
        actor { id slug name }
        sources: positionCitations { ${CITATIONS} }
      }
    }
    representations: forumMembershipRepresentatives(filter: { membership: ${VALID_ON} }) {
      nodes {
        membership {
          id role category validFrom validTo
          forum { id slug name kind }
          memberActor { id slug name }
          memberForum { id slug name }
          sources: forumMembershipCitations { ${CITATIONS} }
        }
      }
    }
    ${RESPONSIBILITIES}
    sources: personCitations { ${CITATIONS} }
  }
}
${responsibilityRow()}`,
  variables: { slug: t.person.slug, asOf: asOf() },
});

/**
 * AreaActors: the unarchived actors working in the area or in an area directly within it, by
 * name. Ours walks every level down (a recursive query); for a county, whose municipalities have
 * no areas within them, the two levels here are the same rows.
 */
const areaActors = (t: BenchTargets): GraphQLRequest => ({
  query: `query AreaActors($area: UUID!, $first: Int) {
  actors(
    first: $first
    orderBy: [NAME_ASC, PRIMARY_KEY_ASC]
    filter: {
      archivedAt: { isNull: true }
      actorAreas: {
        some: { or: [{ areaId: { equalTo: $area } }, { area: { parentId: { equalTo: $area } } }] }
      }
    }
  ) {
    totalCount
    nodes { id slug name sector level type }
  }
}`,
  variables: { area: t.county.id, first: 100 },
});

/**
 * Search: the same kinds of record, matched on the same columns, with a case-insensitive
 * "contains" (ILIKE '%…%') instead of our full-text prefix match, which PostGraphile cannot
 * express: close to the same hits for a type-ahead (no stemming, and it also matches inside
 * words). There is no rank or snippet, and no union: up to `first` hits of each kind, by title,
 * where ours returns the `first` best over all kinds.
 */
const SEARCH = `query Search($query: String!, $first: Int) {
  actors(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], filter: {
    archivedAt: { isNull: true }
    or: [{ name: { includesInsensitive: $query } }, { shortName: { includesInsensitive: $query } }, { description: { includesInsensitive: $query } }]
  }) { nodes { __typename id name slug } }
  people(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], filter: { name: { includesInsensitive: $query } }) {
    nodes { __typename id name slug }
  }
  forums(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], filter: {
    or: [{ name: { includesInsensitive: $query } }, { shortName: { includesInsensitive: $query } }, { description: { includesInsensitive: $query } }]
  }) { nodes { __typename id name slug } }
  strategies(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], filter: {
    or: [{ name: { includesInsensitive: $query } }, { shortName: { includesInsensitive: $query } }, { description: { includesInsensitive: $query } }]
  }) { nodes { __typename id name slug } }
  objectives(first: $first, orderBy: [CODE_ASC, PRIMARY_KEY_ASC], filter: {
    or: [{ title: { includesInsensitive: $query } }, { code: { includesInsensitive: $query } }, { description: { includesInsensitive: $query } }]
  }) { nodes { __typename id code title strategy { id slug } } }
  topics(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], filter: {
    or: [{ name: { includesInsensitive: $query } }, { description: { includesInsensitive: $query } }]
  }) { nodes { __typename id name slug } }
  meetings(first: $first, orderBy: [TITLE_ASC, PRIMARY_KEY_ASC], filter: {
    or: [{ title: { includesInsensitive: $query } }, { theme: { includesInsensitive: $query } }]
  }) { nodes { __typename id title forum { id slug } } }
  reviewFindings(first: $first, orderBy: [TITLE_ASC, PRIMARY_KEY_ASC], filter: {
    or: [{ title: { includesInsensitive: $query } }, { text: { includesInsensitive: $query } }]
  }) { nodes { __typename id title } }
}`;

const search = (query: string) => (): GraphQLRequest => ({
  query: SEARCH,
  variables: { query, first: 10 },
});

export const POSTGRAPHILE_REQUESTS: Partial<
  Record<RequestName, (t: BenchTargets) => GraphQLRequest>
> = {
  node,
  actorPage,
  forumPage,
  strategyPage,
  personPage,
  areaActors,
  searchLans: search('läns'),
  searchReg: search('reg'),
  searchRegionrad: search('regionråd'),
};

/** The maps of a county and of the country walk the map's edges from a starting area. */
const WALK =
  "The map around an area is a recursive walk over the map's edges up to a depth from the " +
  'starting node; PostGraphile cannot express recursion without a database function, and ' +
  'fetching a fixed number of hops as nested relations would be a different query, not an ' +
  'approximation of the same rows.';

export const POSTGRAPHILE_GAPS: Partial<Record<RequestName, string>> = {
  countyMap: WALK,
  countryMap: WALK,
};
