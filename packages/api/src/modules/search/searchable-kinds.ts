/**
 * What `search` looks through. A kind of record (`SEARCH_KINDS`, the GraphQL enum `SearchKind`)
 * is found through one or more tables (`SEARCH_SOURCES`): a person by their name and by the
 * titles of their positions. To make another kind searchable, give its table a generated
 * `search` tsvector with a GIN index `<table>_search_idx`, a generated `search_name` (its names
 * folded by `search_fold`) with a trigram index `<table>_search_name_idx` and a generated
 * `search_keys` (see the migration ForgivingSearch), then add the kind and its source here; the
 * enum, the SQL and the plan test follow.
 *
 * SQL in a source is written over the alias `t` (the source's table).
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

/** The text a snippet may be cut from, as the search vector indexes it. */
export interface SearchField {
  sql: string;
  /** The text search configuration that parses it. */
  config: 'search_swedish' | 'search_simple';
  /** Its weight in the vector: A names and short names, B subtitles, C descriptions. */
  weight: 'A' | 'B' | 'C';
}

export interface SearchSource {
  kind: SearchKind;
  /** The node type a hit is, as the node registry and the audit log name it. */
  nodeType: string;
  /** The table: `search`, `search_name` (each with its index) and `search_keys`. */
  table: string;
  /** The found record's id; the table's own `t.id` when left out. */
  id?: string;
  /** The hit's title. */
  title: string;
  fields: SearchField[];
  /** Which rows are searched at all; every row when left out. */
  where?: string;
}

const stemmed = (sql: string, weight: SearchField['weight']) =>
  ({ sql, config: 'search_swedish', weight }) as const;
const written = (sql: string, weight: SearchField['weight']) =>
  ({ sql, config: 'search_simple', weight }) as const;

/** A table of named records: by name, short name (when it has one) and description. */
const named = (
  kind: SearchKind,
  nodeType: string,
  table: string,
  { shortName = false, description = 'description' } = {},
): SearchSource => ({
  kind,
  nodeType,
  table,
  title: 't.name',
  fields: [
    stemmed('t.name', 'A'),
    ...(shortName ? [written('t.short_name', 'A')] : []),
    stemmed(`t.${description}`, 'C'),
  ],
});

/** A table of titled records: by title and a description (or text). */
const titled = (kind: SearchKind, nodeType: string, table: string, text?: string) => ({
  kind,
  nodeType,
  table,
  title: 't.title',
  fields: [stemmed('t.title', 'A'), ...(text ? [stemmed(`t.${text}`, 'C')] : [])],
});

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    ...named('ACTOR', 'Actor', 'actor', { shortName: true }),
    where: 't.archived_at IS NULL',
  },
  {
    kind: 'PERSON',
    nodeType: 'Person',
    table: 'person',
    title: 't.name',
    fields: [written('t.name', 'A')],
  },
  {
    kind: 'PERSON',
    nodeType: 'Person',
    table: 'position',
    id: 't.person_id',
    // A subquery, not a join: the planner would rather read every person for a hash join.
    title: '(SELECT p.name FROM person p WHERE p.id = t.person_id)',
    fields: [stemmed('t.title', 'A')],
  },
  {
    ...named('FORUM', 'Forum', 'forum', { shortName: true }),
    fields: [
      stemmed('t.name', 'A'),
      written('t.short_name', 'A'),
      stemmed("concat_ws(' · ', t.goal, search_lines(t.purpose))", 'B'),
      stemmed('t.description', 'C'),
    ],
  },
  {
    kind: 'AREA',
    nodeType: 'Area',
    table: 'area',
    title: 't.name',
    fields: [stemmed('t.name', 'A'), written('t.code', 'A')],
  },
  named('STRATEGY', 'Strategy', 'strategy', { shortName: true }),
  {
    kind: 'OBJECTIVE',
    nodeType: 'Objective',
    table: 'objective',
    title: "t.code || ' ' || t.title",
    fields: [stemmed('t.title', 'A'), written('t.code', 'A'), stemmed('t.description', 'C')],
  },
  named('INDICATOR', 'Indicator', 'indicator', { description: 'unit' }),
  named('TOPIC', 'Topic', 'topic'),
  {
    ...titled('MEETING', 'Meeting', 'meeting'),
    fields: [stemmed('t.title', 'A'), stemmed('t.theme', 'B')],
  },
  titled('AGENDA_ITEM', 'AgendaItem', 'agenda_item', 'description'),
  {
    kind: 'DECISION',
    nodeType: 'Decision',
    table: 'decision',
    title: 't.text',
    fields: [stemmed('t.text', 'A')],
  },
  titled('ACTION', 'Action', 'action', 'description'),
  {
    ...titled('REVIEW', 'Review', 'review'),
    fields: [
      stemmed('t.title', 'A'),
      stemmed("concat_ws(' · ', t.background, t.goal, t.method)", 'C'),
    ],
  },
  {
    ...titled('REVIEW_FINDING', 'ReviewFinding', 'review_finding'),
    fields: [
      stemmed('t.title', 'A'),
      stemmed("concat_ws(' · ', t.text, search_lines(t.points))", 'C'),
    ],
  },
  titled('SOURCE', 'Source', 'source'),
];

export const SEARCH_KIND_NAMES = Object.keys(SEARCH_KINDS) as SearchKind[];
