/**
 * The kinds of record `search` looks through: one entry each. To make another kind searchable,
 * give its table a generated `search` tsvector with a GIN index `<table>_search_idx` (a
 * migration) and add an entry here; the GraphQL enum `SearchType`, the SQL and the plan test
 * follow from this list.
 *
 * SQL in an entry is written over the alias `t` (the kind's table).
 */
export interface SearchableKind {
  /** The `SearchType` value. */
  kind: string;
  /** What the value covers, for the GraphQL enum. */
  description: string;
  /** The node type a hit is, as the node registry and the audit log name it. */
  nodeType: string;
  /** The table; it has `id`, a generated `search` tsvector and `<table>_search_idx` (GIN). */
  table: string;
  /** The hit's title. */
  title: string;
  /** Names that count as an exact hit when the whole query equals one of them (any case). */
  names: string[];
  /**
   * The text a snippet may be cut from, as the search vector indexes it: the configuration that
   * parses it and its weight there (A names and short names, B subtitles, C descriptions).
   */
  fields: { sql: string; config: 'swedish' | 'simple'; weight: 'A' | 'B' | 'C' | 'D' }[];
  /** Which rows are searched at all; every row when left out. */
  where?: string;
}

const NAME = { sql: 't.name', config: 'swedish', weight: 'A' } as const;
const SHORT_NAME = { sql: 't.short_name', config: 'simple', weight: 'A' } as const;
const DESCRIPTION = { sql: 't.description', config: 'swedish', weight: 'C' } as const;

export const SEARCHABLE_KINDS = [
  {
    kind: 'ACTOR',
    description: 'Organisations, by name, short name and description; archived ones are left out.',
    nodeType: 'Actor',
    table: 'actor',
    title: 't.name',
    names: ['t.name', 't.short_name'],
    fields: [NAME, SHORT_NAME, DESCRIPTION],
    where: 't.archived_at IS NULL',
  },
  {
    kind: 'PERSON',
    description: 'People, by name.',
    nodeType: 'Person',
    table: 'person',
    title: 't.name',
    names: ['t.name'],
    fields: [{ sql: 't.name', config: 'simple', weight: 'A' }],
  },
  {
    kind: 'FORUM',
    description: 'Forums, by name, short name and description.',
    nodeType: 'Forum',
    table: 'forum',
    title: 't.name',
    names: ['t.name', 't.short_name'],
    fields: [NAME, SHORT_NAME, DESCRIPTION],
  },
  {
    kind: 'STRATEGY',
    description: 'Strategies and programmes, by name, short name and description.',
    nodeType: 'Strategy',
    table: 'strategy',
    title: 't.name',
    names: ['t.name', 't.short_name'],
    fields: [NAME, SHORT_NAME, DESCRIPTION],
  },
  {
    kind: 'OBJECTIVE',
    description: 'Objectives of strategies, by code, title and description.',
    nodeType: 'Objective',
    table: 'objective',
    title: "t.code || ' ' || t.title",
    names: ['t.title', 't.code'],
    fields: [
      { sql: 't.title', config: 'swedish', weight: 'A' },
      { sql: 't.code', config: 'simple', weight: 'A' },
      DESCRIPTION,
    ],
  },
  {
    kind: 'TOPIC',
    description: 'Topics, by name and description.',
    nodeType: 'Topic',
    table: 'topic',
    title: 't.name',
    names: ['t.name'],
    fields: [NAME, DESCRIPTION],
  },
  {
    kind: 'MEETING',
    description: 'Meetings of forums, by title and theme.',
    nodeType: 'Meeting',
    table: 'meeting',
    title: 't.title',
    names: ['t.title'],
    fields: [
      { sql: 't.title', config: 'swedish', weight: 'A' },
      { sql: 't.theme', config: 'swedish', weight: 'B' },
    ],
  },
  {
    kind: 'REVIEW_FINDING',
    description: 'Findings of reviews, by title and text.',
    nodeType: 'ReviewFinding',
    table: 'review_finding',
    title: 't.title',
    names: ['t.title'],
    fields: [
      { sql: 't.title', config: 'swedish', weight: 'A' },
      { sql: 't.text', config: 'swedish', weight: 'C' },
    ],
  },
] as const satisfies readonly SearchableKind[];

export type SearchKind = (typeof SEARCHABLE_KINDS)[number]['kind'];
export const SEARCH_KINDS = SEARCHABLE_KINDS.map((entry) => entry.kind);
