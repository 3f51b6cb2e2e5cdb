import { startTestApi, type TestApi } from '../../testing/test-api';
import { today } from '../../core/valid-time';

let api: TestApi;
const ids: Record<string, string> = {};
/** Before anything below existed; after it was created; after it was changed. */
const moments: Record<'before' | 'created', string> = { before: '', created: '' };

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

const GRAPH = `nodes { id kind label } edges { kind source target role validTo }`;
const WHO = `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { ${GRAPH} } }`;

interface Graph {
  nodes: { id: string; kind: string; label: string }[];
  edges: { kind: string; source: string; target: string; role: string | null }[];
}

async function whoDoesWhat(filter: Record<string, unknown>) {
  const result = await api.graphql<{ whoDoesWhat: Graph }>(WHO, { filter });
  expect(result.errors).toBeUndefined();
  const graph = result.data!.whoDoesWhat;
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const edges = graph.edges.map(
    (edge) => `${edge.kind} ${label.get(edge.source)} → ${label.get(edge.target)} ${edge.role}`,
  );
  return { graph, edges, statements: result.statements };
}

async function created(field: string, input: Record<string, unknown>) {
  const key = field.replace(/Create$/, '');
  const payload = await api.mutate(field, input, `${key} { id version }`);
  expect(payload.userErrors).toEqual([]);
  return payload[key] as { id: string; version: number };
}

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  moments.before = new Date().toISOString();
  await pause();
  const actor = await created('actorCreate', {
    name: 'Gamla Namnet AB',
    sector: 'BUSINESS',
    level: 'LOCAL',
    type: 'COMPANY',
  });
  const forum = await created('forumCreate', { name: 'Kunskapsforum', kind: 'NETWORK' });
  const membership = await created('forumMembershipCreate', {
    forum: forum.id,
    member: actor.id,
    role: 'MEMBER',
    validFrom: '2024-01-01',
  });
  const responsibility = await created('responsibilityCreate', {
    actor: actor.id,
    role: 'CONVENES',
    subject: forum.id,
    validFrom: '2024-01-01',
  });
  Object.assign(ids, { actor: actor.id, forum: forum.id });
  await pause();
  moments.created = new Date().toISOString();
  await pause();

  const end = await api.mutate(
    'responsibilityEnd',
    { id: responsibility.id, version: responsibility.version, validTo: today() },
    'responsibility { id }',
  );
  expect(end.userErrors).toEqual([]);
  const role = await api.mutate(
    'forumMembershipUpdate',
    { id: membership.id, version: membership.version, role: 'CHAIR' },
    'forumMembership { id }',
  );
  expect(role.userErrors).toEqual([]);
  const rename = await api.mutate(
    'actorUpdate',
    { id: actor.id, version: actor.version, name: 'Nya Namnet AB' },
    'actor { id }',
  );
  expect(rename.userErrors).toEqual([]);
});
afterAll(() => api.stop());

describe('whoDoesWhat knownAt', () => {
  it('draws the map as the register said it then: the ended responsibility, the old role, the old name', async () => {
    const now = await whoDoesWhat({ forum: ids.forum, depth: 1 });
    expect(now.edges).toEqual(['MEMBERSHIP Nya Namnet AB → Kunskapsforum CHAIR']);

    const then = await whoDoesWhat({ forum: ids.forum, depth: 1, knownAt: moments.created });
    expect(then.edges).toEqual([
      'MEMBERSHIP Gamla Namnet AB → Kunskapsforum MEMBER',
      'RESPONSIBILITY Gamla Namnet AB → Kunskapsforum CONVENES',
    ]);
    expect(then.statements).toBe(now.statements);
  });

  it('leaves out records entered after the moment', async () => {
    const before = await whoDoesWhat({ knownAt: moments.before });
    const ours = [ids.actor, ids.forum];
    expect(before.graph.nodes.filter((node) => ours.includes(node.id))).toEqual([]);
    // The foundation's actors and the areas they work in, known before: nothing of ours.
    expect(before.edges).toContain('OPERATES_IN Tillväxtverket → Sverige null');
    expect(before.edges.filter((edge) => !/^(OPERATES_IN|PARENT) /.test(edge))).toEqual([]);
    const around = await whoDoesWhat({ forum: ids.forum, knownAt: moments.before });
    expect(around.graph).toEqual({ nodes: [], edges: [] });
  });

  it('costs the same statements however large the graph', async () => {
    const small = await whoDoesWhat({ knownAt: new Date().toISOString() });
    const forum = await created('forumCreate', { name: 'Större forum', kind: 'NETWORK' });
    const actors = await api.mutateAll(
      'actorCreate',
      Array.from({ length: 8 }, (_, i) => ({
        name: `Aktör ${i}`,
        sector: 'PUBLIC',
        level: 'LOCAL',
        type: 'MUNICIPALITY',
      })),
      'actor { id }',
    );
    await api.mutateAll(
      'forumMembershipCreate',
      actors.map((payload) => ({ forum: forum.id, member: payload.actor.id })),
      'forumMembership { id }',
    );
    await pause();
    const large = await whoDoesWhat({ knownAt: new Date().toISOString() });
    expect(large.graph.edges.length).toBeGreaterThan(small.graph.edges.length + 7);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBe(2); // edges, nodes
  });
});

describe('whoDoesWhatChanges knownAt', () => {
  const DIFF = `query ($from: LocalDate!, $to: LocalDate!, $filter: WhoDoesWhatFilter) {
    whoDoesWhatChanges(from: $from, to: $to, filter: $filter) { change summary }
  }`;
  const diff = async (filter: Record<string, unknown>) => {
    const result = await api.graphql(DIFF, { from: '2023-06-01', to: '2024-06-01', filter });
    expect(result.errors).toBeUndefined();
    return result.data!.whoDoesWhatChanges.map(
      (change: { change: string; summary: string }) => change.summary,
    );
  };

  it('compares the two days as the register said them at the moment', async () => {
    expect(await diff({ forum: ids.forum, depth: 1 })).toEqual([
      'Nya Namnet AB joined Kunskapsforum as chair',
      'Nya Namnet AB became convenor of Kunskapsforum',
    ]);
    expect(await diff({ forum: ids.forum, depth: 1, knownAt: moments.created })).toEqual([
      'Gamla Namnet AB joined Kunskapsforum',
      'Gamla Namnet AB became convenor of Kunskapsforum',
    ]);
    expect(await diff({ forum: ids.forum, knownAt: moments.before })).toEqual([]);
  });
});

describe('Actor.asKnownAt', () => {
  it('gives the actor as registered then, null before it was', async () => {
    const { data, errors } = await api.graphql(
      `query ($id: ID!, $created: DateTimeISO!, $before: DateTimeISO!) {
        node(id: $id) {
          ... on Actor {
            name
            created: asKnownAt(at: $created) { name shortName sector level type archivedAt }
            before: asKnownAt(at: $before) { name }
          }
        }
      }`,
      { id: ids.actor, created: moments.created, before: moments.before },
    );
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({
      name: 'Nya Namnet AB',
      created: {
        name: 'Gamla Namnet AB',
        shortName: null,
        sector: 'BUSINESS',
        level: 'LOCAL',
        type: 'COMPANY',
        archivedAt: null,
      },
      before: null,
    });
  });

  it('loads the snapshots of many actors in one statement', async () => {
    const at = new Date().toISOString();
    const { data, errors, statements } = await api.graphql(
      `query ($at: DateTimeISO!) { actors(first: 20) { nodes { asKnownAt(at: $at) { name } } } }`,
      { at },
    );
    expect(errors).toBeUndefined();
    expect(data!.actors.nodes.length).toBeGreaterThan(5);
    const { statements: plain } = await api.graphql(`{ actors(first: 20) { nodes { name } } }`);
    expect(statements).toBe(plain + 1);
  });
});
