import { invitedUser, type TestBrowser } from '../../testing/browser';
import { startTestApi, type TestApi } from '../../testing/test-api';

/*
 * `viewerCanUpdate`: what the writes decide, asked before writing — by an admin, an editor of
 * Jämtlands län, an editor of Västerbottens län, a reader and an anonymous caller; and a list of
 * records costs the same statements however long it is.
 */

let api: TestApi;
const area = {} as Record<'jamtland' | 'ostersund' | 'umea', string>;
const token = {} as Record<'jamtland' | 'vasterbotten', { token: string }>;
let jamtlandBrowser: TestBrowser;
const ids = {} as Record<
  'ostersund' | 'umea' | 'forum' | 'strategy' | 'placed' | 'unplaced' | 'position',
  string
>;

/** An API token of the signed-in user's own (their role and areas), for counting statements. */
async function ownToken(browser: TestBrowser): Promise<{ token: string }> {
  const { data } = await browser.graphql(
    `mutation ($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret } }`,
    { input: { name: 'test' } },
  );
  return { token: data!.apiTokenCreate.secret };
}

const actor = (name: string, areas: string[]) => ({
  name,
  sector: 'PUBLIC',
  level: 'LOCAL',
  type: 'MUNICIPALITY',
  areas,
});

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const { data } = await api.graphql(`{
    jamtland: area(code: "23") { id } ostersund: area(code: "2380") { id }
    vasterbotten: area(code: "24") { id } umea: area(code: "2480") { id } }`);
  Object.assign(area, { jamtland: data!.jamtland.id, ostersund: data!.ostersund.id });
  area.umea = data!.umea.id;
  ({ browser: jamtlandBrowser } = await invitedUser(api, 'j@jamtland.se', 'EDITOR', [
    area.jamtland,
  ]));
  const { browser: vasterbottenBrowser } = await invitedUser(api, 'v@vb.se', 'EDITOR', [
    data!.vasterbotten.id,
  ]);
  token.jamtland = await ownToken(jamtlandBrowser);
  token.vasterbotten = await ownToken(vasterbottenBrowser);
  ids.ostersund = (
    await api.create('actorCreate', actor('Östersunds kommun', [area.ostersund]))
  ).id;
  ids.umea = (await api.create('actorCreate', actor('Umeå kommun', [area.umea]))).id;
  ids.forum = (
    await api.create('forumCreate', { name: 'Länsforum', kind: 'NETWORK', area: area.jamtland })
  ).id;
  ids.strategy = (
    await api.create('strategyCreate', {
      name: 'Umeås plan',
      kind: 'PROGRAMME',
      status: 'ACTIVE',
      owner: ids.umea,
    })
  ).id;
  ids.placed = (await api.create('personCreate', { name: 'Placerad Person' })).id;
  ids.unplaced = (await api.create('personCreate', { name: 'Oplacerad Person' })).id;
  ids.position = (
    await api.create('positionCreate', { person: ids.placed, actor: ids.umea, title: 'Chef' })
  ).id;
});
afterAll(() => api.stop());

const RECORDS = `query ($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Actor { viewerCanUpdate } ... on Forum { viewerCanUpdate }
    ... on Strategy { viewerCanUpdate } ... on Person { viewerCanUpdate }
    ... on Position { viewerCanUpdate } } }`;

/** What each record's `viewerCanUpdate` says to a caller, by the names of `ids`. */
async function mayUpdate(as?: 'admin' | 'viewer' | { token: string }) {
  const { data, errors } = await api.graphql(RECORDS, { ids: Object.values(ids) }, as);
  expect(errors).toBeUndefined();
  const names = Object.keys(ids);
  return Object.fromEntries(
    (data!.nodes as { viewerCanUpdate: boolean }[]).map((node, i) => [
      names[i],
      node.viewerCanUpdate,
    ]),
  );
}

describe('viewerCanUpdate', () => {
  it('is true everywhere for an admin, and false everywhere for readers and anonymous callers', async () => {
    const everywhere = (value: boolean) =>
      Object.fromEntries(Object.keys(ids).map((name) => [name, value]));
    expect(await mayUpdate('admin')).toEqual(everywhere(true));
    expect(await mayUpdate('viewer')).toEqual(everywhere(false));
    expect(await mayUpdate()).toEqual(everywhere(false));
  });

  it('is true for an editor where the record is in their areas, as the writes decide', async () => {
    expect(await mayUpdate(token.jamtland)).toEqual({
      ostersund: true,
      umea: false,
      forum: true,
      strategy: false, // its owner's areas: Umeå
      placed: false, // a position at Umeå kommun
      unplaced: true, // no position yet: open to every editor
      position: false,
    });
    expect(await mayUpdate(token.vasterbotten)).toEqual({
      ostersund: false,
      umea: true,
      forum: false,
      strategy: true,
      placed: true,
      unplaced: true,
      position: true,
    });
  });

  it('agrees with the write: refused where false, allowed where true', async () => {
    const update = (id: string, as: { token: string }) =>
      api.graphql(
        `mutation ($input: ActorUpdateInput!) { actorUpdate(input: $input) {
           actor { version } userErrors { code } } }`,
        { input: { id, version: 1, website: 'https://example.se' } },
        as,
      );
    const refused = await update(ids.umea, token.jamtland);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const allowed = await update(ids.ostersund, token.jamtland);
    expect(allowed.data!.actorUpdate).toEqual({ actor: { version: 2 }, userErrors: [] });
  });

  it('costs one statement per record type however many records a list holds', async () => {
    const list = `{ actors(first: 100) { nodes { id viewerCanUpdate } } }`;
    const before = await api.graphql(list, {}, token.jamtland);
    await api.createAll(
      'actorCreate',
      Array.from({ length: 20 }, (_, i) =>
        actor(`Aktör ${i}`, [i % 2 ? area.ostersund : area.umea]),
      ),
      'actor { id }',
    );
    const after = await api.graphql(list, {}, token.jamtland);
    expect(after.data!.actors.nodes).toHaveLength(22);
    expect(after.statements).toBe(before.statements);
    // Without the field: the answer is the reach check's one statement cheaper.
    const without = await api.graphql(
      `{ actors(first: 100) { nodes { id } } }`,
      {},
      token.jamtland,
    );
    expect(after.statements - without.statements).toBe(1);
    // An admin reaches everywhere: no statement at all.
    const admin = await api.graphql(list, {}, 'admin');
    expect(admin.statements).toBe(without.statements);
  });
});
