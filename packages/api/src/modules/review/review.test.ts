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

const created = (field: string, input: Record<string, unknown>, selection?: string) =>
  api.create(field, input, selection);

let counter = 0;
const unique = (name: string) => `${name} ${++counter}`;

const forum = (name = unique('Granskat forum'), area?: string) =>
  created('forumCreate', { kind: 'PARTNERSHIP', name, area }, 'id slug version');
const person = (name: string) => created('personCreate', { name }, 'id slug');
const meeting = (forumId: string, startsAt: string, title = unique('Möte')) =>
  created('meetingCreate', { forum: forumId, title, startsAt });
const review = (forumId: string, input: Record<string, unknown> = {}) =>
  created('reviewCreate', { forum: forumId, title: unique('Utvärdering'), ...input });
const question = (reviewId: string, title: string, input: Record<string, unknown> = {}) =>
  created('openQuestionCreate', { review: reviewId, title, ...input }, 'id version position');
const action = (title: string, input: Record<string, unknown> = {}) =>
  created('actionCreate', { title, owner: regionId, ...input }, 'id version status');
const unknown = (type: string) => toGlobalId(type, randomUUID());

async function node(id: string, selection: string, as?: 'viewer') {
  const { data, errors } = await api.graphql(
    `query ($id: ID!) { node(id: $id) { ${selection} } }`,
    { id },
    as,
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

async function setStatus(id: string, version: number, status: string) {
  const payload = await api.mutate(
    'actionSetStatus',
    { id, version, status },
    'action { status version }',
  );
  expect(payload.userErrors).toEqual([]);
  return payload.action.version as number;
}

/** Rows in every table the review mutations write, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM review)::int AS reviews,
    (SELECT coalesce(sum(version), 0) FROM review)::int AS review_versions,
    (SELECT count(*) FROM review_contact)::int AS contacts,
    (SELECT count(*) FROM review_citation)::int AS review_citations,
    (SELECT count(*) FROM review_finding)::int AS findings,
    (SELECT coalesce(sum(version), 0) FROM review_finding)::int AS finding_versions,
    (SELECT count(*) FROM review_shift)::int AS shifts,
    (SELECT count(*) FROM open_question)::int AS questions,
    (SELECT coalesce(sum(version), 0) FROM open_question)::int AS question_versions,
    (SELECT count(*) FROM decision)::int AS decisions,
    (SELECT count(*) FROM action)::int AS actions,
    (SELECT coalesce(sum(version), 0) FROM action)::int AS action_versions,
    (SELECT count(*) FROM agenda_item)::int AS items,
    (SELECT coalesce(sum(version), 0) FROM agenda_item)::int AS item_versions,
    (SELECT count(*) FROM audit_event)::int AS audit`);
  return row;
}

describe('reviews', () => {
  it('create → Forum.reviews by date (undated last) → its parts in order → update → history', async () => {
    const host = await forum('Länspartnerskapet under lupp');
    const [anna, bo] = [await person('Anna Granskare'), await person('Bo Kontaktsson')];
    const FULL = `id version title background goal method date themes
      forum { id } commissionedBy { slug }
      contacts { role person { slug } }
      sources { quote section }`;
    const evaluation = await created(
      'reviewCreate',
      {
        forum: host.id,
        title: '  Utvärdering av Länspartnerskapet  ',
        background: 'Lagen och en ny programperiod för EU:s fonder.',
        goal: 'Att forma partnerskapets roll framåt.',
        method: 'Ett 30-tal intervjuer med ledamöter och tjänstepersoner.',
        date: '2021-05-10',
        commissionedBy: regionId,
        themes: ['Förväntningar', '  Deltagarnas roller ', 'Beredning'],
        contacts: [{ person: anna.id, role: '  Ansvarig tjänsteperson ' }, { person: bo.id }],
        sources: [{ source: sourceId, quote: 'Ett 30-tal intervjuer', section: 'Metod' }],
      },
      FULL,
    );
    expect(evaluation).toEqual({
      id: expect.any(String),
      version: 1,
      title: 'Utvärdering av Länspartnerskapet',
      background: 'Lagen och en ny programperiod för EU:s fonder.',
      goal: 'Att forma partnerskapets roll framåt.',
      method: 'Ett 30-tal intervjuer med ledamöter och tjänstepersoner.',
      date: '2021-05-10',
      themes: ['Förväntningar', 'Deltagarnas roller', 'Beredning'],
      forum: { id: host.id },
      commissionedBy: { slug: 'region-jamtland-harjedalen' },
      contacts: [
        { role: 'Ansvarig tjänsteperson', person: { slug: anna.slug } },
        { role: null, person: { slug: bo.slug } },
      ],
      sources: [{ quote: 'Ett 30-tal intervjuer', section: 'Metod' }],
    });
    await review(host.id, { title: 'Odaterad uppföljning' });
    await review(host.id, { title: 'Tidig enkät', date: '2019-11-01' });
    await review((await forum()).id, { title: 'Ett annat forums utvärdering' });
    expect(await node(evaluation.id, '... on Review { id title }')).toEqual({
      id: evaluation.id,
      title: 'Utvärdering av Länspartnerskapet',
    });
    const ofForum = await node(host.id, '... on Forum { reviews { title date } }');
    expect(ofForum.reviews).toEqual([
      { title: 'Tidig enkät', date: '2019-11-01' },
      { title: 'Utvärdering av Länspartnerskapet', date: '2021-05-10' },
      { title: 'Odaterad uppföljning', date: null },
    ]);

    // Its parts: findings, shifts, open questions and decisions, each in order.
    const first = await created(
      'reviewFindingCreate',
      {
        review: evaluation.id,
        title: 'Otydliga förväntningar',
        text: 'Ledamöterna vet inte vad som förväntas av dem.',
        points: ['Mandatet är oklart', '  Rollerna skiftar  '],
        category: 'Utmaningar',
        sources: [{ source: sourceId, quote: 'förväntas' }],
      },
      'id version position title text points category review { id } sources { quote }',
    );
    expect(first).toEqual({
      id: expect.any(String),
      version: 1,
      position: 1,
      title: 'Otydliga förväntningar',
      text: 'Ledamöterna vet inte vad som förväntas av dem.',
      points: ['Mandatet är oklart', 'Rollerna skiftar'],
      category: 'Utmaningar',
      review: { id: evaluation.id },
      sources: [{ quote: 'förväntas' }],
    });
    const second = await created(
      'reviewFindingCreate',
      { review: evaluation.id, title: 'Engagerade ledamöter' },
      'id version position points category',
    );
    expect(second).toMatchObject({ position: 2, points: [], category: null });
    const detail = await created(
      'reviewShiftCreate',
      { review: evaluation.id, from: ' detaljfokus ', to: 'helhet och strategi' },
      'id version position from to review { id }',
    );
    expect(detail).toEqual({
      id: expect.any(String),
      version: 1,
      position: 1,
      from: 'detaljfokus',
      to: 'helhet och strategi',
      review: { id: evaluation.id },
    });
    await created('reviewShiftCreate', {
      review: evaluation.id,
      from: 'information',
      to: 'dialog',
    });
    const preparation = await created(
      'openQuestionCreate',
      {
        review: evaluation.id,
        title: 'Beredningsfrågan',
        text: 'Vem bereder ärendena?',
        points: ['Presidiet', 'Tjänstepersonerna'],
      },
      'id version position title text points review { id }',
    );
    expect(preparation).toEqual({
      id: expect.any(String),
      version: 1,
      position: 1,
      title: 'Beredningsfrågan',
      text: 'Vem bereder ärendena?',
      points: ['Presidiet', 'Tjänstepersonerna'],
      review: { id: evaluation.id },
    });
    expect((await question(evaluation.id, 'Mötesformen')).position).toBe(2);
    const decided = await created(
      'decisionCreate',
      { text: 'Partnerskapet tar del av utvärderingen.', review: evaluation.id },
      'id review { id }',
    );
    expect(decided.review).toEqual({ id: evaluation.id });
    await created('decisionCreate', { text: 'Presidiet bereder ärendena.', review: evaluation.id });
    await created('decisionCreate', { text: 'Ett beslut utan utvärdering.' });

    // A finding moved last: the order follows positions.
    const moved = await api.mutate(
      'reviewFindingUpdate',
      { id: first.id, version: 1, position: 3, points: null, category: null },
      'reviewFinding { version position title points category }',
    );
    expect(moved).toEqual({
      reviewFinding: {
        version: 2,
        position: 3,
        title: 'Otydliga förväntningar',
        points: [],
        category: null,
      },
      userErrors: [],
    });
    const PARTS = `... on Review {
      findings { position title }
      shifts { position from to }
      openQuestions { position title points }
      decisions { text review { id } }
    }`;
    expect(await node(evaluation.id, PARTS)).toEqual({
      findings: [
        { position: 2, title: 'Engagerade ledamöter' },
        { position: 3, title: 'Otydliga förväntningar' },
      ],
      shifts: [
        { position: 1, from: 'detaljfokus', to: 'helhet och strategi' },
        { position: 2, from: 'information', to: 'dialog' },
      ],
      openQuestions: [
        { position: 1, title: 'Beredningsfrågan', points: ['Presidiet', 'Tjänstepersonerna'] },
        { position: 2, title: 'Mötesformen', points: [] },
      ],
      decisions: [
        { text: 'Partnerskapet tar del av utvärderingen.', review: { id: evaluation.id } },
        { text: 'Presidiet bereder ärendena.', review: { id: evaluation.id } },
      ],
    });

    const updated = await api.mutate(
      'reviewUpdate',
      {
        id: evaluation.id,
        version: 1,
        title: 'Utvärdering av Länspartnerskapet 2021',
        background: null,
        commissionedBy: universityId,
        themes: ['Deltagarnas roller'],
        contacts: [{ person: bo.id, role: 'Utvärderare' }],
      },
      `review { ${FULL} }`,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.review).toMatchObject({
      version: 2,
      title: 'Utvärdering av Länspartnerskapet 2021',
      background: null,
      goal: 'Att forma partnerskapets roll framåt.',
      date: '2021-05-10',
      themes: ['Deltagarnas roller'],
      forum: { id: host.id },
      commissionedBy: { slug: 'mittuniversitetet' },
      contacts: [{ role: 'Utvärderare', person: { slug: bo.slug } }],
    });
    const cleared = await api.mutate(
      'reviewUpdate',
      { id: evaluation.id, version: 2, themes: null, contacts: null, commissionedBy: null },
      'review { version themes contacts { role } commissionedBy { slug } }',
    );
    expect(cleared.review).toEqual({ version: 3, themes: [], contacts: [], commissionedBy: null });
    const shifted = await api.mutate(
      'reviewShiftUpdate',
      { id: detail.id, version: 1, to: 'helhet' },
      'reviewShift { version from to }',
    );
    expect(shifted.reviewShift).toEqual({ version: 2, from: 'detaljfokus', to: 'helhet' });
    const rephrased = await api.mutate(
      'openQuestionUpdate',
      { id: preparation.id, version: 1, title: 'Beredningen', points: ['Presidiet'] },
      'openQuestion { version title text points }',
    );
    expect(rephrased.openQuestion).toEqual({
      version: 2,
      title: 'Beredningen',
      text: 'Vem bereder ärendena?',
      points: ['Presidiet'],
    });

    const reviewEvents = await history(evaluation.id, 'Review');
    expect(reviewEvents.map((e) => e.operation)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(reviewEvents[2].after).toMatchObject({
      title: 'Utvärdering av Länspartnerskapet',
      themes: ['Förväntningar', 'Deltagarnas roller', 'Beredning'],
      contacts: [
        { personId: anna.id, role: 'Ansvarig tjänsteperson' },
        { personId: bo.id, role: null },
      ],
      sources: [{ sourceId, quote: 'Ett 30-tal intervjuer' }],
    });
    expect(reviewEvents[1].before).toMatchObject({
      background: 'Lagen och en ny programperiod för EU:s fonder.',
      commissionedById: regionId,
    });
    expect(reviewEvents[1].after).toMatchObject({
      background: null,
      commissionedById: universityId,
      contacts: [{ personId: bo.id, role: 'Utvärderare' }],
    });
    expect(reviewEvents[0].after).toMatchObject({ themes: [], contacts: [], version: 3 });

    const findingEvents = await history(first.id, 'ReviewFinding');
    expect(findingEvents.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(findingEvents[0].before).toMatchObject({
      position: 1,
      points: ['Mandatet är oklart', 'Rollerna skiftar'],
      category: 'Utmaningar',
    });
    expect(findingEvents[0].after).toMatchObject({ position: 3, points: [], category: null });
    const shiftEvents = await history(detail.id, 'ReviewShift');
    expect(shiftEvents.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(shiftEvents[0].before).toMatchObject({ from: 'detaljfokus', to: 'helhet och strategi' });
    expect(shiftEvents[0].after).toMatchObject({ to: 'helhet', version: 2 });
    const questionEvents = await history(preparation.id, 'OpenQuestion');
    expect(questionEvents.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(questionEvents[0].before).toMatchObject({ title: 'Beredningsfrågan', position: 1 });
    expect(questionEvents[0].after).toMatchObject({ title: 'Beredningen', points: ['Presidiet'] });
  });

  it('lists every review by title in pages', async () => {
    const host = await forum();
    for (const title of ['Öppna frågor', 'Analys av nätverket', 'Enkät om mötena']) {
      await review(host.id, { title });
    }
    const PAGE = `query ($after: String) {
      reviews(first: 2, after: $after) {
        totalCount nodes { title } pageInfo { hasNextPage endCursor }
      }
    }`;
    const all = await api.graphql(`{ reviews(first: 100) { totalCount nodes { title } } }`);
    const titles: string[] = all.data!.reviews.nodes.map((n: { title: string }) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Öppna frågor', 'Analys av nätverket', 'Enkät om mötena']),
    );
    expect(titles.indexOf('Analys av nätverket')).toBeLessThan(titles.indexOf('Enkät om mötena'));
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: { data?: any } = await api.graphql(PAGE, { after });
      expect(data!.reviews.totalCount).toBe(titles.length);
      paged.push(...data!.reviews.nodes.map((n: { title: string }) => n.title));
      if (!data!.reviews.pageInfo.hasNextPage) break;
      after = data!.reviews.pageInfo.endCursor;
    }
    expect(paged).toEqual(titles);
  });
});

describe('follow-up', () => {
  const FOLLOW_UP = `... on Review {
    followUp { status openQuestion { title } actions { title status } }
  }`;

  it('turns an open question into actions; their statuses give NO_ACTION → OPEN → DONE', async () => {
    const evaluation = await review((await forum()).id);
    const preparation = await question(evaluation.id, 'Beredningsfrågan');
    const form = await question(evaluation.id, 'Mötesformen');
    const untouched = await question(evaluation.id, 'Kommunikationen');
    expect((await node(evaluation.id, FOLLOW_UP)).followUp).toEqual([
      { status: 'NO_ACTION', openQuestion: { title: 'Beredningsfrågan' }, actions: [] },
      { status: 'NO_ACTION', openQuestion: { title: 'Mötesformen' }, actions: [] },
      { status: 'NO_ACTION', openQuestion: { title: 'Kommunikationen' }, actions: [] },
    ]);

    const propose = await action('Föreslå en beredningsgrupp', {
      openQuestion: preparation.id,
      due: '2021-09-01',
    });
    const ask = await action('Fråga ledamöterna', {
      openQuestion: preparation.id,
      due: '2021-08-15',
    });
    const trial = await action('Pröva digitala möten', { openQuestion: form.id });
    const linked = await node(
      propose.id,
      '... on Action { openQuestion { id title review { id } } }',
    );
    expect(linked.openQuestion).toEqual({
      id: preparation.id,
      title: 'Beredningsfrågan',
      review: { id: evaluation.id },
    });
    expect(
      (await node(preparation.id, '... on OpenQuestion { actions { title } }')).actions,
    ).toEqual([{ title: 'Fråga ledamöterna' }, { title: 'Föreslå en beredningsgrupp' }]);

    const statuses = async () =>
      (await node(evaluation.id, FOLLOW_UP)).followUp.map(
        (f: { status: string }) => f.status,
      ) as string[];
    expect(await statuses()).toEqual(['OPEN', 'OPEN', 'NO_ACTION']);

    let askVersion = await setStatus(ask.id, ask.version, 'IN_PROGRESS');
    expect(await statuses()).toEqual(['OPEN', 'OPEN', 'NO_ACTION']);
    askVersion = await setStatus(ask.id, askVersion, 'DONE');
    // One done, one still open: the question is still open.
    expect(await statuses()).toEqual(['OPEN', 'OPEN', 'NO_ACTION']);
    await setStatus(propose.id, propose.version, 'CANCELLED');
    await setStatus(trial.id, trial.version, 'CANCELLED');
    expect((await node(evaluation.id, FOLLOW_UP)).followUp).toEqual([
      {
        status: 'DONE',
        openQuestion: { title: 'Beredningsfrågan' },
        actions: [
          { title: 'Fråga ledamöterna', status: 'DONE' },
          { title: 'Föreslå en beredningsgrupp', status: 'CANCELLED' },
        ],
      },
      {
        status: 'CANCELLED',
        openQuestion: { title: 'Mötesformen' },
        actions: [{ title: 'Pröva digitala möten', status: 'CANCELLED' }],
      },
      { status: 'NO_ACTION', openQuestion: { title: 'Kommunikationen' }, actions: [] },
    ]);

    // An action can be moved to another question, or freed from any.
    const movedAction = await api.mutate(
      'actionUpdate',
      { id: ask.id, version: askVersion, openQuestion: untouched.id },
      'action { openQuestion { title } }',
    );
    expect(movedAction).toEqual({
      action: { openQuestion: { title: 'Kommunikationen' } },
      userErrors: [],
    });
    expect(await statuses()).toEqual(['CANCELLED', 'CANCELLED', 'DONE']);
    const freed = await api.mutate(
      'actionUpdate',
      { id: ask.id, version: askVersion + 1, openQuestion: null },
      'action { openQuestion { title } }',
    );
    expect(freed.action).toEqual({ openQuestion: null });
    expect(await statuses()).toEqual(['CANCELLED', 'CANCELLED', 'NO_ACTION']);
    const events = await history(ask.id, 'Action');
    expect(events[0].before).toMatchObject({ openQuestionId: untouched.id });
    expect(events[0].after).toMatchObject({ openQuestionId: null });
  });

  it('puts an open question or an action on the next meeting’s agenda, linked both ways', async () => {
    const host = await forum();
    const past = await meeting(host.id, '2019-02-06T11:00:00+01:00', 'Förra mötet');
    const later = await meeting(host.id, '2099-06-01T09:00:00+02:00', 'Sommarmötet');
    const next = await meeting(host.id, '2099-02-01T09:00:00+01:00', 'Nästa möte');
    await created('agendaItemCreate', { meeting: next.id, title: 'Välkommen' });
    const evaluation = await review(host.id);
    const preparation = await question(evaluation.id, 'Beredningsfrågan');
    const ITEM = `id position title meeting { id title }
      openQuestion { id title } action { id title }`;

    const put = await api.mutate(
      'followUpSchedule',
      { openQuestion: preparation.id },
      `agendaItem { ${ITEM} }`,
    );
    expect(put).toEqual({
      agendaItem: {
        id: expect.any(String),
        position: 2,
        title: 'Beredningsfrågan',
        meeting: { id: next.id, title: 'Nästa möte' },
        openQuestion: { id: preparation.id, title: 'Beredningsfrågan' },
        action: null,
      },
      userErrors: [],
    });
    expect(
      await node(
        preparation.id,
        '... on OpenQuestion { agendaItems { id meeting { id } openQuestion { id } } }',
      ),
    ).toEqual({
      agendaItems: [
        { id: put.agendaItem.id, meeting: { id: next.id }, openQuestion: { id: preparation.id } },
      ],
    });
    expect(
      (await node(next.id, '... on Meeting { agenda { title } }')).agenda.map(
        (i: { title: string }) => i.title,
      ),
    ).toEqual(['Välkommen', 'Beredningsfrågan']);
    // Asked again, even twice at once, it answers with the item already scheduled.
    const before = await writtenRows();
    const again = await Promise.all(
      [1, 2].map(() =>
        api.mutate('followUpSchedule', { openQuestion: preparation.id }, 'agendaItem { id }'),
      ),
    );
    expect(again).toEqual(
      [1, 2].map(() => ({ agendaItem: { id: put.agendaItem.id }, userErrors: [] })),
    );
    expect(await writtenRows()).toEqual(before);

    // An action agreed at a meeting goes to its forum's next meeting…
    const agreed = await action('Skicka ut minnesanteckningar', { meeting: past.id });
    const putAction = await api.mutate(
      'followUpSchedule',
      { action: agreed.id },
      `agendaItem { ${ITEM} }`,
    );
    expect(putAction.agendaItem).toMatchObject({
      position: 3,
      title: 'Skicka ut minnesanteckningar',
      meeting: { id: next.id },
      openQuestion: null,
      action: { id: agreed.id, title: 'Skicka ut minnesanteckningar' },
    });
    // …and one that follows up an open question to the next meeting of the review's forum.
    const proposal = await action('Föreslå en beredningsgrupp', { openQuestion: preparation.id });
    const putProposal = await api.mutate(
      'followUpSchedule',
      { action: proposal.id },
      'agendaItem { meeting { id } action { id } }',
    );
    expect(putProposal.agendaItem).toEqual({
      meeting: { id: next.id },
      action: { id: proposal.id },
    });
    expect(
      await node(proposal.id, '... on Action { agendaItems { title meeting { id } } }'),
    ).toEqual({ agendaItems: [{ title: 'Föreslå en beredningsgrupp', meeting: { id: next.id } }] });

    // Taken up by hand with agendaItemCreate, and switched from a question to an action.
    const byHand = await created(
      'agendaItemCreate',
      { meeting: later.id, title: 'Beredning, igen', openQuestion: preparation.id },
      'id version openQuestion { id } action { id }',
    );
    expect(byHand).toMatchObject({ openQuestion: { id: preparation.id }, action: null });
    const switched = await api.mutate(
      'agendaItemUpdate',
      { id: byHand.id, version: 1, openQuestion: null, action: proposal.id },
      'agendaItem { openQuestion { id } action { id } }',
    );
    expect(switched).toEqual({
      agendaItem: { openQuestion: null, action: { id: proposal.id } },
      userErrors: [],
    });
    expect(
      (await node(preparation.id, '... on OpenQuestion { agendaItems { id } }')).agendaItems,
    ).toEqual([{ id: put.agendaItem.id }]);
    const events = await history(byHand.id, 'AgendaItem');
    expect(events[0].before).toMatchObject({
      openQuestionId: preparation.id,
      actionId: null,
    });
    expect(events[0].after).toMatchObject({
      openQuestionId: null,
      actionId: proposal.id,
    });
  });

  it('refuses to put anything on the agenda of a forum with no upcoming meeting, writing nothing', async () => {
    const quiet = await forum('Forum utan kommande möten');
    const past = await meeting(quiet.id, '2020-03-01T10:00:00+01:00');
    const evaluation = await review(quiet.id);
    const open = await question(evaluation.id, 'Vart tog mötena vägen?');
    const agreed = await action('Kalla till möte', { meeting: past.id });
    const homeless = await action('Åtgärd utan forum');
    const before = await writtenRows();
    const put = (input: Record<string, unknown>) =>
      api.mutate('followUpSchedule', input, 'agendaItem { id }');

    expect(await put({ openQuestion: open.id })).toEqual({
      agendaItem: null,
      userErrors: [
        {
          field: ['input', 'openQuestion'],
          code: 'NOT_FOUND',
          message: expect.stringMatching(
            /forum "Forum utan kommande möten" has no upcoming meeting/,
          ),
        },
      ],
    });
    expect((await put({ action: agreed.id })).userErrors).toEqual([
      {
        field: ['input', 'action'],
        code: 'NOT_FOUND',
        message: expect.stringMatching(/has no upcoming meeting/),
      },
    ]);
    expect((await put({ action: homeless.id })).userErrors).toEqual([
      {
        field: ['input', 'action'],
        code: 'NOT_FOUND',
        message: expect.stringMatching(/belongs to no forum/),
      },
    ]);
    // The input is @oneOf: GraphQL itself refuses both or neither, before the resolver runs.
    await expect(put({ openQuestion: open.id, action: agreed.id })).rejects.toThrow(/exactly one/i);
    await expect(put({})).rejects.toThrow(/exactly one/i);
    expect((await put({ openQuestion: agreed.id })).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'openQuestion'], code: 'WRONG_KIND' }),
    ]);
    expect((await put({ action: unknown('Action') })).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'action'], code: 'NOT_FOUND' }),
    ]);
    expect(await writtenRows()).toEqual(before);
  });
});

describe('refusals', () => {
  it('refuses bad input with every problem and its path, writing nothing', async () => {
    const host = await forum();
    const anna = await person('Anna Felgranskare');
    const evaluation = await review(host.id);
    const open = await question(evaluation.id, 'En öppen fråga');
    const agreed = await action('En åtgärd');
    const at = await meeting(host.id, '2099-01-01T10:00:00Z');
    const before = await writtenRows();

    const reviewErrors = await api.mutate(
      'reviewCreate',
      {
        forum: unknown('Forum'),
        title: '  ',
        themes: ['Förväntningar', '  '],
        commissionedBy: unknown('Actor'),
        contacts: [{ person: unknown('Person') }, { person: anna.id, role: 'x'.repeat(201) }],
      },
      'review { id }',
    );
    expect(reviewErrors).toEqual({
      review: null,
      userErrors: [
        expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
        expect.objectContaining({ field: ['input', 'themes', '1'], code: 'REQUIRED' }),
        expect.objectContaining({ field: ['input', 'forum'], code: 'NOT_FOUND' }),
        expect.objectContaining({ field: ['input', 'commissionedBy'], code: 'NOT_FOUND' }),
        expect.objectContaining({
          field: ['input', 'contacts', '0', 'person'],
          code: 'NOT_FOUND',
        }),
        expect.objectContaining({ field: ['input', 'contacts', '1', 'role'], code: 'TOO_LONG' }),
      ],
    });
    const wrongKinds = await api.mutate(
      'reviewCreate',
      { forum: regionId, title: 'Fel sorts forum', contacts: [{ person: regionId }] },
      'review { id }',
    );
    expect(wrongKinds.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'forum'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'contacts', '0', 'person'], code: 'NOT_FOUND' }),
    ]);
    const blankUpdate = await api.mutate(
      'reviewUpdate',
      { id: evaluation.id, version: 1, title: '', themes: [' '] },
      'review { id }',
    );
    expect(blankUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'themes', '0'], code: 'REQUIRED' }),
    ]);
    // A review stays with its forum: the update has no such field.
    await expect(
      api.mutate(
        'reviewUpdate',
        { id: evaluation.id, version: 1, forum: host.id },
        'review { id }',
      ),
    ).rejects.toThrow(/forum/);

    const findingErrors = await api.mutate(
      'reviewFindingCreate',
      { review: unknown('Review'), title: '', points: ['Ett', ' '], position: 0 },
      'reviewFinding { id }',
    );
    expect(findingErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'points', '1'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'position'], code: 'INVALID' }),
      expect.objectContaining({ field: ['input', 'review'], code: 'NOT_FOUND' }),
    ]);
    const shiftErrors = await api.mutate(
      'reviewShiftCreate',
      { review: evaluation.id, from: ' ', to: '' },
      'reviewShift { id }',
    );
    expect(shiftErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'from'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'to'], code: 'REQUIRED' }),
    ]);
    const questionErrors = await api.mutate(
      'openQuestionCreate',
      { review: host.id, title: '', points: ['  '] },
      'openQuestion { id }',
    );
    expect(questionErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'review'], code: 'NOT_FOUND' }),
    ]);
    const questionFields = await api.mutate(
      'openQuestionCreate',
      { review: unknown('Review'), title: '', points: ['  '] },
      'openQuestion { id }',
    );
    expect(questionFields.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'points', '0'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'review'], code: 'NOT_FOUND' }),
    ]);
    const blankQuestion = await api.mutate(
      'openQuestionUpdate',
      { id: open.id, version: 1, title: ' ', points: ['Giltig', ''] },
      'openQuestion { id }',
    );
    expect(blankQuestion.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'points', '1'], code: 'REQUIRED' }),
    ]);

    const decisionErrors = await api.mutate(
      'decisionCreate',
      { text: 'Om en okänd utvärdering', review: unknown('Review') },
      'decision { id }',
    );
    expect(decisionErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'review'], code: 'NOT_FOUND' }),
    ]);
    const actionErrors = await api.mutate(
      'actionCreate',
      { title: 'Svar på en okänd fråga', owner: regionId, openQuestion: unknown('OpenQuestion') },
      'action { id }',
    );
    expect(actionErrors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'openQuestion'], code: 'NOT_FOUND' }),
    ]);

    const itemErrors = async (input: Record<string, unknown>) =>
      (
        await api.mutate(
          'agendaItemCreate',
          { meeting: at.id, title: 'Punkt', ...input },
          'agendaItem { id }',
        )
      ).userErrors;
    expect(await itemErrors({ openQuestion: open.id, action: agreed.id })).toEqual([
      {
        field: ['input', 'action'],
        code: 'INVALID',
        message: expect.stringMatching(/open question or an action, not both/),
      },
    ]);
    expect(await itemErrors({ openQuestion: unknown('OpenQuestion') })).toEqual([
      expect.objectContaining({ field: ['input', 'openQuestion'], code: 'NOT_FOUND' }),
    ]);
    expect(await itemErrors({ action: unknown('Action') })).toEqual([
      expect.objectContaining({ field: ['input', 'action'], code: 'NOT_FOUND' }),
    ]);
    expect(await itemErrors({ openQuestion: evaluation.id, action: open.id })).toEqual([
      expect.objectContaining({ field: ['input', 'openQuestion'], code: 'WRONG_KIND' }),
      expect.objectContaining({ field: ['input', 'action'], code: 'WRONG_KIND' }),
    ]);

    expect(await writtenRows()).toEqual(before);
  });

  it('has the database refuse an agenda item taking up both a question and an action', async () => {
    const host = await forum();
    const at = await meeting(host.id, '2099-01-01T10:00:00Z');
    const open = await question((await review(host.id)).id, 'Databasfrågan');
    const agreed = await action('Databasåtgärd');
    const dbId = (globalId: string) => fromGlobalId(globalId)!.id;
    await expect(
      api.sql(
        `INSERT INTO agenda_item (meeting_id, position, title, open_question_id, action_id)
         VALUES ($1, 1, 'Båda', $2, $3)`,
        [dbId(at.id), dbId(open.id), dbId(agreed.id)],
      ),
    ).rejects.toThrow(/agenda_item_at_most_one_follow_up/);
    await expect(
      api.sql(
        `INSERT INTO review_finding (review_id, position, title) VALUES ($1, 0, 'Plats noll')`,
        [dbId((await review(host.id)).id)],
      ),
    ).rejects.toThrow(/review_finding_position_check/);
  });

  it('lets no VIEWER or anonymous caller change anything; an EDITOR may; anyone may read', async () => {
    const host = await forum(undefined, api.sweden);
    await meeting(host.id, '2099-03-01T10:00:00Z');
    const evaluation = await review(host.id);
    const finding = await created('reviewFindingCreate', { review: evaluation.id, title: 'Fynd' });
    const shift = await created('reviewShiftCreate', {
      review: evaluation.id,
      from: 'A',
      to: 'B',
    });
    const open = await question(evaluation.id, 'Befintlig fråga');
    const attempts: Attempt[] = [
      ['reviewCreate', { forum: host.id, title: 'Obehörig utvärdering' }],
      ['reviewUpdate', { id: evaluation.id, version: 1, title: 'Obehörigt ändrad' }],
      ['reviewFindingCreate', { review: evaluation.id, title: 'Obehörigt fynd' }],
      ['reviewFindingUpdate', { id: finding.id, version: 1, title: 'Obehörig ändring' }],
      ['reviewShiftCreate', { review: evaluation.id, from: 'X', to: 'Y' }],
      ['reviewShiftUpdate', { id: shift.id, version: 1, to: 'Z' }],
      ['openQuestionCreate', { review: evaluation.id, title: 'Obehörig fråga' }],
      ['openQuestionUpdate', { id: open.id, version: 1, title: 'Obehörigt omformulerad' }],
      ['followUpSchedule', { openQuestion: open.id }],
    ];
    await expectOnlyEditorsMay(api, attempts, writtenRows);
    const read = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum { reviews {
        title findings { title } shifts { to } openQuestions { title agendaItems { title } }
        followUp { status }
      } } } }`,
      { id: host.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.node.reviews).toHaveLength(2);
    const listed = await api.graphql(`{ reviews(first: 1) { totalCount } }`, {}, 'viewer');
    expect(listed.errors).toBeUndefined();
  });
});

describe('SQL statements per request', () => {
  it('reads a forum’s reviews with their parts, actions and follow-up in as many statements for 5 × 6 × 3 as for 1 × 2 × 1', async () => {
    const people = [await person('Statement Kontakt A'), await person('Statement Kontakt B')];

    const fill = async (reviews: number, questions: number, actions: number) => {
      const host = await forum();
      for (let r = 0; r < reviews; r++) {
        const { id } = await review(host.id, {
          date: `2020-0${r + 1}-01`,
          // Commissioned by one actor, its actions owned by another: neither is in the cache of
          // the other's batch, in the small forum as in the large.
          commissionedBy: regionId,
          themes: ['Förväntningar', 'Roller'],
          contacts: people.map((p, i) => ({ person: p.id, role: `Roll ${i + 1}` })),
        });
        await created('reviewFindingCreate', {
          review: id,
          title: 'Fynd',
          points: ['a', 'b'],
          sources: [{ source: sourceId, quote: 'Resultatet av intervjuerna' }],
        });
        await created('reviewShiftCreate', { review: id, from: 'detalj', to: 'helhet' });
        await created('decisionCreate', { text: 'Beslut om utvärderingen', review: id });
        for (let q = 0; q < questions; q++) {
          const open = await question(id, `Fråga ${q + 1}`);
          for (let a = 0; a < actions; a++) {
            await action(`Åtgärd ${a + 1}`, {
              openQuestion: open.id,
              owner: universityId,
            });
          }
        }
      }
      return host;
    };
    const small = await fill(1, 2, 1);
    const large = await fill(5, 6, 3);

    const query = `query ($slug: String!) { forum(slug: $slug) {
      name
      reviews {
        title themes commissionedBy { name }
        contacts { role person { name } }
        findings { title points sources { quote } }
        shifts { from to }
        decisions { text }
        openQuestions { title actions { title status owner { name } agendaItems { title } } }
        followUp { status openQuestion { title } actions { title } }
      }
    } }`;
    const few = await api.graphql(query, { slug: small.slug });
    const many = await api.graphql(query, { slug: large.slug });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(few.data!.forum.reviews).toHaveLength(1);
    const reviews = many.data!.forum.reviews;
    expect(reviews).toHaveLength(5);
    expect(reviews[4].contacts).toEqual([
      { role: 'Roll 1', person: { name: 'Statement Kontakt A' } },
      { role: 'Roll 2', person: { name: 'Statement Kontakt B' } },
    ]);
    expect(reviews[4].openQuestions).toHaveLength(6);
    expect(reviews[4].openQuestions[5].actions).toHaveLength(3);
    expect(reviews[4].followUp[5]).toEqual({
      status: 'OPEN',
      openQuestion: { title: 'Fråga 6' },
      actions: [{ title: 'Åtgärd 1' }, { title: 'Åtgärd 2' }, { title: 'Åtgärd 3' }],
    });
    expect(many.statements).toBe(few.statements);
    // forum + reviews + commissioners + contacts + people + findings + their citations + shifts
    // + decisions + open questions + actions + owners + agenda items
    expect(many.statements).toBeLessThanOrEqual(13);
  });
});
