/**
 * What `search` looks through: a kind of record (`SEARCH_KINDS`, the GraphQL enum `SearchKind`)
 * and the node type a hit of it is. The register's tables feed one table, `search_entry`, by
 * triggers (migration SearchEntries): a person is found by their name and by the titles of their
 * positions. To make another kind searchable, give its table a generated `search` tsvector,
 * `search_name` and `search_keys` (see the migration ForgivingSearch) and, in a new migration,
 * triggers that keep its entries (as SearchEntries does); then add the kind here.
 */
export const SEARCH_KINDS = {
  ACTOR:
    'Organisations, by name, short name, initials and description; archived ones are left out.',
  PERSON: 'People, by name and by the titles of their positions ("regionråd").',
  FORUM: 'Forums, by name, short name, initials, goal, purpose and description.',
  AREA: 'Areas (the country, counties, municipalities), by name and code.',
  STRATEGY: 'Strategies and programmes, by name, short name, initials and description.',
  OBJECTIVE: 'Objectives of strategies, by code, title and description.',
  INDICATOR: 'Indicators of objectives, by name and unit.',
  TOPIC: 'Topics, by name, initials and description.',
  MEETING: 'Meetings of forums, by title and theme.',
  AGENDA_ITEM: 'Items on meetings’ agendas, by title and description.',
  DECISION: 'Decisions, by their text.',
  ACTION: 'Actions agreed on, by title and description.',
  REVIEW: 'Reviews of forums, by title, background, goal and method.',
  REVIEW_FINDING: 'Findings of reviews, by title, text and points.',
  SOURCE: 'Source documents, by title.',
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

/** The node type a hit of each kind is, as the node registry and the audit log name it. */
export const SEARCH_NODE_TYPES: Record<SearchKind, string> = {
  ACTOR: 'Actor',
  PERSON: 'Person',
  FORUM: 'Forum',
  AREA: 'Area',
  STRATEGY: 'Strategy',
  OBJECTIVE: 'Objective',
  INDICATOR: 'Indicator',
  TOPIC: 'Topic',
  MEETING: 'Meeting',
  AGENDA_ITEM: 'AgendaItem',
  DECISION: 'Decision',
  ACTION: 'Action',
  REVIEW: 'Review',
  REVIEW_FINDING: 'ReviewFinding',
  SOURCE: 'Source',
};

export const SEARCH_KIND_NAMES = Object.keys(SEARCH_KINDS) as SearchKind[];
