import { randomUUID } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '../../core/relay/global-id';
import { expectOnlyEditorsMay, type Attempt } from '../../testing/access';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let regionId: string;
let universityId: string;
let sourceId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ regionId, universityId, sourceId } = await api.idsOf({
    regionId: ['actor', 'region-jamtland-harjedalen'],
    universityId: ['actor', 'mittuniversitetet'],
    sourceId: ['firstSource'],
  }));
});
afterAll(() => api.stop());

type Created = { id: string; version: number; [key: string]: any };

const created = (field: string, input: Record<string, unknown>, selection?: string) =>
  api.create(field, input, selection);

let counter = 0;
const unique = (name: string) => `${name} ${++counter}`;

const forum = (name = unique('Mötesforum'), area?: string) =>
  created('forumCreate', { kind: 'NETWORK', name, area }, 'id slug version');
const person = (name: string) => created('personCreate', { name }, 'id slug');
const topic = (name: string) => created('topicCreate', { name }, 'id slug');
const actor = (name: string) =>
  created('actorCreate', { name, sector: 'PUBLIC', level: 'REGIONAL', type: 'OTHER' }, 'id slug');
const meeting = (forumId: string, input: Record<string, unknown> = {}) =>
  created('meetingCreate', {
    forum: forumId,
    title: unique('Möte'),
    startsAt: '2019-02-06T11:00:00+01:00',
    ...input,
  });
const item = (meetingId: string, title: string, input: Record<string, unknown> = {}) =>
  created('agendaItemCreate', { meeting: meetingId, title, ...input }, 'id version position');

async function objectives(...codes: string[]) {
  const strategy = await created('strategyCreate', {
    kind: 'PROGRAMME',
    name: unique('Mötesstrategi'),
    status: 'ACTIVE',
  });
  const list: Created[] = [];
  for (const code of codes) {
    list.push(
      await created(
        'objectiveCreate',
        { strategy: strategy.id, code, title: `Mål ${code}` },
        'id code',
      ),
    );
  }
  return { strategy, objectives: list };
}

async function node(id: string, selection: string) {
  const { data, errors } = await api.graphql(
    `query ($id: ID!) { node(id: $id) { ${selection} } }`,
    {
      id,
    },
  );
  expect(errors).toBeUndefined();
  return data!.node;
}

async function history(id: string, type: string) {
  const found = await node(id, `... on ${type} { history { nodes { operation before after } } }`);
  return found.history.nodes as {
    operation: string;
    before: Record<string, any> | null;
    after: Record<string, any>;
  }[];
}

async function agenda(meetingId: string) {
  const found = await node(
    meetingId,
    '... on Meeting { version agenda { id position title version } }',
  );
  return found as {
    version: number;
    agenda: { id: string; position: number; title: string; version: number }[];
  };
}

/** Rows in every table the meeting mutations write, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM meeting)::int AS meetings,
    (SELECT coalesce(sum(version), 0) FROM meeting)::int AS meeting_versions,
    (SELECT count(*) FROM meeting_citation)::int AS meeting_citations,
    (SELECT count(*) FROM agenda_item)::int AS items,
    (SELECT coalesce(sum(version), 0) FROM agenda_item)::int AS item_versions,
    (SELECT string_agg(id::text || ':' || position, ',' ORDER BY id) FROM agenda_item) AS item_places,
    (SELECT count(*) FROM agenda_item_presenter)::int AS presenters,
    (SELECT count(*) FROM agenda_item_objective)::int AS item_objectives,
    (SELECT count(*) FROM agenda_item_topic)::int AS item_topics,
    (SELECT count(*) FROM decision)::int AS decisions,
    (SELECT coalesce(sum(version), 0) FROM decision)::int AS decision_versions,
    (SELECT count(*) FROM action)::int AS actions,
    (SELECT coalesce(sum(version), 0) FROM action)::int AS action_versions,
    (SELECT count(*) FROM audit_event)::int AS audit`);
  return row;
}

describe('meetings', () => {
  it('create → Forum.meetings(from, to) by start → update → history', async () => {
    const host = await forum('Länspartnerskapet för möten');
    const full = 'id title theme format seriesPosition startsAt startsAtLocal endsAt version';
    const february = await created(
      'meetingCreate',
      {
        forum: host.id,
        title: 'Länspartnerskapets möte',
        theme: 'Kompetensförsörjning',
        format: 'HYBRID',
        seriesPosition: 1,
        startsAt: '2019-02-06T11:00:00+01:00',
        endsAt: '2019-02-06T15:00:00+01:00',
        sources: [{ source: sourceId, quote: 'Länspartnerskapet', section: 'Möten' }],
      },
      `${full} forum { slug } sources { quote section source { id } }`,
    );
    expect(february).toEqual({
      id: expect.any(String),
      title: 'Länspartnerskapets möte',
      theme: 'Kompetensförsörjning',
      format: 'HYBRID',
      seriesPosition: 1,
      startsAt: '2019-02-06T10:00:00.000Z',
      startsAtLocal: '2019-02-06 11:00',
      endsAt: '2019-02-06T14:00:00.000Z',
      version: 1,
      forum: { slug: host.slug },
      sources: [{ quote: 'Länspartnerskapet', section: 'Möten', source: { id: sourceId } }],
    });
    const june = await meeting(host.id, {
      title: 'Sommarmötet',
      startsAt: '2019-06-12T09:00:00+02:00',
      format: 'ONLINE',
      seriesPosition: 2,
    });
    // Recorded last, but it is the earliest.
    const november = await meeting(host.id, {
      title: 'Novembermötet',
      startsAt: '2018-11-20T13:00:00Z',
    });
    await meeting((await forum()).id, { title: 'Ett annat forums möte' });
    expect(await node(february.id, '... on Meeting { id title }')).toEqual({
      id: february.id,
      title: 'Länspartnerskapets möte',
    });

    const meetings = async (from?: string, to?: string) => {
      const { data, errors } = await api.graphql(
        `query ($id: ID!, $from: DateTimeISO, $to: DateTimeISO) {
          node(id: $id) { ... on Forum { meetings(from: $from, to: $to) { title } } }
        }`,
        { id: host.id, from, to },
      );
      expect(errors).toBeUndefined();
      return data!.node.meetings.map((m: { title: string }) => m.title);
    };
    expect(await meetings()).toEqual(['Novembermötet', 'Länspartnerskapets möte', 'Sommarmötet']);
    expect(await meetings('2019-01-01T00:00:00+01:00')).toEqual([
      'Länspartnerskapets möte',
      'Sommarmötet',
    ]);
    // [from, to): a meeting starting at `from` is in, one starting at `to` is not.
    expect(await meetings('2019-02-06T10:00:00Z', '2019-06-12T07:00:00Z')).toEqual([
      'Länspartnerskapets möte',
    ]);
    expect(await meetings(undefined, '2019-02-06T11:00:00+01:00')).toEqual(['Novembermötet']);
    expect(await meetings('2020-01-01T00:00:00Z')).toEqual([]);

    // Two periods in one request, each batched on its own.
    const both = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum {
        early: meetings(to: "2019-01-01T00:00:00Z") { title }
        late: meetings(from: "2019-01-01T00:00:00Z") { title }
      } } }`,
      { id: host.id },
    );
    expect(both.data!.node).toEqual({
      early: [{ title: 'Novembermötet' }],
      late: [{ title: 'Länspartnerskapets möte' }, { title: 'Sommarmötet' }],
    });
    const backwards = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum {
        meetings(from: "2019-02-01T00:00:00Z", to: "2019-01-01T00:00:00Z") { title }
      } } }`,
      { id: host.id },
    );
    expect(backwards.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const updated = await api.mutate(
      'meetingUpdate',
      {
        id: february.id,
        version: 1,
        title: 'Länspartnerskapets vintermöte',
        theme: null,
        endsAt: '2019-02-06T16:00:00+01:00',
      },
      `meeting { ${full} }`,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.meeting).toMatchObject({
      title: 'Länspartnerskapets vintermöte',
      theme: null,
      format: 'HYBRID',
      seriesPosition: 1,
      startsAt: '2019-02-06T10:00:00.000Z',
      endsAt: '2019-02-06T15:00:00.000Z',
      version: 2,
    });
    // A meeting may give up its place in the series, and another take it.
    const moved = await api.mutate(
      'meetingUpdate',
      { id: june.id, version: 1, seriesPosition: null },
      'meeting { seriesPosition version }',
    );
    expect(moved.meeting).toEqual({ seriesPosition: null, version: 2 });
    const taken = await api.mutate(
      'meetingUpdate',
      { id: november.id, version: 1, seriesPosition: 2 },
      'meeting { seriesPosition }',
    );
    expect(taken).toEqual({ meeting: { seriesPosition: 2 }, userErrors: [] });

    const events = await history(february.id, 'Meeting');
    expect(events.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(events[0].before).toMatchObject({
      title: 'Länspartnerskapets möte',
      theme: 'Kompetensförsörjning',
      endsAt: '2019-02-06T14:00:00.000Z',
    });
    expect(events[0].after).toMatchObject({
      title: 'Länspartnerskapets vintermöte',
      theme: null,
      endsAt: '2019-02-06T15:00:00.000Z',
      agendaItemIds: [],
    });
    expect(events[1].after.sources).toEqual([
      { sourceId: expect.any(String), quote: 'Länspartnerskapet', section: 'Möten' },
    ]);
  });

  it('gives startsAtLocal on the clock in Europe/Stockholm, in winter and in summer', async () => {
    const host = await forum();
    const local = async (startsAt: string) => {
      const { id } = await meeting(host.id, { startsAt });
      return node(id, '... on Meeting { startsAt startsAtLocal }');
    };
    // Winter: UTC+1.
    expect(await local('2019-02-06T10:00:00Z')).toEqual({
      startsAt: '2019-02-06T10:00:00.000Z',
      startsAtLocal: '2019-02-06 11:00',
    });
    // Summer: UTC+2, across midnight.
    expect(await local('2019-08-20T22:30:00Z')).toEqual({
      startsAt: '2019-08-20T22:30:00.000Z',
      startsAtLocal: '2019-08-21 00:30',
    });
    // Given with another offset: the same instant, shown in Stockholm.
    expect(await local('2019-06-12T09:00:00+02:00')).toEqual({
      startsAt: '2019-06-12T07:00:00.000Z',
      startsAtLocal: '2019-06-12 09:00',
    });
    expect(await local('2019-06-12T12:00:00+05:00')).toEqual({
      startsAt: '2019-06-12T07:00:00.000Z',
      startsAtLocal: '2019-06-12 09:00',
    });
  });
});

describe('agenda items', () => {
  it('presenters, objectives and topics in order; default last, inserted in place → update → history', async () => {
    const host = await meeting((await forum()).id);
    const [anna, bo] = [await person('Anna Föredragande'), await person('Bo Föredragande')];
    const { objectives: goals } = await objectives('1', '2', '3');
    const [skills, lobbying] = [await topic('Kompetens i möten'), await topic('Påverkan i möten')];

    const welcome = await item(host.id, 'Välkommen');
    const report = await created(
      'agendaItemCreate',
      {
        meeting: host.id,
        title: '  Lägesrapport RUS  ',
        description: 'Hur arbetet med strategin går.',
        presenters: [{ person: anna.id, actor: regionId, title: '  utredare ' }, { person: bo.id }],
        objectives: [goals[1].id, goals[0].id],
        topics: [lobbying.id],
        sources: [{ source: sourceId, quote: 'Länspartnerskapsmöte' }],
      },
      `id version position title description meeting { id }
       presenters { person { slug } actor { slug } title }
       objectives { code } topics { slug } sources { quote }`,
    );
    expect(report).toEqual({
      id: expect.any(String),
      version: 1,
      position: 2,
      title: 'Lägesrapport RUS',
      description: 'Hur arbetet med strategin går.',
      meeting: { id: host.id },
      presenters: [
        {
          person: { slug: anna.slug },
          actor: { slug: 'region-jamtland-harjedalen' },
          title: 'utredare',
        },
        { person: { slug: bo.slug }, actor: null, title: null },
      ],
      objectives: [{ code: '2' }, { code: '1' }],
      topics: [{ slug: lobbying.slug }],
      sources: [{ quote: 'Länspartnerskapsmöte' }],
    });
    const other = await item(host.id, 'Övrigt');
    expect([welcome.position, other.position]).toEqual([1, 3]);
    // Asked for place 2: the items from there on move down one.
    const skillsItem = await item(host.id, 'Kompetensförsörjning', { position: 2 });
    expect(skillsItem.position).toBe(2);
    expect((await agenda(host.id)).agenda.map((i) => [i.position, i.title])).toEqual([
      [1, 'Välkommen'],
      [2, 'Kompetensförsörjning'],
      [3, 'Lägesrapport RUS'],
      [4, 'Övrigt'],
    ]);
    // Place "one after the last" is the end.
    expect((await item(host.id, 'Avslutning', { position: 5 })).position).toBe(5);

    const updated = await api.mutate(
      'agendaItemUpdate',
      {
        id: report.id,
        version: 1,
        title: 'Lägesrapport för RUS',
        presenters: [{ person: bo.id, actor: universityId, title: 'professor' }],
        objectives: null,
        topics: [skills.id, lobbying.id],
      },
      `agendaItem { version position title description
        presenters { person { slug } actor { slug } title } objectives { code } topics { slug } }`,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.agendaItem).toEqual({
      version: 2,
      position: 3,
      title: 'Lägesrapport för RUS',
      description: 'Hur arbetet med strategin går.',
      presenters: [
        { person: { slug: bo.slug }, actor: { slug: 'mittuniversitetet' }, title: 'professor' },
      ],
      objectives: [],
      topics: [{ slug: skills.slug }, { slug: lobbying.slug }],
    });

    const events = await history(report.id, 'AgendaItem');
    expect(events.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(events[1].after).toMatchObject({ position: 2, title: 'Lägesrapport RUS' });
    // Moved down one by the item put before it; an update never moves it.
    expect(events[0].before).toMatchObject({
      title: 'Lägesrapport RUS',
      position: 3,
      presenters: [
        { personId: expect.any(String), actorId: expect.any(String), title: 'utredare' },
        { personId: expect.any(String), actorId: null, title: null },
      ],
      objectiveIds: [expect.any(String), expect.any(String)],
    });
    expect(events[0].after).toMatchObject({
      title: 'Lägesrapport för RUS',
      position: 3,
      presenters: [{ personId: expect.any(String), title: 'professor' }],
      objectiveIds: [],
      topicIds: [expect.any(String), expect.any(String)],
    });
  });

  it('agendaReorder sets the whole order at once, bumps the meeting’s version and audits it', async () => {
    const host = await meeting((await forum()).id);
    const [a, b, c] = [
      await item(host.id, 'Punkt A'),
      await item(host.id, 'Punkt B'),
      await item(host.id, 'Punkt C'),
    ];
    const reordered = await api.mutate(
      'agendaReorder',
      { meeting: host.id, version: 1, items: [c.id, a.id, b.id] },
      'meeting { id version agenda { title position } }',
    );
    expect(reordered).toEqual({
      meeting: {
        id: host.id,
        version: 2,
        agenda: [
          { title: 'Punkt C', position: 1 },
          { title: 'Punkt A', position: 2 },
          { title: 'Punkt B', position: 3 },
        ],
      },
      userErrors: [],
    });
    // The items themselves did not change; their order is the meeting's.
    expect((await agenda(host.id)).agenda.map((i) => i.version)).toEqual([1, 1, 1]);

    const events = await history(host.id, 'Meeting');
    expect(events.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(events[0].before!.agendaItemIds).toHaveLength(3);
    expect(events[0].after.agendaItemIds).toEqual([
      events[0].before!.agendaItemIds[2],
      events[0].before!.agendaItemIds[0],
      events[0].before!.agendaItemIds[1],
    ]);
    expect(events[0].after.version).toBe(2);

    // New items still go last; a second reorder needs the meeting's new version.
    expect((await item(host.id, 'Punkt D')).position).toBe(4);
    const stale = await api.mutate(
      'agendaReorder',
      { meeting: host.id, version: 1, items: [a.id, b.id, c.id] },
      'meeting { id }',
    );
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);
    const d = (await agenda(host.id)).agenda[3];
    const again = await api.mutate(
      'agendaReorder',
      { meeting: host.id, version: 2, items: [d.id, a.id, b.id, c.id] },
      'meeting { version agenda { title } }',
    );
    expect(again.meeting).toEqual({
      version: 3,
      agenda: [
        { title: 'Punkt D' },
        { title: 'Punkt A' },
        { title: 'Punkt B' },
        { title: 'Punkt C' },
      ],
    });
  });

  it('agendaReorder refuses a missing, foreign or duplicate item and changes nothing', async () => {
    const host = await meeting((await forum()).id);
    const [a, b] = [await item(host.id, 'Första'), await item(host.id, 'Andra')];
    const elsewhere = await meeting((await forum()).id);
    const foreign = await item(elsewhere.id, 'Annan mötespunkt');
    const before = await writtenRows();
    const reorder = (items: string[], meetingId = host.id) =>
      api.mutate('agendaReorder', { meeting: meetingId, version: 1, items }, 'meeting { id }');

    for (const items of [
      [b.id], // missing
      [b.id, a.id, foreign.id], // foreign
      [b.id, foreign.id], // foreign instead of one of its own
      [b.id, a.id, b.id], // duplicate
      [b.id, toGlobalId('AgendaItem', randomUUID()), a.id], // unknown
      [], // none
    ]) {
      const refused = await reorder(items);
      expect(refused).toEqual({
        meeting: null,
        userErrors: [
          {
            field: ['input', 'items'],
            code: 'INVALID',
            message: expect.stringMatching(/exactly once/),
          },
        ],
      });
    }
    const wrongKind = await reorder([b.id, host.id]);
    expect(wrongKind.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'items', '1'], code: 'NOT_FOUND' }),
    ]);
    const noMeeting = await reorder([b.id, a.id], toGlobalId('Meeting', randomUUID()));
    expect(noMeeting.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'meeting'], code: 'NOT_FOUND' }),
    ]);
    expect(await writtenRows()).toEqual(before);
    expect((await agenda(host.id)).agenda.map((i) => i.title)).toEqual(['Första', 'Andra']);
  });
});

describe('decisions', () => {
  it('with and without a subject, listed on the meeting → update → history', async () => {
    const host = await forum();
    const decidedAt = await meeting(host.id);
    const { strategy, objectives: goals } = await objectives('4');
    const theme = await topic('Beslutstema');
    const SELECTION = `id version text date meeting { id }
      subject { __typename ... on Strategy { id } ... on Objective { id } ... on Forum { id } ... on Topic { id } }
      sources { quote }`;
    const first = await created(
      'decisionCreate',
      {
        text: '  Länspartnerskapet ställer sig bakom strategin.  ',
        date: '2019-02-06',
        meeting: decidedAt.id,
        subject: strategy.id,
        sources: [{ source: sourceId, quote: 'Ställningstaganden och beslut' }],
      },
      SELECTION,
    );
    expect(first).toEqual({
      id: expect.any(String),
      version: 1,
      text: 'Länspartnerskapet ställer sig bakom strategin.',
      date: '2019-02-06',
      meeting: { id: decidedAt.id },
      subject: { __typename: 'Strategy', id: strategy.id },
      sources: [{ quote: 'Ställningstaganden och beslut' }],
    });
    await created('decisionCreate', {
      text: 'Temat lyfts.',
      meeting: decidedAt.id,
      subject: theme.id,
    });
    const elsewhere = await created(
      'decisionCreate',
      { text: 'Målet gäller.', subject: goals[0].id },
      SELECTION,
    );
    expect(elsewhere).toMatchObject({ meeting: null, subject: { __typename: 'Objective' } });
    await created('decisionCreate', { text: 'Nästa möte i maj.', meeting: decidedAt.id });

    const listed = await node(
      decidedAt.id,
      '... on Meeting { decisions { text subject { __typename } } }',
    );
    expect(listed.decisions).toEqual([
      {
        text: 'Länspartnerskapet ställer sig bakom strategin.',
        subject: { __typename: 'Strategy' },
      },
      { text: 'Temat lyfts.', subject: { __typename: 'Topic' } },
      { text: 'Nästa möte i maj.', subject: null },
    ]);

    const toForum = await api.mutate(
      'decisionUpdate',
      { id: first.id, version: 1, subject: host.id, date: null },
      `decision { ${SELECTION} }`,
    );
    expect(toForum.userErrors).toEqual([]);
    expect(toForum.decision).toMatchObject({
      version: 2,
      date: null,
      meeting: { id: decidedAt.id },
      subject: { __typename: 'Forum', id: host.id },
    });
    const cleared = await api.mutate(
      'decisionUpdate',
      { id: first.id, version: 2, subject: null, meeting: null },
      `decision { ${SELECTION} }`,
    );
    expect(cleared.decision).toMatchObject({ version: 3, meeting: null, subject: null });
    const [row] = await api.sql(
      `SELECT num_nonnulls(strategy_id, objective_id, forum_id, topic_id)::int AS subjects
       FROM decision WHERE text = 'Länspartnerskapet ställer sig bakom strategin.'`,
    );
    expect(row.subjects).toBe(0);

    const events = await history(first.id, 'Decision');
    expect(events.map((e) => e.operation)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(events[2].after).toMatchObject({
      subject: { kind: 'Strategy', id: expect.any(String) },
      date: '2019-02-06',
    });
    expect(events[1].after).toMatchObject({ subject: { kind: 'Forum' }, date: null });
    expect(events[0].after).toMatchObject({ subject: null, meetingId: null });
  });
});

describe('actions', () => {
  it('Actor.actions(status) and Meeting.actions → update → a status change audited', async () => {
    const owner = await actor(unique('Åtgärdsägare'));
    const anna = await person('Anna Åtgärdsson');
    const decidedAt = await meeting((await forum()).id);
    const SELECTION = `id version title description due status
      owner { id } person { slug } meeting { id } sources { quote }`;
    const survey = await created(
      'actionCreate',
      {
        title: 'Ta fram en lägesbild',
        description: 'Till nästa möte.',
        owner: owner.id,
        person: anna.id,
        due: '2019-03-01',
        meeting: decidedAt.id,
        sources: [{ source: sourceId, quote: 'gemensam bild' }],
      },
      SELECTION,
    );
    expect(survey).toEqual({
      id: expect.any(String),
      version: 1,
      title: 'Ta fram en lägesbild',
      description: 'Till nästa möte.',
      due: '2019-03-01',
      status: 'OPEN',
      owner: { id: owner.id },
      person: { slug: anna.slug },
      meeting: { id: decidedAt.id },
      sources: [{ quote: 'gemensam bild' }],
    });
    await created('actionCreate', {
      title: 'Bjuda in fler',
      owner: owner.id,
      meeting: decidedAt.id,
    });
    await created('actionCreate', {
      title: 'Sammanställa svar',
      owner: owner.id,
      due: '2019-02-20',
      meeting: decidedAt.id,
    });
    await created('actionCreate', {
      title: 'Ansöka om medel',
      owner: owner.id,
      due: '2019-04-01',
      status: 'IN_PROGRESS',
    });
    await created('actionCreate', { title: 'Någon annans åtgärd', owner: regionId });

    const actions = async (status?: string) => {
      const { data, errors } = await api.graphql(
        `query ($id: ID!, $status: ActionStatus) {
          node(id: $id) { ... on Actor { actions(status: $status) { title due status } } }
        }`,
        { id: owner.id, status },
      );
      expect(errors).toBeUndefined();
      return data!.node.actions.map((a: { title: string }) => a.title);
    };
    // By due date, none last.
    expect(await actions()).toEqual([
      'Sammanställa svar',
      'Ta fram en lägesbild',
      'Ansöka om medel',
      'Bjuda in fler',
    ]);
    expect(await actions('OPEN')).toEqual([
      'Sammanställa svar',
      'Ta fram en lägesbild',
      'Bjuda in fler',
    ]);
    expect(await actions('IN_PROGRESS')).toEqual(['Ansöka om medel']);
    expect(await actions('DONE')).toEqual([]);
    const ofMeeting = await node(decidedAt.id, '... on Meeting { actions { title owner { id } } }');
    expect(ofMeeting.actions.map((a: { title: string }) => a.title)).toEqual([
      'Sammanställa svar',
      'Ta fram en lägesbild',
      'Bjuda in fler',
    ]);

    const updated = await api.mutate(
      'actionUpdate',
      {
        id: survey.id,
        version: 1,
        title: 'Ta fram en lägesbild för länet',
        due: null,
        person: null,
      },
      `action { ${SELECTION} }`,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.action).toMatchObject({
      version: 2,
      title: 'Ta fram en lägesbild för länet',
      due: null,
      person: null,
      status: 'OPEN',
      meeting: { id: decidedAt.id },
    });
    expect((await actions('OPEN')).at(-1)).toBe('Ta fram en lägesbild för länet');

    const done = await api.mutate(
      'actionSetStatus',
      { id: survey.id, version: 2, status: 'DONE' },
      'action { status version title }',
    );
    expect(done).toEqual({
      action: { status: 'DONE', version: 3, title: 'Ta fram en lägesbild för länet' },
      userErrors: [],
    });
    expect(await actions('DONE')).toEqual(['Ta fram en lägesbild för länet']);
    const stale = await api.mutate(
      'actionSetStatus',
      { id: survey.id, version: 2, status: 'CANCELLED' },
      'action { status }',
    );
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);

    const events = await history(survey.id, 'Action');
    expect(events.map((e) => e.operation)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(events[0].before).toMatchObject({ status: 'OPEN', version: 2 });
    expect(events[0].after).toMatchObject({ status: 'DONE', version: 3 });
    expect(events[1].before).toMatchObject({ due: '2019-03-01', title: 'Ta fram en lägesbild' });
    expect(events[1].after).toMatchObject({ due: null, personId: null, status: 'OPEN' });
  });
});

describe('refusals', () => {
  it('refuses bad input with every problem and its path, writing nothing', async () => {
    const host = await forum();
    const inSeries = await meeting(host.id, { seriesPosition: 3 });
    const anna = await person('Anna Felsson');
    const { objectives: goals } = await objectives('7');
    await item(inSeries.id, 'Enda punkten');
    const before = await writtenRows();
    const unknown = (type: string) => toGlobalId(type, randomUUID());

    const meetingErrors = await api.mutate(
      'meetingCreate',
      {
        forum: unknown('Forum'),
        title: '  ',
        startsAt: '2019-02-06T11:00:00+01:00',
        endsAt: '2019-02-06T10:59:00+01:00',
        seriesPosition: 0,
      },
      'meeting { id }',
    );
    expect(meetingErrors).toEqual({
      meeting: null,
      userErrors: [
        expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
        {
          field: ['input', 'endsAt'],
          code: 'INVALID_PERIOD',
          message: expect.stringMatching(/2019-02-06 10:59 is not after 2019-02-06 11:00/),
        },
        expect.objectContaining({ field: ['input', 'forum'], code: 'NOT_FOUND' }),
        expect.objectContaining({ field: ['input', 'seriesPosition'], code: 'INVALID' }),
      ],
    });
    const sameInstant = await api.mutate(
      'meetingCreate',
      {
        forum: host.id,
        title: 'Noll minuter',
        startsAt: '2019-02-06T11:00:00+01:00',
        endsAt: '2019-02-06T10:00:00Z',
      },
      'meeting { id }',
    );
    expect(sameInstant.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'endsAt'], code: 'INVALID_PERIOD' }),
    ]);
    const sameSeriesPlace = await api.mutate(
      'meetingCreate',
      { forum: host.id, title: 'Också trea', startsAt: '2019-03-01T10:00:00Z', seriesPosition: 3 },
      'meeting { id }',
    );
    expect(sameSeriesPlace.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'seriesPosition'], code: 'TAKEN' }),
    ]);
    const backwardsByUpdate = await api.mutate(
      'meetingUpdate',
      { id: inSeries.id, version: 1, endsAt: '2019-02-01T00:00:00Z' },
      'meeting { id }',
    );
    expect(backwardsByUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'endsAt'], code: 'INVALID_PERIOD' }),
    ]);
    const wrongForumKind = await api.mutate(
      'meetingCreate',
      { forum: regionId, title: 'Fel sorts forum', startsAt: '2019-03-01T10:00:00Z' },
      'meeting { id }',
    );
    expect(wrongForumKind.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'forum'], code: 'NOT_FOUND' }),
    ]);

    const itemErrors = await api.mutate(
      'agendaItemCreate',
      {
        meeting: inSeries.id,
        title: '',
        position: 3,
        presenters: [{ person: unknown('Person') }, { person: anna.id, actor: unknown('Actor') }],
        objectives: [goals[0].id, unknown('Objective')],
        topics: [unknown('Topic')],
      },
      'agendaItem { id }',
    );
    expect(itemErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'position'], code: 'INVALID' }),
      expect.objectContaining({ field: ['input', 'presenters', '0', 'person'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'presenters', '1', 'actor'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'objectives', '1'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'topics', '0'], code: 'NOT_FOUND' }),
    ]);
    const noMeeting = await api.mutate(
      'agendaItemCreate',
      { meeting: unknown('Meeting'), title: 'Punkt utan möte' },
      'agendaItem { id }',
    );
    expect(noMeeting.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'meeting'], code: 'NOT_FOUND' }),
    ]);
    const wrongPersonKind = await api.mutate(
      'agendaItemCreate',
      { meeting: inSeries.id, title: 'Fel sorts person', presenters: [{ person: regionId }] },
      'agendaItem { id }',
    );
    expect(wrongPersonKind.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'presenters', '0', 'person'], code: 'NOT_FOUND' }),
    ]);

    const decisionErrors = await api.mutate(
      'decisionCreate',
      { text: ' ', meeting: unknown('Meeting'), subject: unknown('Topic') },
      'decision { id }',
    );
    expect(decisionErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'text'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'meeting'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'subject'], code: 'NOT_FOUND' }),
    ]);
    const wrongSubject = await api.mutate(
      'decisionCreate',
      { text: 'Om en aktör', subject: regionId },
      'decision { id }',
    );
    expect(wrongSubject.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'subject'], code: 'WRONG_KIND' }),
    ]);

    const actionErrors = await api.mutate(
      'actionCreate',
      {
        title: '',
        owner: unknown('Actor'),
        person: unknown('Person'),
        meeting: unknown('Meeting'),
      },
      'action { id }',
    );
    expect(actionErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'owner'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'person'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'meeting'], code: 'NOT_FOUND' }),
    ]);
    const action = await created('actionCreate', { title: 'Ägd åtgärd', owner: regionId });
    const rowsWithAction = await writtenRows();
    const noOwner = await api.mutate(
      'actionUpdate',
      { id: action.id, version: 1, owner: null },
      'action { id }',
    );
    expect(noOwner.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'owner'], code: 'REQUIRED' }),
    ]);
    const noAction = await api.mutate(
      'actionSetStatus',
      { id: unknown('Action'), version: 1, status: 'DONE' },
      'action { id }',
    );
    expect(noAction.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' }),
    ]);

    expect(await writtenRows()).toEqual(rowsWithAction);
    expect(rowsWithAction).toEqual({
      ...before,
      actions: before.actions + 1,
      action_versions: before.action_versions + 1,
      audit: before.audit + 1,
    });
  });

  it('has the database refuse two decision subjects, backwards meetings and taken places', async () => {
    const host = await forum();
    const first = await meeting(host.id, { seriesPosition: 1 });
    const { strategy, objectives: goals } = await objectives('8');
    const theme = await topic('Databastema');
    const dbId = (globalId: string) => fromGlobalId(globalId)!.id;
    const [forumId, meetingId] = [dbId(host.id), dbId(first.id)];

    const decision = (subjects: Record<string, string | null>) =>
      api.sql(
        `INSERT INTO decision (text, strategy_id, objective_id, forum_id, topic_id)
         VALUES ('Två ämnen', $1, $2, $3, $4)`,
        [
          subjects.strategy ?? null,
          subjects.objective ?? null,
          subjects.forum ?? null,
          subjects.topic ?? null,
        ],
      );
    await expect(decision({ strategy: dbId(strategy.id), topic: dbId(theme.id) })).rejects.toThrow(
      /decision_at_most_one_subject/,
    );
    await expect(decision({ objective: dbId(goals[0].id), forum: forumId })).rejects.toThrow(
      /decision_at_most_one_subject/,
    );
    await decision({ topic: dbId(theme.id) });
    await decision({});

    const insertMeeting = (
      startsAt: string,
      endsAt: string | null,
      seriesPosition: number | null,
    ) =>
      api.sql(
        `INSERT INTO meeting (forum_id, title, starts_at, ends_at, series_position)
         VALUES ($1, 'Direkt i databasen', $2, $3, $4)`,
        [forumId, startsAt, endsAt, seriesPosition],
      );
    await expect(
      insertMeeting('2019-02-06T11:00:00+01:00', '2019-02-06T10:00:00+01:00', null),
    ).rejects.toThrow(/meeting_period_check/);
    await expect(insertMeeting('2019-02-06T11:00:00+01:00', null, 1)).rejects.toThrow(
      /meeting_series_position_key/,
    );
    await expect(insertMeeting('2019-02-06T11:00:00+01:00', null, 0)).rejects.toThrow(
      /meeting_series_position_check/,
    );

    await item(first.id, 'Första punkten');
    await expect(
      api.sql(
        `INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Också etta')`,
        [meetingId],
      ),
    ).rejects.toThrow(/agenda_item_position_key/);
    await expect(
      api.sql(`INSERT INTO action (title, owner_id, status) VALUES ('Okänd status', $1, 'LATER')`, [
        dbId(regionId),
      ]),
    ).rejects.toThrow(/action_status_check/);
  });

  it('lets no VIEWER or anonymous caller change anything; an EDITOR may; anyone may read', async () => {
    const host = await forum(undefined, api.sweden);
    const existing = await meeting(host.id);
    const reordered = await meeting(host.id);
    const existingItem = await item(reordered.id, 'Befintlig punkt');
    const existingAction = await created('actionCreate', { title: 'Befintlig', owner: regionId });
    const attempts: Attempt[] = [
      ['meetingCreate', { forum: host.id, title: 'Obehörigt', startsAt: '2019-03-01T10:00:00Z' }],
      ['meetingUpdate', { id: existing.id, version: 1, title: 'Obehörigt ändrad' }],
      ['agendaItemCreate', { meeting: existing.id, title: 'Obehörig punkt' }],
      ['agendaItemUpdate', { id: existingItem.id, version: 1, title: 'Obehörig ändring' }],
      ['agendaReorder', { meeting: reordered.id, version: 1, items: [existingItem.id] }],
      ['decisionCreate', { text: 'Obehörigt beslut', meeting: existing.id }],
      ['actionCreate', { title: 'Obehörig åtgärd', owner: regionId }],
      ['actionSetStatus', { id: existingAction.id, version: 1, status: 'DONE' }],
    ];
    await expectOnlyEditorsMay(api, attempts, writtenRows);
    const read = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum { meetings { title agenda { title } } } } }`,
      { id: host.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.node.meetings).toHaveLength(3);
  });
});

describe('SQL statements per request', () => {
  it('reads a forum’s meetings, agendas, presenters, objectives and topics in as many statements for 10 × 6 × 3 as for 2 × 2', async () => {
    const people = [
      await person('Statement Person A'),
      await person('Statement Person B'),
      await person('Statement Person C'),
    ];
    const actors = [regionId, universityId];
    const { objectives: goals } = await objectives('S1', 'S2', 'S3');
    const topics = [await topic('Statementtema A'), await topic('Statementtema B')];

    const fill = async (meetings: number, items: number, presenters: number) => {
      const host = await forum();
      for (let m = 0; m < meetings; m++) {
        const { id } = await meeting(host.id, {
          startsAt: new Date(Date.UTC(2019, 0, 1 + m, 9)).toISOString(),
          seriesPosition: m + 1,
        });
        for (let i = 0; i < items; i++) {
          await item(id, `Punkt ${i + 1}`, {
            presenters: Array.from({ length: presenters }, (_, p) => ({
              person: people[p % people.length].id,
              actor: actors[(i + p) % actors.length],
              title: `Roll ${p + 1}`,
            })),
            objectives: [goals[i % goals.length].id, goals[(i + 1) % goals.length].id],
            topics: [topics[i % topics.length].id],
          });
        }
      }
      return host;
    };
    const small = await fill(2, 2, 1);
    const large = await fill(10, 6, 3);

    const query = `query ($slug: String!) { forum(slug: $slug) {
      name
      meetings(from: "2019-01-01T00:00:00Z", to: "2020-01-01T00:00:00Z") {
        title startsAtLocal
        agenda {
          position title
          presenters { title person { name } actor { name } }
          objectives { code }
          topics { name }
        }
      }
    } }`;
    const few = await api.graphql(query, { slug: small.slug });
    const many = await api.graphql(query, { slug: large.slug });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(few.data!.forum.meetings).toHaveLength(2);
    expect(many.data!.forum.meetings).toHaveLength(10);
    const last = many.data!.forum.meetings[9];
    expect(last.agenda).toHaveLength(6);
    expect(last.agenda[5]).toEqual({
      position: 6,
      title: 'Punkt 6',
      presenters: [
        {
          title: 'Roll 1',
          person: { name: 'Statement Person A' },
          actor: { name: expect.any(String) },
        },
        {
          title: 'Roll 2',
          person: { name: 'Statement Person B' },
          actor: { name: expect.any(String) },
        },
        {
          title: 'Roll 3',
          person: { name: 'Statement Person C' },
          actor: { name: expect.any(String) },
        },
      ],
      objectives: [{ code: 'S3' }, { code: 'S1' }],
      topics: [{ name: 'Statementtema B' }],
    });
    expect(many.statements).toBe(few.statements);
    // forum + meetings + agendas + presenters + people + actors + objective ids + objectives
    // + topic ids + topics
    expect(many.statements).toBeLessThanOrEqual(10);
  });
});
