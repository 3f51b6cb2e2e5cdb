import { fromGlobalId } from '../../core/relay/global-id';
import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * Who acts for a member actor holds a position there when they begin to — or is recorded as
 * acting from outside (`externalRepresentatives`). A person listed by mistake is taken back from
 * every period.
 */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const SELECTION = `forumMembership { id version representatives { name }
  externalRepresentatives { name } }`;

let settings = 0;

/** A member actor, a forum, a person on the member's staff from 2024 and one from outside. */
async function setting() {
  const n = ++settings;
  const member = await api.create('actorCreate', {
    name: `Medlem ${n}`,
    sector: 'PUBLIC',
    level: 'LOCAL',
    type: 'MUNICIPALITY',
  });
  const forum = await api.create('forumCreate', {
    name: `Forum ${Math.random()}`,
    kind: 'NETWORK',
  });
  const [staff, consultant] = await api.createAll(
    'personCreate',
    [
      { name: 'Anställd Person', slug: `anstalld-${n}` },
      { name: 'Konsult Person', slug: `konsult-${n}` },
    ],
    'person { id }',
  );
  await api.create('positionCreate', {
    person: staff.id,
    actor: member.id,
    validFrom: '2024-01-01',
  });
  return { member, forum, staff, consultant };
}

describe('representatives of a member actor', () => {
  it('must hold a position there on the day they begin, unless listed as acting from outside', async () => {
    const { member, forum, staff, consultant } = await setting();
    const early = await api.mutate(
      'forumMembershipCreate',
      {
        forum: forum.id,
        member: member.id,
        validFrom: '2023-06-01',
        representatives: [staff.id, consultant.id],
      },
      SELECTION,
      'admin',
    );
    expect(early.userErrors).toEqual([
      {
        field: ['input', 'representatives', '0'],
        code: 'INVALID',
        message:
          'This person holds no position at the member on 2023-06-01: record the position first, or list them in externalRepresentatives as acting from outside.',
      },
      expect.objectContaining({ field: ['input', 'representatives', '1'], code: 'INVALID' }),
    ]);
    expect(
      await api.sql('SELECT 1 FROM forum_membership WHERE forum_id = $1', [
        fromGlobalId(forum.id)!.id,
      ]),
    ).toEqual([]);

    const created = await api.mutate(
      'forumMembershipCreate',
      {
        forum: forum.id,
        member: member.id,
        validFrom: '2024-02-01',
        representatives: [staff.id, consultant.id],
        externalRepresentatives: [consultant.id],
      },
      SELECTION,
      'admin',
    );
    expect(created.userErrors).toEqual([]);
    expect(created.forumMembership).toMatchObject({
      representatives: [{ name: 'Anställd Person' }, { name: 'Konsult Person' }],
      externalRepresentatives: [{ name: 'Konsult Person' }],
    });
  });

  it('refuses an external representative who is not among the representatives', async () => {
    const { member, forum, staff, consultant } = await setting();
    const refused = await api.mutate(
      'forumMembershipCreate',
      {
        forum: forum.id,
        member: member.id,
        representatives: [staff.id],
        externalRepresentatives: [consultant.id],
      },
      SELECTION,
      'admin',
    );
    expect(refused.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'externalRepresentatives', '0'],
        code: 'INVALID',
      }),
    ]);
  });

  it('asks a person added later on the day the change holds from; those already acting stay', async () => {
    const { member, forum, staff, consultant } = await setting();
    const membership = (
      await api.mutate(
        'forumMembershipCreate',
        {
          forum: forum.id,
          member: member.id,
          validFrom: '2020-01-01',
          representatives: [consultant.id],
          externalRepresentatives: [consultant.id],
        },
        SELECTION,
        'admin',
      )
    ).forumMembership;
    const tooEarly = await api.mutate(
      'forumMembershipUpdate',
      {
        id: membership.id,
        version: membership.version,
        representatives: [consultant.id, staff.id],
        changesFrom: '2023-12-31',
      },
      SELECTION,
      'admin',
    );
    expect(tooEarly.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'representatives', '1'],
        message: expect.stringContaining('on 2023-12-31'),
      }),
    ]);
    // The consultant keeps acting from outside: a new list without its external ones keeps them.
    const added = await api.mutate(
      'forumMembershipUpdate',
      {
        id: membership.id,
        version: membership.version,
        representatives: [consultant.id, staff.id],
        changesFrom: '2024-01-01',
      },
      `forumMembership { version representatives { name }
        externalRepresentatives { name }
        before: representatives(asOf: "2023-12-31") { name } }`,
      'admin',
    );
    expect(added.userErrors).toEqual([]);
    expect(added.forumMembership).toEqual({
      version: membership.version + 1,
      representatives: [{ name: 'Konsult Person' }, { name: 'Anställd Person' }],
      externalRepresentatives: [{ name: 'Konsult Person' }],
      before: [{ name: 'Konsult Person' }],
    });
  });

  it('takes a person listed by mistake out of every period, and out of the external ones', async () => {
    const { member, forum, staff, consultant } = await setting();
    const created = await api.mutate(
      'forumMembershipCreate',
      {
        forum: forum.id,
        member: member.id,
        validFrom: '2024-02-01',
        representatives: [consultant.id],
        externalRepresentatives: [consultant.id],
      },
      SELECTION,
      'admin',
    );
    const changed = await api.mutate(
      'forumMembershipUpdate',
      {
        id: created.forumMembership.id,
        version: created.forumMembership.version,
        representatives: [consultant.id, staff.id],
        changesFrom: '2025-01-01',
      },
      'forumMembership { version }',
      'admin',
    );
    const retracted = await api.mutate(
      'forumMembershipRepresentativeRetract',
      {
        membership: created.forumMembership.id,
        version: changed.forumMembership.version,
        person: consultant.id,
        reason: 'Konsulten var aldrig med.',
      },
      `forumMembership { representatives { name } externalRepresentatives { name }
        earlier: representatives(asOf: "2024-06-01") { name } }`,
      'admin',
    );
    expect(retracted.userErrors).toEqual([]);
    expect(retracted.forumMembership).toEqual({
      representatives: [{ name: 'Anställd Person' }],
      externalRepresentatives: [],
      earlier: [],
    });
  });

  it('lets a person act for a member forum without a position: forums employ no one', async () => {
    const { forum, consultant } = await setting();
    const inner = await api.create('forumCreate', {
      name: `Inre ${Math.random()}`,
      kind: 'NETWORK',
    });
    const created = await api.mutate(
      'forumMembershipCreate',
      { forum: forum.id, member: inner.id, representatives: [consultant.id] },
      SELECTION,
      'admin',
    );
    expect(created.userErrors).toEqual([]);
  });
});

describe('a position without a title', () => {
  it('is recorded when the sources name a person with an organisation only, once at a time', async () => {
    const { member, consultant } = await setting();
    const untitled = await api.mutate(
      'positionCreate',
      { person: consultant.id, actor: member.id, validFrom: '2024-01-01' },
      'position { title actor { name } }',
      'admin',
    );
    expect(untitled.userErrors).toEqual([]);
    expect(untitled.position.title).toBeNull();
    const { data } = await api.graphql(
      `query ($actor: ID!) {
        whoDoesWhatChanges(from: "2023-06-01", to: "2024-06-01", filter: { actor: $actor, depth: 1 }) {
          en: summary(lang: EN) sv: summary(lang: SV)
        }
      }`,
      { actor: member.id },
    );
    expect(data!.whoDoesWhatChanges).toContainEqual({
      en: `Konsult Person started at Medlem ${settings}`,
      sv: `Konsult Person började vid Medlem ${settings}`,
    });
    const again = await api.mutate(
      'positionCreate',
      { person: consultant.id, actor: member.id, validFrom: '2025-01-01' },
      'position { title }',
      'admin',
    );
    expect(again.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validFrom'], code: 'OVERLAPPING_PERIOD' }),
    ]);
  });
});
