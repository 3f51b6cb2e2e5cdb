/**
 * Every address of the client: the patterns `App` matches a path against (`router.match`) and
 * the functions that give a page's or a record's address. No other module writes a path.
 */
export const PATTERNS = {
  start: '/',
  map: '/map',
  geo: '/geo',
  actor: '/actors/:slug',
  forum: '/forums/:slug',
  strategy: '/strategies/:slug',
  person: '/people/:slug',
  area: '/areas/:code',
  review: '/reviews/:id',
  search: '/search',
  signIn: '/sign-in',
  invitation: '/invitation',
  account: '/account',
  adminUsers: '/admin/users',
  adminTokens: '/admin/tokens',
  adminWebhooks: '/admin/webhooks',
  adminWebhook: '/admin/webhooks/:id',
  about: '/about',
  accessibility: '/accessibility',
  sources: '/sources',
  sourceNew: '/sources/new',
  source: '/sources/:id',
  import: '/import',
} as const;

/** A pattern with its one parameter filled in, encoded (a review's ID may hold `/` or `=`). */
const fill = (pattern: string, value: string) => pattern.replace(/:\w+/, encodeURIComponent(value));

export const routes = {
  start: PATTERNS.start,
  map: PATTERNS.map,
  geo: PATTERNS.geo,
  actor: (slug: string) => fill(PATTERNS.actor, slug),
  forum: (slug: string) => fill(PATTERNS.forum, slug),
  strategy: (slug: string) => fill(PATTERNS.strategy, slug),
  person: (slug: string) => fill(PATTERNS.person, slug),
  area: (code: string) => fill(PATTERNS.area, code),
  review: (id: string) => fill(PATTERNS.review, id),
  /** The page of all results for what was typed, of one kind when given. */
  search: (text: string, kind?: string | null) =>
    `${PATTERNS.search}?${new URLSearchParams({ q: text, ...(kind ? { kind } : {}) })}`,
  /** Signing in, then back to `next` (a path of this client). */
  signIn: (next?: string) =>
    next ? `${PATTERNS.signIn}?${new URLSearchParams({ next })}` : PATTERNS.signIn,
  account: PATTERNS.account,
  adminUsers: PATTERNS.adminUsers,
  adminTokens: PATTERNS.adminTokens,
  adminWebhooks: PATTERNS.adminWebhooks,
  /** A webhook's page: it and its deliveries. */
  adminWebhook: (id: string) => fill(PATTERNS.adminWebhook, id),
  about: PATTERNS.about,
  /** The about page's contact section. */
  contact: `${PATTERNS.about}#contact`,
  accessibility: PATTERNS.accessibility,
  sources: PATTERNS.sources,
  sourceNew: PATTERNS.sourceNew,
  import: PATTERNS.import,
  /** A source document's page, opened at a cited passage when given. */
  source: (id: string, passage?: Passage | null) =>
    fill(PATTERNS.source, id) + (passage ? `#${passageAnchor(passage)}` : ''),
};

/** Where a quotation stands in its document's text (the API's `TextPassage`). */
export interface Passage {
  start: number;
  end: number;
}

/** The id of a passage's place on its document's page. */
export const passageAnchor = ({ start, end }: Passage) => `passage-${start}-${end}`;

/** A record with a page of its own, with what its address is made of. */
export type PagedRecord =
  | { __typename: 'Actor' | 'Forum' | 'Strategy' | 'Person'; slug: string }
  | { __typename: 'Area'; code: string }
  | { __typename: 'Review'; id: string };

/** Any record, with whatever of its address the query asked for. */
export interface AnyRecord {
  __typename: string;
  id?: string;
  slug?: string | null;
  code?: string | null;
  strategy?: { slug: string } | null;
  forum?: { slug: string } | null;
}

/** Each type of record that has an address, and how it is made; falsy without its parts. */
const ADDRESSES: Record<string, (record: AnyRecord) => string | null | undefined> = {
  Actor: ({ slug }) => slug && routes.actor(slug),
  Forum: ({ slug }) => slug && routes.forum(slug),
  Strategy: ({ slug }) => slug && routes.strategy(slug),
  Person: ({ slug }) => slug && routes.person(slug),
  Area: ({ code }) => code && routes.area(code),
  Review: ({ id }) => id && routes.review(id),
  // An objective is a part of its strategy's page (the element with its ID), a meeting of its
  // forum's.
  Objective: ({ id, strategy }) => strategy && id && `${routes.strategy(strategy.slug)}#${id}`,
  Meeting: ({ forum }) => forum && routes.forum(forum.slug),
};

/**
 * The address of a record by its `__typename`: always one for a record with a page of its own,
 * else null when the client has no page for it or the query did not ask for its parts.
 */
export function recordUrl(record: PagedRecord): string;
export function recordUrl(record: AnyRecord): string | null;
export function recordUrl(record: AnyRecord): string | null {
  return ADDRESSES[record.__typename]?.(record) || null;
}
