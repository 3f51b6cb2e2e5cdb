import { fromGlobalId } from '../../core/relay/global-id';
import { expectOnlyEditorsMay } from '../../testing/access';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let countyId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ countyId } = await api.idsOf({ countyId: ['area', '23'] }));
});
afterAll(() => api.stop());

const ENDED = ['ForumMembership', 'Position', 'Responsibility']
  .map((type) => `... on ${type} { id validFrom validTo }`)
  .join(' ')
  .replace(/^/, '__typename ');
const actorInput = (name: string) => ({
  name,
  sector: 'CIVIL_SOCIETY',
  level: 'LOCAL',
  type: 'OTHER',
  areas: [countyId],
});

/** The rows an archive or dissolution may write, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT coalesce(sum(version), 0) FROM actor)::int AS actor_versions,
    (SELECT coalesce(sum(version), 0) FROM forum)::int AS forum_versions,
    (SELECT coalesce(sum(version), 0) FROM forum_membership)::int AS membership_versions,
    (SELECT coalesce(sum(version), 0) FROM position)::int AS position_versions,
    (SELECT coalesce(sum(version), 0) FROM responsibility)::int AS responsibility_versions,
    (SELECT count(*) FROM ended_with)::int AS remembered,
    (SELECT count(*) FROM audit_event)::int AS audit`);
  return row;
}

/** An actor in a forum, with a person in a position and a responsibility for the forum. */
async function actorWithTies(name: string) {
  const actor = await api.create('actorCreate', actorInput(name));
  const forum = await api.create('forumCreate', { name: `Forum för ${name}`, kind: 'NETWORK' });
  const person = await api.create('personCreate', { name: `Person hos ${name}` });
  const membership = await api.create('forumMembershipCreate', {
    forum: forum.id,
    member: actor.id,
    representatives: [person.id],
    // The position below begins a year after the membership: the person acts from outside first.
    externalRepresentatives: [person.id],
    validFrom: '2020-01-01',
  });
  const position = await api.create('positionCreate', {
    person: person.id,
    actor: actor.id,
    title: 'Ordförande',
    validFrom: '2021-01-01',
    validTo: '2030-01-01',
  });
  const responsibility = await api.create('responsibilityCreate', {
    actor: actor.id,
    subject: forum.id,
    role: 'CONVENES',
    validFrom: '2022-01-01',
  });
  const over = await api.create('responsibilityCreate', {
    actor: actor.id,
    subject: forum.id,
    role: 'FUNDS',
    validFrom: '2019-01-01',
    validTo: '2020-01-01',
  });
  return { actor, forum, person, membership, position, responsibility, over };
}

async function membersOn(forumId: string, asOf: string) {
  const { data } = await api.graphql(
    `query ($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Forum {
      members(asOf: $asOf) { member { ... on Actor { name } ... on Forum { name } } }
    } } }`,
    { id: forumId, asOf },
  );
  return data!.node.members.map((m: { member: { name: string } }) => m.member.name);
}

describe('actorArchive and actorRestore', () => {
  it('ends what is open on the day in one change, lists it, and undoes exactly that', async () => {
    const ties = await actorWithTies('Arkivföreningen');
    const archived = await api.mutate(
      'actorArchive',
      { id: ties.actor.id, version: ties.actor.version, archivedOn: '2025-07-01' },
      `actor { archivedOn archivedAt version } ended { ${ENDED} }`,
    );
    expect(archived.userErrors).toEqual([]);
    expect(archived.actor).toMatchObject({ archivedOn: '2025-07-01', version: 2 });
    expect(archived.ended).toEqual([
      {
        __typename: 'ForumMembership',
        id: ties.membership.id,
        validFrom: '2020-01-01',
        validTo: '2025-07-01',
      },
      {
        __typename: 'Position',
        id: ties.position.id,
        validFrom: '2021-01-01',
        validTo: '2025-07-01',
      },
      {
        __typename: 'Responsibility',
        id: ties.responsibility.id,
        validFrom: '2022-01-01',
        validTo: '2025-07-01',
      },
    ]);
    // The member is gone from the forum from that day; the day before it still sat there.
    expect(await membersOn(ties.forum.id, '2025-06-30')).toEqual(['Arkivföreningen']);
    expect(await membersOn(ties.forum.id, '2025-07-01')).toEqual([]);
    const history = await api.sql(
      `SELECT record_type, operation FROM audit_event
       WHERE request_id IS NOT NULL AND operation IN ('ARCHIVE', 'END')
         AND record_id IN ($1, $2, $3, $4) ORDER BY id`,
      [ties.actor, ties.membership, ties.position, ties.responsibility].map(
        (record) => fromGlobalId(record.id)!.id,
      ),
    );
    expect(history).toEqual([
      { record_type: 'Actor', operation: 'ARCHIVE' },
      { record_type: 'ForumMembership', operation: 'END' },
      { record_type: 'Position', operation: 'END' },
      { record_type: 'Responsibility', operation: 'END' },
    ]);

    // Someone corrects the position's end meanwhile: the undo leaves it as they left it.
    const corrected = await api.mutate(
      'positionUpdate',
      { id: ties.position.id, version: 2, validTo: '2025-03-01' },
      'position { validTo }',
    );
    expect(corrected.userErrors).toEqual([]);
    const restored = await api.mutate(
      'actorRestore',
      { id: ties.actor.id, version: 2 },
      `actor { archivedOn archivedAt version } restored { ${ENDED} ... on Responsibility { status } }`,
    );
    expect(restored.userErrors).toEqual([]);
    expect(restored.actor).toEqual({ archivedOn: null, archivedAt: null, version: 3 });
    expect(restored.restored).toEqual([
      {
        __typename: 'ForumMembership',
        id: ties.membership.id,
        validFrom: '2020-01-01',
        validTo: null,
      },
      {
        __typename: 'Responsibility',
        id: ties.responsibility.id,
        validFrom: '2022-01-01',
        validTo: null,
        status: 'ACTIVE',
      },
    ]);
    expect(await membersOn(ties.forum.id, '2025-07-01')).toEqual(['Arkivföreningen']);
    const [position] = await api.sql(`SELECT valid_to::text FROM position WHERE id = $1`, [
      fromGlobalId(ties.position.id)!.id,
    ]);
    expect(position.valid_to).toBe('2025-03-01');
    expect(
      await api.sql(
        'SELECT count(*)::int AS n FROM ended_with WHERE cause_id IN (SELECT id FROM actor WHERE name = $1)',
        ['Arkivföreningen'],
      ),
    ).toEqual([{ n: 0 }]);

    // Not archived: nothing to restore.
    const again = await api.mutate(
      'actorRestore',
      { id: ties.actor.id, version: 3 },
      'actor { id }',
    );
    expect(again.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'INVALID' }),
    ]);
  });

  it('refuses a day on which something that depends on it has not begun, writing nothing', async () => {
    const ties = await actorWithTies('Tidigföreningen');
    const before = await writtenRows();
    const refused = await api.mutate(
      'actorArchive',
      { id: ties.actor.id, version: 1, archivedOn: '2021-06-01' },
      'actor { id } ended { __typename }',
    );
    expect(refused).toEqual({
      actor: null,
      ended: null,
      userErrors: [expect.objectContaining({ field: ['input', 'archivedOn'], code: 'INVALID' })],
    });
    expect(refused.userErrors[0].message).toMatch(
      /1 of the records .* begin on or after 2021-06-01 \(the first on 2022-01-01\)/,
    );
    expect(await writtenRows()).toEqual(before);
  });
});

describe('forumDissolve and forumRestore', () => {
  it('ends its memberships both ways and the responsibilities for it, and refuses later meetings', async () => {
    const ties = await actorWithTies('Upplösningsföreningen');
    const outer = await api.create('forumCreate', { name: 'Yttre forumet', kind: 'NETWORK' });
    const inOuter = await api.create('forumMembershipCreate', {
      forum: outer.id,
      member: ties.forum.id,
    });
    const dissolved = await api.mutate(
      'forumDissolve',
      { id: ties.forum.id, version: 1, dissolvedOn: '2026-01-01' },
      `forum { status dissolvedOn } ended { ${ENDED} }`,
    );
    expect(dissolved.userErrors).toEqual([]);
    expect(dissolved.forum).toEqual({ status: 'DISSOLVED', dissolvedOn: '2026-01-01' });
    expect(dissolved.ended.map((record: { id: string }) => record.id)).toEqual([
      ties.membership.id,
      ties.responsibility.id,
      inOuter.id,
    ]);
    const meeting = (startsAt: string) =>
      api.mutate(
        'meetingCreate',
        { forum: ties.forum.id, title: 'Möte', startsAt },
        'meeting { id }',
      );
    expect((await meeting('2025-12-31T10:00:00+01:00')).userErrors).toEqual([]);
    const late = await meeting('2026-01-01T10:00:00+01:00');
    expect(late.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'startsAt'], code: 'ENDED' }),
    ]);
    expect(late.userErrors[0].message).toMatch(/dissolved on 2026-01-01/);
    const twice = await api.mutate(
      'forumDissolve',
      { id: ties.forum.id, version: 2 },
      'forum { id }',
    );
    expect(twice.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'ENDED' }),
    ]);

    const restored = await api.mutate(
      'forumRestore',
      { id: ties.forum.id, version: 2 },
      `forum { status dissolvedOn } restored { ${ENDED} }`,
    );
    expect(restored.userErrors).toEqual([]);
    expect(restored.forum).toEqual({ status: 'ACTIVE', dissolvedOn: null });
    expect(restored.restored.map((record: { validTo: string | null }) => record.validTo)).toEqual([
      null,
      null,
      null,
    ]);
    expect((await meeting('2026-01-01T10:00:00+01:00')).userErrors).toEqual([]);
  });

  it('lets no VIEWER or anonymous caller archive, dissolve or restore; an EDITOR may', async () => {
    const actor = await api.create('actorCreate', actorInput('Behörighetsföreningen'));
    const forum = await api.create('forumCreate', {
      name: 'Behörighetsforumet',
      kind: 'NETWORK',
      area: api.sweden,
    });
    await expectOnlyEditorsMay(
      api,
      [
        ['actorArchive', { id: actor.id, version: 1 }],
        ['actorRestore', { id: actor.id, version: 2 }],
        ['forumDissolve', { id: forum.id, version: 1 }],
        ['forumRestore', { id: forum.id, version: 2 }],
      ],
      writtenRows,
    );
  });
});
