import { fromGlobalId } from '../relay/global-id';
import { today } from '../valid-time';
import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * The fields that change in the world hold for periods: a forum's chair, convenor, status and
 * parent, an actor's areas and parent, a strategy's owner and status, a membership's
 * representatives. Changing one from a day keeps what held before it; `asOf` reads the value of
 * a day, `knownAt` as the register said it then, and the map draws the edges for their periods.
 */
let api: TestApi;
let countyId: string;
let municipalityId: string;

const dbId = (globalId: string) => fromGlobalId(globalId)!.id;
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ countyId, municipalityId } = await api.idsOf({
    countyId: ['area', '23'],
    municipalityId: ['area', '2380'],
  }));
});
afterAll(() => api.stop());

const actor = (name: string, more: Record<string, unknown> = {}) =>
  api.create('actorCreate', {
    name,
    sector: 'PUBLIC',
    level: 'LOCAL',
    type: 'MUNICIPALITY',
    ...more,
  });

async function changed(field: string, input: Record<string, unknown>) {
  const key = field.replace(/Update$/, '');
  const payload = await api.mutate(field, input, `${key} { id version }`, 'admin');
  expect(payload.userErrors).toEqual([]);
  return payload[key] as { id: string; version: number };
}

/** The variables `selection` uses, declared. */
const declared = (selection: string) =>
  (selection.includes('$asOf') ? ', $asOf: LocalDate' : '') +
  (selection.includes('$knownAt') ? ', $knownAt: DateTimeISO' : '');

async function read(id: string, selection: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await api.graphql(
    `query ($id: ID!${declared(selection)}) { node(id: $id) { ${selection} } }`,
    { id, ...variables },
  );
  expect(errors).toBeUndefined();
  return data!.node;
}

const GRAPH = `query ($filter: WhoDoesWhatFilter) {
  whoDoesWhat(filter: $filter) { nodes { id label } edges { kind source target } }
}`;

async function edges(filter: Record<string, unknown>, kind: string) {
  const { data, errors } = await api.graphql(GRAPH, { filter });
  expect(errors).toBeUndefined();
  const { nodes, edges: all } = data!.whoDoesWhat as {
    nodes: { id: string; label: string }[];
    edges: { kind: string; source: string; target: string }[];
  };
  const label = new Map(nodes.map((node) => [node.id, node.label]));
  return all
    .filter((edge) => edge.kind === kind)
    .map((edge) => `${label.get(edge.source)} → ${label.get(edge.target)}`);
}

describe('a forum’s chair, convenor, status and parent', () => {
  it('change from a day and keep what held before it, on asOf and in the history', async () => {
    const [anna, bo] = await Promise.all([
      api.create('personCreate', { name: 'Anna Ordförande' }),
      api.create('personCreate', { name: 'Bo Ordförande' }),
    ]);
    const convenor = await actor('Sammankallande kommun');
    const forum = await api.create('forumCreate', {
      name: 'Tidsforum',
      kind: 'NETWORK',
      chair: anna.id,
      convenor: convenor.id,
      status: 'PROPOSED',
    });
    await changed('forumUpdate', {
      id: forum.id,
      version: forum.version,
      chair: bo.id,
      status: 'ACTIVE',
      changesFrom: '2025-03-01',
    });
    const selection = `... on Forum {
      chair(asOf: $asOf, knownAt: $knownAt) { name } status(asOf: $asOf, knownAt: $knownAt)
      convenor(asOf: $asOf) { name } now: chair { name } nowStatus: status
    }`;
    expect(await read(forum.id, selection, { asOf: '2024-06-01' })).toEqual({
      chair: { name: 'Anna Ordförande' },
      status: 'PROPOSED',
      convenor: { name: 'Sammankallande kommun' },
      now: { name: 'Bo Ordförande' },
      nowStatus: 'ACTIVE',
    });
    expect(await read(forum.id, selection, { asOf: '2025-03-01' })).toMatchObject({
      chair: { name: 'Bo Ordförande' },
      status: 'ACTIVE',
    });

    const { data } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum { history(first: 1) { nodes {
        operation after summary(lang: SV)
      } } } } }`,
      { id: forum.id },
    );
    const [event] = data!.node.history.nodes;
    expect(event.operation).toBe('UPDATE');
    expect(event.summary).toBe('Forumet "Tidsforum" ändrades från 2025-03-01: status, ordförande.');
    expect(event.after.timeline.chairId).toEqual([
      { value: expect.any(String), validFrom: null, validTo: '2025-03-01' },
      { value: expect.any(String), validFrom: '2025-03-01', validTo: null },
    ]);
  });

  it('reads as the register said it at knownAt: a change entered later is not seen', async () => {
    const [first, second] = await Promise.all([
      api.create('personCreate', { name: 'Första Ordförande' }),
      api.create('personCreate', { name: 'Andra Ordförande' }),
    ]);
    const forum = await api.create('forumCreate', {
      name: 'Kändforum',
      kind: 'NETWORK',
      chair: first.id,
    });
    await pause();
    const before = new Date().toISOString();
    await pause();
    await changed('forumUpdate', {
      id: forum.id,
      version: forum.version,
      chair: second.id,
      changesFrom: '2020-01-01',
    });
    const selection = `... on Forum { chair(asOf: $asOf, knownAt: $knownAt) { name } }`;
    expect(await read(forum.id, selection, { asOf: '2023-01-01' })).toEqual({
      chair: { name: 'Andra Ordförande' },
    });
    expect(await read(forum.id, selection, { asOf: '2023-01-01', knownAt: before })).toEqual({
      chair: { name: 'Första Ordförande' },
    });
    expect(await read(forum.id, selection, { knownAt: before })).toEqual({
      chair: { name: 'Första Ordförande' },
    });
  });

  it('moves a forum under another from a day: the map draws its PARENT edge only from then', async () => {
    const [upper, lower] = await Promise.all([
      api.create('forumCreate', { name: 'Överforum', kind: 'PARTNERSHIP' }),
      api.create('forumCreate', { name: 'Underforum', kind: 'WORKING_GROUP' }),
    ]);
    await changed('forumUpdate', {
      id: lower.id,
      version: lower.version,
      parent: upper.id,
      changesFrom: '2025-01-01',
    });
    const parentOn = async (asOf: string) =>
      (await read(lower.id, '... on Forum { parent(asOf: $asOf) { name } }', { asOf })).parent;
    expect(await parentOn('2024-12-31')).toBeNull();
    expect(await parentOn('2025-01-01')).toEqual({ name: 'Överforum' });
    expect(await edges({ forum: upper.id, depth: 1, asOf: '2024-12-31' }, 'PARENT')).toEqual([]);
    expect(await edges({ forum: upper.id, depth: 1, asOf: '2025-01-01' }, 'PARENT')).toEqual([
      'Underforum → Överforum',
    ]);
    const { data, errors } = await api.graphql(
      `query ($filter: WhoDoesWhatFilter) {
        whoDoesWhatChanges(from: "2024-06-01", to: "2025-06-01", filter: $filter) {
          change en: summary(lang: EN) sv: summary(lang: SV)
        }
      }`,
      { filter: { forum: upper.id, depth: 1 } },
    );
    expect(errors).toBeUndefined();
    expect(data!.whoDoesWhatChanges).toEqual([
      {
        change: 'APPEARED',
        en: 'Underforum became part of Överforum',
        sv: 'Underforum blev en del av Överforum',
      },
    ]);
  });

  it('cannot be placed under a forum that is below it on any day from then on', async () => {
    const [a, b] = await Promise.all([
      api.create('forumCreate', { name: 'Forum A i tiden', kind: 'NETWORK' }),
      api.create('forumCreate', { name: 'Forum B i tiden', kind: 'NETWORK' }),
    ]);
    // A was under B during 2020 only.
    const moved = await changed('forumUpdate', {
      id: a.id,
      version: a.version,
      parent: b.id,
      changesFrom: '2020-01-01',
    });
    await changed('forumUpdate', {
      id: a.id,
      version: moved.version,
      parent: null,
      changesFrom: '2021-01-01',
    });
    const cycle = await api.mutate(
      'forumUpdate',
      { id: b.id, version: b.version, parent: a.id, changesFrom: '2019-01-01' },
      'forum { id }',
      'admin',
    );
    expect(cycle.userErrors).toEqual([
      {
        field: ['input', 'parent'],
        code: 'CYCLE',
        message:
          'A forum cannot be placed under itself or under one of its own sub-forums: as recorded, that forum is below this one from 2020-01-01 on.',
      },
    ]);
    await changed('forumUpdate', {
      id: b.id,
      version: b.version,
      parent: a.id,
      changesFrom: '2021-01-01',
    });
  });

  it('is DISSOLVED from the day it was dissolved, and ACTIVE throughout again once restored', async () => {
    const forum = await api.create('forumCreate', { name: 'Upplöst forum', kind: 'NETWORK' });
    const dissolved = await api.mutate(
      'forumDissolve',
      { id: forum.id, version: forum.version, dissolvedOn: '2025-06-01' },
      'forum { id version }',
      'admin',
    );
    expect(dissolved.userErrors).toEqual([]);
    const statusOn = async (asOf: string) =>
      (await read(forum.id, '... on Forum { status(asOf: $asOf) }', { asOf })).status;
    expect([await statusOn('2025-05-31'), await statusOn('2025-06-01')]).toEqual([
      'ACTIVE',
      'DISSOLVED',
    ]);
    const restored = await api.mutate(
      'forumRestore',
      { id: forum.id, version: dissolved.forum.version },
      'forum { id }',
      'admin',
    );
    expect(restored.userErrors).toEqual([]);
    expect(await statusOn('2025-06-01')).toBe('ACTIVE');
    const periods = await api.sql(
      `SELECT value, valid_from, valid_to FROM attribute_period
        WHERE record_id = $1 AND attribute = 'status'`,
      [dbId(forum.id)],
    );
    expect(periods).toEqual([{ value: 'ACTIVE', valid_from: null, valid_to: null }]);
  });
});

describe('an actor’s areas and parent, a strategy’s owner and status', () => {
  it('hold for periods too', async () => {
    const owner = await actor('Gammal ägare');
    const newOwner = await actor('Ny ägare');
    const child = await actor('Kommunens bolag', { areas: [countyId] });
    await changed('actorUpdate', {
      id: child.id,
      version: child.version,
      areas: [municipalityId],
      parent: owner.id,
      changesFrom: '2024-01-01',
    });
    const actorSelection = `... on Actor { areas(asOf: $asOf) { code } parent(asOf: $asOf) { name } }`;
    expect(await read(child.id, actorSelection, { asOf: '2023-12-31' })).toEqual({
      areas: [{ code: '23' }],
      parent: null,
    });
    expect(await read(child.id, actorSelection, { asOf: '2024-01-01' })).toEqual({
      areas: [{ code: '2380' }],
      parent: { name: 'Gammal ägare' },
    });

    const strategy = await api.create('strategyCreate', {
      name: 'Tidsstrategi',
      kind: 'PROGRAMME',
      status: 'PROPOSED',
      owner: owner.id,
    });
    await changed('strategyUpdate', {
      id: strategy.id,
      version: strategy.version,
      status: 'ACTIVE',
      owner: newOwner.id,
      changesFrom: '2025-02-01',
    });
    const strategySelection = `... on Strategy { status(asOf: $asOf) owner(asOf: $asOf) { name } }`;
    expect(await read(strategy.id, strategySelection, { asOf: '2025-01-31' })).toEqual({
      status: 'PROPOSED',
      owner: { name: 'Gammal ägare' },
    });
    expect(await read(strategy.id, strategySelection, { asOf: '2025-02-01' })).toEqual({
      status: 'ACTIVE',
      owner: { name: 'Ny ägare' },
    });
  });
});

describe('a membership’s representatives', () => {
  it('added today do not show on an earlier day, in the membership, the person or the map', async () => {
    const member = await actor('Representerad kommun');
    const forum = await api.create('forumCreate', {
      name: 'Representationsforum',
      kind: 'NETWORK',
    });
    const person = await api.create('personCreate', { name: 'Ny Företrädare' });
    await api.create('positionCreate', {
      person: person.id,
      actor: member.id,
      title: 'samordnare',
      validFrom: '2025-01-01',
    });
    const membership = await api.create('forumMembershipCreate', {
      forum: forum.id,
      member: member.id,
      validFrom: '2020-01-01',
    });
    await changed('forumMembershipUpdate', {
      id: membership.id,
      version: membership.version,
      representatives: [person.id],
    });
    const representatives = async (asOf: string) =>
      (
        await read(
          membership.id,
          '... on ForumMembership { representatives(asOf: $asOf) { name } }',
          {
            asOf,
          },
        )
      ).representatives;
    expect(await representatives('2024-06-01')).toEqual([]);
    expect(await representatives(today())).toEqual([{ name: 'Ny Företrädare' }]);

    const representations = async (asOf: string) =>
      (await read(person.id, '... on Person { representations(asOf: $asOf) { id } }', { asOf }))
        .representations;
    expect(await representations('2024-06-01')).toEqual([]);
    expect(await representations(today())).toEqual([{ id: membership.id }]);

    const around = (asOf: string) => edges({ forum: forum.id, depth: 2, asOf }, 'REPRESENTS');
    expect(await around('2024-06-01')).toEqual([]);
    expect(await around(today())).toEqual(['Ny Företrädare → Representerad kommun']);
  });

  it('leave with a retracted membership, kept in its snapshot', async () => {
    const member = await actor('Tillbakatagen medlem');
    const forum = await api.create('forumCreate', { name: 'Misstagsforum', kind: 'NETWORK' });
    const person = await api.create('personCreate', { name: 'Felaktig Företrädare' });
    const membership = await api.create('forumMembershipCreate', {
      forum: forum.id,
      member: member.id,
      representatives: [person.id],
      externalRepresentatives: [person.id],
    });
    await pause();
    const before = new Date().toISOString();
    await pause();
    const retracted = await api.mutate(
      'forumMembershipRetract',
      { id: membership.id, version: membership.version, reason: 'Fel forum.' },
      'retractedId',
      'admin',
    );
    expect(retracted.userErrors).toEqual([]);
    const rows = await api.sql('SELECT * FROM attribute_period WHERE record_id = $1', [
      dbId(membership.id),
    ]);
    expect(rows).toEqual([]);
    expect(await edges({ forum: forum.id, depth: 2 }, 'REPRESENTS')).toEqual([]);
    // As the register said it before the retraction, the person acted for the member.
    const representations = async (knownAt: string | null) =>
      (
        await read(
          person.id,
          '... on Person { representations(knownAt: $knownAt) { id member { ... on Actor { name } } } }',
          { knownAt },
        )
      ).representations;
    expect(await representations(null)).toEqual([]);
    expect(await representations(before)).toEqual([
      { id: membership.id, member: { name: 'Tillbakatagen medlem' } },
    ]);
  });
});

describe('SQL statements per request', () => {
  it('reads the chairs, statuses and parents of many forums on a day in the same statements as of two', async () => {
    const [chair, upper] = await Promise.all([
      api.create('personCreate', { name: 'Räknad Ordförande' }),
      api.create('forumCreate', { name: 'Räknat överforum', kind: 'PARTNERSHIP' }),
    ]);
    const forums = await api.createAll(
      'forumCreate',
      Array.from({ length: 6 }, (_, i) => ({
        name: `Räknat forum ${i}`,
        kind: 'NETWORK',
        chair: chair.id,
        parent: upper.id,
      })),
      'forum { id }',
    );
    const query = `query ($ids: [ID!]!, $asOf: LocalDate) { nodes(ids: $ids) { ... on Forum {
      chair(asOf: $asOf) { name } status(asOf: $asOf) parent(asOf: $asOf) { name }
    } } }`;
    const ids = forums.map((forum) => forum.id);
    const two = await api.graphql(query, { ids: ids.slice(0, 2), asOf: '2024-01-01' });
    const six = await api.graphql(query, { ids, asOf: '2024-01-01' });
    expect(six.errors).toBeUndefined();
    expect(six.data!.nodes[5]).toEqual({
      chair: { name: 'Räknad Ordförande' },
      status: 'ACTIVE',
      parent: { name: 'Räknat överforum' },
    });
    expect(six.statements).toBe(two.statements);
  });
});
