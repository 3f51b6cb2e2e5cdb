import { invitedUser, type TestBrowser } from '../../testing/browser';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { connectWebSocket } from '../../testing/websocket';

/*
 * Editors limited to areas, end to end: an editor of Jämtlands län and one of Västerbottens län,
 * signed in, with tokens of their own and a service account's; every refusal leaves the
 * database as it was.
 */

let api: TestApi;
const area = {} as Record<'jamtland' | 'ostersund' | 'vasterbotten' | 'umea', string>;
let jamtland: TestBrowser;
let vasterbotten: TestBrowser;

const ACTOR = `mutation ($input: ActorCreateInput!) {
  actorCreate(input: $input) { actor { id version } userErrors { field code message } } }`;
const PERSON = `mutation ($input: PersonCreateInput!) {
  personCreate(input: $input) { person { id version } userErrors { code message } } }`;
const POSITION = `mutation ($input: PositionCreateInput!) {
  positionCreate(input: $input) { position { id version } userErrors { code message } } }`;
const ACTOR_UPDATE = `mutation ($input: ActorUpdateInput!) {
  actorUpdate(input: $input) { actor { id version } userErrors { field code message } } }`;

beforeAll(async () => {
  api = await startTestApi();
  const { data } = await api.graphql(`{
    jamtland: area(code: "23") { id } ostersund: area(code: "2380") { id }
    vasterbotten: area(code: "24") { id } umea: area(code: "2480") { id } }`);
  for (const key of Object.keys(data!) as (keyof typeof area)[]) area[key] = data![key].id;
  ({ browser: jamtland } = await invitedUser(api, 'j@jamtland.se', 'EDITOR', [area.jamtland]));
  ({ browser: vasterbotten } = await invitedUser(api, 'v@vasterbotten.se', 'EDITOR', [
    area.vasterbotten,
  ]));
});
afterAll(() => api.stop());

const actorInput = (name: string, areas: string[]) => ({
  name,
  sector: 'PUBLIC',
  level: 'LOCAL',
  type: 'MUNICIPALITY',
  areas,
});

/** What a refused write could have changed: every record table's count, and the audit log. */
const written = () =>
  api.sql(`SELECT
    (SELECT count(*) FROM actor)::int AS actors, (SELECT count(*) FROM actor_area)::int AS areas,
    (SELECT count(*) FROM forum)::int AS forums,
    (SELECT count(*) FROM forum_membership)::int AS memberships,
    (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM objective)::int AS objectives,
    (SELECT max(version) FROM actor)::int AS versions,
    (SELECT count(*) FROM audit_event)::int AS audit`);

/** Expects `write` to be refused FORBIDDEN with a message matching `message`, writing nothing. */
async function expectRefused(
  write: () => Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }>,
  message: RegExp,
) {
  const before = await written();
  const { errors } = await write();
  expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(message) });
  expect(errors![0].extensions!.code).toBe('FORBIDDEN');
  expect(await written()).toEqual(before);
}

async function created(browser: TestBrowser, query: string, input: Record<string, unknown>) {
  const { data, errors } = await browser.graphql(query, { input });
  expect(errors).toBeUndefined();
  const [payload] = Object.values(data!) as { userErrors: unknown[] }[];
  expect(payload.userErrors).toEqual([]);
  const record = Object.values(payload).find((value) => value && 'id' in (value as object));
  return record as unknown as { id: string; version: number };
}

describe('an editor of a county', () => {
  it("writes the county's actors and its municipalities', not another county's", async () => {
    await created(jamtland, ACTOR, actorInput('Länsaktören', [area.jamtland]));
    const local = await created(jamtland, ACTOR, actorInput('Östersundsaktören', [area.ostersund]));
    await created(jamtland, ACTOR_UPDATE, {
      id: local.id,
      version: local.version,
      shortName: 'ÖA',
    });

    await expectRefused(
      () => jamtland.graphql(ACTOR, { input: actorInput('Umeåaktören', [area.umea]) }),
      /belongs to Umeå, outside the areas you may edit/,
    );
    await expectRefused(
      () => vasterbotten.graphql(ACTOR_UPDATE, { input: { id: local.id, version: 2, name: 'X' } }),
      /belongs to Östersund/,
    );
    await expectRefused(
      () => jamtland.graphql(ACTOR, { input: actorInput('Ingenstans AB', []) }),
      /belongs to no area: only an admin/,
    );
  });

  it('cannot move a record out of their areas, nor retract one of another county', async () => {
    const actor = await created(jamtland, ACTOR, actorInput('Flyttaktören', [area.ostersund]));
    await expectRefused(
      () =>
        jamtland.graphql(ACTOR_UPDATE, {
          input: { id: actor.id, version: 1, areas: [area.umea] },
        }),
      /belongs to Umeå/,
    );
    // Shared with a Västerbotten municipality, it is within reach of both.
    await created(jamtland, ACTOR_UPDATE, {
      id: actor.id,
      version: 1,
      areas: [area.ostersund, area.umea],
    });
    const theirs = await created(jamtland, ACTOR, actorInput('Bara Östersund', [area.ostersund]));
    const person = await created(jamtland, PERSON, { name: 'Felregistrerad' });
    const position = await created(jamtland, POSITION, { person: person.id, actor: theirs.id });
    const retract = (browser: TestBrowser) =>
      browser.graphql(
        `mutation ($input: PositionRetractInput!) { positionRetract(input: $input) { userErrors { code } } }`,
        { input: { id: position.id, version: 1, reason: 'Fel' } },
      );
    await expectRefused(() => retract(vasterbotten), /position belongs to Östersund/);
    expect((await retract(jamtland)).data!.positionRetract.userErrors).toEqual([]);
  });

  it("reorders the objectives of their county's strategy, not another county's", async () => {
    const strategy = await created(
      jamtland,
      `mutation ($input: StrategyCreateInput!) {
        strategyCreate(input: $input) { strategy { id version } userErrors { code } } }`,
      { kind: 'PROGRAMME', name: 'Länsprogrammet', status: 'ACTIVE', area: area.jamtland },
    );
    const objective = (code: string) =>
      created(
        jamtland,
        `mutation ($input: ObjectiveCreateInput!) {
          objectiveCreate(input: $input) { objective { id version } userErrors { code } } }`,
        { strategy: strategy.id, code, title: `Mål ${code}` },
      );
    const [one, two] = [await objective('1'), await objective('2')];
    const reorder = (browser: TestBrowser) =>
      browser.graphql(
        `mutation ($input: ObjectivesReorderInput!) {
          objectivesReorder(input: $input) { strategy { version } userErrors { code } } }`,
        { input: { strategy: strategy.id, version: 1, objectives: [two.id, one.id] } },
      );
    await expectRefused(() => reorder(vasterbotten), /strategy belongs to Jämtlands län/);
    expect((await reorder(jamtland)).data!.objectivesReorder).toEqual({
      strategy: { version: 2 },
      userErrors: [],
    });
  });

  it('writes relations with one end in their areas: a Västerbotten actor in a Jämtland forum', async () => {
    const forum = await created(
      jamtland,
      `mutation ($input: ForumCreateInput!) { forumCreate(input: $input) { forum { id version } userErrors { code message } } }`,
      { name: 'Jämtlandsforumet', kind: 'NETWORK', area: area.jamtland },
    );
    const umea = await created(vasterbotten, ACTOR, actorInput('Umeå kommun', [area.umea]));
    const MEMBERSHIP = `mutation ($input: ForumMembershipCreateInput!) {
      forumMembershipCreate(input: $input) { forumMembership { id version } userErrors { code message } } }`;
    await created(jamtland, MEMBERSHIP, {
      forum: forum.id,
      member: umea.id,
      validFrom: '2024-01-01',
    });
    const theirForum = await created(
      vasterbotten,
      `mutation ($input: ForumCreateInput!) { forumCreate(input: $input) { forum { id version } userErrors { code message } } }`,
      { name: 'Västerbottensforumet', kind: 'NETWORK', area: area.vasterbotten },
    );
    await expectRefused(
      () =>
        jamtland.graphql(MEMBERSHIP, {
          input: { forum: theirForum.id, member: umea.id, validFrom: '2024-01-01' },
        }),
      /forum membership belongs to (Umeå, Västerbottens län|Västerbottens län, Umeå)/,
    );
  });

  it('adds a person, then their position; the person is then theirs, not another county’s', async () => {
    const person = await created(vasterbotten, PERSON, { name: 'Ny Person' });
    const actor = await created(jamtland, ACTOR, actorInput('Arbetsgivaren', [area.jamtland]));
    await created(jamtland, POSITION, { person: person.id, actor: actor.id, title: 'Samordnare' });
    const update = `mutation ($input: PersonUpdateInput!) { personUpdate(input: $input) { person { id } userErrors { code } } }`;
    await expectRefused(
      () => vasterbotten.graphql(update, { input: { id: person.id, version: 1, name: 'Ändrad' } }),
      /person belongs to Jämtlands län/,
    );
    const { data } = await jamtland.graphql(update, {
      input: { id: person.id, version: 1, name: 'Ändrad' },
    });
    expect(data!.personUpdate.userErrors).toEqual([]);
  });

  it('may not change shared reference data: topics are an admin’s', async () => {
    await expectRefused(
      () =>
        jamtland.graphql(
          `mutation { topicCreate(input: { name: "Länets tema" }) { userErrors { code } } }`,
        ),
      /needs the role ADMIN/,
    );
  });

  it('is refused over a WebSocket alike', async () => {
    const actor = await created(vasterbotten, ACTOR, actorInput('Socketaktören', [area.umea]));
    const socket = connectWebSocket(api, { cookie: jamtland.cookie! });
    try {
      const before = await written();
      const answer = await socket.ask(ACTOR_UPDATE, {
        input: { id: actor.id, version: 1, name: 'Över socketen' },
      });
      expect(answer.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await written()).toEqual(before);
    } finally {
      await socket.client.dispose();
    }
  });

  it('reaches further at the next request once an admin gives them another area', async () => {
    const { browser, id } = await invitedUser(api, 'flytt@region.se', 'EDITOR', [area.jamtland]);
    await expectRefused(
      () => browser.graphql(ACTOR, { input: actorInput('Senare Umeå', [area.umea]) }),
      /outside the areas you may edit/,
    );
    const { data } = await api.graphql(
      `mutation ($input: UserRoleSetInput!) { userRoleSet(input: $input) { user { areas { code } } userErrors { field code } } }`,
      { input: { id, role: 'EDITOR', areas: [area.jamtland, area.vasterbotten] } },
      'admin',
    );
    expect(data!.userRoleSet).toEqual({
      user: { areas: [{ code: '23' }, { code: '24' }] },
      userErrors: [],
    });
    await created(browser, ACTOR, actorInput('Senare Umeå', [area.umea]));
  });

  it('must be given an area: an editor of none is refused, with nothing made', async () => {
    const { data } = await api.graphql(
      `mutation ($input: UserInviteInput!) { userInvite(input: $input) { invitation { id } userErrors { field code } } }`,
      { input: { email: 'ingen@region.se', displayName: 'Ingen', role: 'EDITOR', areas: [] } },
      'admin',
    );
    expect(data!.userInvite).toEqual({
      invitation: null,
      userErrors: [{ field: ['input', 'areas'], code: 'REQUIRED' }],
    });
  });
});

describe('tokens limited to areas', () => {
  const TOKEN = `mutation ($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) { secret apiToken { areas { code } } userErrors { field code } } }`;

  it("of a user, reach no further than the token's areas and the user's", async () => {
    const { data } = await jamtland.graphql(TOKEN, {
      input: { name: 'östersundsimport', areas: [area.ostersund] },
    });
    expect(data!.apiTokenCreate.apiToken.areas).toEqual([{ code: '2380' }]);
    const token = data!.apiTokenCreate.secret as string;
    const local = await api.graphql(
      ACTOR,
      { input: actorInput('Tokenaktören', [area.ostersund]) },
      { token },
    );
    expect(local.data!.actorCreate.userErrors).toEqual([]);
    await expectRefused(
      () => api.graphql(ACTOR, { input: actorInput('Länsnivå', [area.jamtland]) }, { token }),
      /belongs to Jämtlands län/,
    );

    const outside = await jamtland.graphql(TOKEN, {
      input: { name: 'umeåimport', areas: [area.umea] },
    });
    expect(outside.data!.apiTokenCreate.userErrors).toEqual([
      { field: ['input', 'areas'], code: 'INVALID' },
    ]);
  });

  it('of a service account, need areas as an editor, and write only there', async () => {
    const refused = await api.graphql(
      TOKEN,
      { input: { name: 'robot', serviceAccountRole: 'EDITOR' } },
      'admin',
    );
    expect(refused.data!.apiTokenCreate.userErrors).toEqual([
      { field: ['input', 'areas'], code: 'REQUIRED' },
    ]);
    const { data } = await api.graphql(
      TOKEN,
      { input: { name: 'robot', serviceAccountRole: 'EDITOR', areas: [area.vasterbotten] } },
      'admin',
    );
    const token = data!.apiTokenCreate.secret as string;
    const made = await api.graphql(
      ACTOR,
      { input: actorInput('Robotens', [area.umea]) },
      { token },
    );
    expect(made.data!.actorCreate.userErrors).toEqual([]);
    await expectRefused(
      () =>
        api.graphql(ACTOR, { input: actorInput('Robotens Jämtland', [area.jamtland]) }, { token }),
      /belongs to Jämtlands län/,
    );

    // The reach costs one statement before the change and one after it; none for an admin.
    const { id } = made.data!.actorCreate.actor;
    const rename = (version: number, as: { token: string } | 'admin') =>
      api.graphql(ACTOR_UPDATE, { input: { id, version, name: `Robotens ${version}` } }, as);
    const byRobot = await rename(1, { token });
    const byAdmin = await rename(2, 'admin');
    expect(byRobot.data!.actorUpdate.userErrors).toEqual([]);
    expect(byRobot.statements).toBe(byAdmin.statements + 2);
  });
});
