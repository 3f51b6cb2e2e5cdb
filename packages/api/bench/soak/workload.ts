import { randomUUID } from 'node:crypto';
import type autocannon from 'autocannon';
import { operation } from '../documents';

/** Records of the register the reads ask for: whatever its first ones are. */
export interface SoakTargets {
  actor: string;
  forum: string;
  strategy: string;
  person: string;
  /** The global ID of county 23 (Jämtlands län), whose map and actors are read. */
  county: string;
  /**
   * Another county's (24, Västerbotten), where the editor's new actors go: no read looks there,
   * so the answers keep their size while the register grows, and memory is compared like for like.
   */
  writtenCounty: string;
}

/** What went wrong in the soak, by what it was, with a few examples of each. */
export class Failures {
  readonly counts = new Map<string, number>();
  readonly examples: string[] = [];

  add(kind: string, example: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (this.examples.length < 5) this.examples.push(`${kind}: ${example.slice(0, 400)}`);
  }

  get total(): number {
    return [...this.counts.values()].reduce((sum, count) => sum + count, 0);
  }
}

/** Finds the targets in the register over GraphQL. */
export async function findTargets(url: string): Promise<SoakTargets> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ actors(first: 1) { nodes { slug } } forums(first: 1) { nodes { slug } }
        strategies(first: 1) { nodes { slug } } people(first: 1) { nodes { slug } }
        area(code: "23") { id } written: area(code: "24") { id } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: Record<string, { nodes: { slug: string }[] }> &
      Record<'area' | 'written', { id: string }>;
  };
  const first = (list: string) => {
    const slug = data[list].nodes[0]?.slug;
    if (!slug) throw new Error(`the register has no ${list} to read: load the seed data set`);
    return slug as string;
  };
  return {
    actor: first('actors'),
    forum: first('forums'),
    strategy: first('strategies'),
    person: first('people'),
    county: data.area.id,
    writtenCounty: data.written.id,
  };
}

/** Every user error anywhere in a payload. */
const userErrorsIn = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value.flatMap(userErrorsIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) =>
          key === 'userErrors' && Array.isArray(inner) ? inner : userErrorsIn(inner),
        )
      : [];

/** A connection's own state: who it is, how many rounds it has made, what it created last. */
interface Connection {
  name?: string;
  round?: number;
  created?: { id: string; version: number };
}

/**
 * One connection's round of requests, as the web client and an editor send them: seven pages
 * and searches read anonymously, then an editor creates an actor, changes it, and upserts five
 * people in bulk (the same five each round: created once, renamed after). Every answer is
 * checked: a status other than 200, a GraphQL error or a user error is a failure.
 */
export function soakRound(
  targets: SoakTargets,
  editorToken: string,
  failures: Failures,
): autocannon.Request[] {
  const check =
    (name: string, then?: (data: unknown, context: Connection) => void) =>
    (status: number, body: string, context: Connection) => {
      if (status !== 200) return failures.add(`${name}: status ${status}`, body);
      const answer = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
      if (answer.errors) return failures.add(`${name}: errors`, body);
      if (userErrorsIn(answer.data).length) return failures.add(`${name}: user errors`, body);
      then?.(answer.data, context);
    };
  const read = (name: string, variables: Record<string, unknown>): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation(name), variables }),
    onResponse: check(name),
  });
  const write = (
    name: string,
    input: (context: Required<Connection>) => Record<string, unknown>,
    then?: (data: unknown, context: Connection) => void,
  ): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
    setupRequest: (request, context: Connection) => {
      context.name ??= randomUUID().slice(0, 8);
      context.round ??= 0;
      const variables = { input: input(context as Required<Connection>) };
      return { ...request, body: JSON.stringify({ query: operation(name), variables }) };
    },
    onResponse: check(name, then),
  });
  return [
    read('ActorDetail', { slug: targets.actor }),
    read('Search', { query: 'reg', first: 12 }),
    read('ForumDetail', { slug: targets.forum }),
    read('WhoDoesWhat', { filter: { area: targets.county, depth: 2 } }),
    read('StrategyDetail', { slug: targets.strategy }),
    read('PersonDetail', { slug: targets.person }),
    read('AreaActors', { area: targets.county, first: 20 }),
    write(
      'ActorCreate',
      (context) => ({
        name: `Soak ${context.name} ${++context.round}`,
        sector: 'BUSINESS',
        level: 'REGIONAL',
        type: 'COMPANY',
        areas: [targets.writtenCounty],
      }),
      (data, context) => {
        const { actor } = (data as { actorCreate: { actor: { id: string } } }).actorCreate;
        context.created = { id: actor.id, version: 1 };
      },
    ),
    write('ActorUpdate', (context) => ({
      ...context.created,
      description: `Changed in round ${context.round}.`,
    })),
    write('PeopleUpsert', (context) => ({
      items: Array.from({ length: 5 }, (_, i) => ({
        key: { slug: `soak-${context.name}-${i}` },
        name: `Soak ${context.name} ${i}.${context.round}`,
      })),
    })),
  ];
}
