import { toGlobalId } from '../src/core/relay/global-id';
import { operation } from './documents';
import type { BenchTargets } from './targets';

/** A GraphQL request: the document's text and its variables. */
export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
}

/** One request the benchmark measures, as our web client sends it. */
export interface BenchRequest {
  name: string;
  description: string;
  body: (targets: BenchTargets) => GraphQLBody;
}

const document = (name: string, variables: (t: BenchTargets) => Record<string, unknown>) => {
  const query = operation(name);
  return (targets: BenchTargets) => ({ query, variables: variables(targets) });
};

const search = (text: string): BenchRequest => ({
  name: `search${text[0].toUpperCase()}${text.slice(1).normalize('NFD').replace(/\p{M}/gu, '')}`,
  description: `search type-ahead "${text}" (Search, first 12)`,
  body: document('Search', () => ({ query: text, first: 12 })),
});

const NODE = `query Node($id: ID!) {
  node(id: $id) { __typename id ... on Actor { slug name sector level type } }
}`;

export const REQUESTS: BenchRequest[] = [
  {
    name: 'node',
    description: 'node(id:) of an actor',
    body: (t) => ({ query: NODE, variables: { id: toGlobalId('Actor', t.actor.id) } }),
  },
  {
    name: 'actorPage',
    description: 'an actor page (ActorDetail)',
    body: document('ActorDetail', (t) => ({ slug: t.actor.slug })),
  },
  {
    name: 'forumPage',
    description: 'a forum page with about 50 members (ForumDetail)',
    body: document('ForumDetail', (t) => ({ slug: t.forum.slug })),
  },
  {
    name: 'strategyPage',
    description: 'a strategy page (StrategyDetail)',
    body: document('StrategyDetail', (t) => ({ slug: t.strategy.slug })),
  },
  {
    name: 'raciMatrix',
    description: 'the RACI matrix of a strategy with about 60 objectives (RaciMatrix)',
    body: document('RaciMatrix', (t) => ({ strategy: toGlobalId('Strategy', t.strategy.id) })),
  },
  {
    name: 'personPage',
    description: 'a person page (PersonDetail)',
    body: document('PersonDetail', (t) => ({ slug: t.person.slug })),
  },
  {
    name: 'areaActors',
    description: 'actors of a county, first 100 (AreaActors)',
    body: document('AreaActors', (t) => ({ area: toGlobalId('Area', t.county.id), first: 100 })),
  },
  search('läns'),
  search('reg'),
  search('regionråd'),
  {
    name: 'countyMap',
    description: 'the who-does-what map of a county (WhoDoesWhat, depth 2)',
    body: document('WhoDoesWhat', (t) => ({
      filter: { area: toGlobalId('Area', t.county.id), depth: 2 },
    })),
  },
  {
    name: 'countryMap',
    description: 'the who-does-what map of the country (WhoDoesWhat, depth 2)',
    body: document('WhoDoesWhat', (t) => ({
      filter: t.country ? { area: toGlobalId('Area', t.country.id), depth: 2 } : {},
    })),
  },
];
