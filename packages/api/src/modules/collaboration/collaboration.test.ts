import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../core/relay/global-id';
import { expectOnlyAdminsMay, expectOnlyEditorsMay, type Attempt } from '../../testing/access';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let regionId: string;
let countyBoardId: string;
let universityId: string;
let sourceId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ regionId, countyBoardId, universityId, sourceId } = await api.idsOf({
    regionId: ['actor', 'region-jamtland-harjedalen'],
    countyBoardId: ['actor', 'lansstyrelsen-jamtlands-lan'],
    universityId: ['actor', 'mittuniversitetet'],
    sourceId: ['firstSource'],
  }));
});
afterAll(() => api.stop());

const SCALE = 'collaborationScale { id slug name description version levels { name rank } }';
const LEVEL = 'collaborationLevel { id name description rank version scale { slug } }';
const FACTOR = 'collaborationFactor { id category title description position version }';
const ASSESSMENT = `collaborationAssessment {
  id date comment version
  forum { slug }
  actors { slug }
  scale { slug }
  level { name rank }
  factors { factor { title } rating comment }
  author { slug }
}`;

type Ref = { id: string; version: number };

async function created(field: string, input: Record<string, unknown>, selection: string) {
  const payload = await api.mutate(field, input, selection);
  expect(payload.userErrors).toEqual([]);
  return Object.values(payload).find((value) => value && !Array.isArray(value)) as Ref &
    Record<string, any>;
}

const scale = (input: Record<string, unknown>) => created('collaborationScaleCreate', input, SCALE);
const level = (input: Record<string, unknown>) => created('collaborationLevelCreate', input, LEVEL);
const factor = (input: Record<string, unknown>) =>
  created('collaborationFactorCreate', input, FACTOR);
const assessment = (input: Record<string, unknown>) =>
  created('collaborationAssessmentCreate', input, ASSESSMENT);

async function forum(name: string, area?: string) {
  const payload = await api.mutate(
    'forumCreate',
    { kind: 'PARTNERSHIP', name, area },
    'forum { id slug }',
  );
  expect(payload.userErrors).toEqual([]);
  return payload.forum as { id: string; slug: string };
}

async function person(name: string) {
  const payload = await api.mutate('personCreate', { name }, 'person { id slug }');
  expect(payload.userErrors).toEqual([]);
  return payload.person as { id: string; slug: string };
}

async function history(id: string, type: string) {
  const { data, errors } = await api.graphql(
    `query ($id: ID!) { node(id: $id) { ... on ${type} { history { nodes { operation after } } } } }`,
    { id },
  );
  expect(errors).toBeUndefined();
  return data!.node.history.nodes as { operation: string; after: Record<string, any> }[];
}

/** Rows in the tables the collaboration mutations write, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM collaboration_scale)::int AS scales,
    (SELECT coalesce(sum(version), 0) FROM collaboration_scale)::int AS scale_versions,
    (SELECT count(*) FROM collaboration_level)::int AS levels,
    (SELECT coalesce(sum(version), 0) FROM collaboration_level)::int AS level_versions,
    (SELECT count(*) FROM collaboration_factor)::int AS factors,
    (SELECT coalesce(sum(version), 0) FROM collaboration_factor)::int AS factor_versions,
    (SELECT count(*) FROM collaboration_assessment)::int AS assessments,
    (SELECT coalesce(sum(version), 0) FROM collaboration_assessment)::int AS assessment_versions,
    (SELECT count(*) FROM collaboration_assessment_factor)::int AS assessed_factors,
    (SELECT count(*) FROM collaboration_assessment_citation)::int AS assessment_citations,
    (SELECT count(*) FROM audit_event)::int AS audit`);
  return row;
}

describe('collaboration scales and their levels', () => {
  it('create → read through every list → update → history; a scale may have no levels', async () => {
    const stairs = await scale({
      name: 'Samhandlingstrappan',
      description: 'Hur långt samverkan har kommit, steg för steg.',
      sources: [{ source: sourceId, quote: 'samverkan', section: 'Samverkan' }],
    });
    expect(stairs).toMatchObject({ slug: 'samhandlingstrappan', levels: [], version: 1 });
    const empty = await scale({ name: 'Tom samverkansskala' });
    expect(empty.levels).toEqual([]);

    // Entered out of order; listed by rank.
    const third = await level({ scale: stairs.id, name: 'Samverkan', rank: 3 });
    expect(third).toMatchObject({ rank: 3, scale: { slug: 'samhandlingstrappan' } });
    const first = await level({
      scale: stairs.id,
      name: 'Information',
      description: 'Vi berättar för varandra vad vi gör.',
      rank: 1,
    });
    await level({ scale: stairs.id, name: 'Samordning', rank: 2 });

    const read = await api.graphql(`{
      collaborationScale(slug: "samhandlingstrappan") {
        id name description levels { name rank scale { slug } }
        sources { quote section source { id } }
      }
      collaborationScales(filter: { search: "samhandling" }) { totalCount nodes { slug } }
      all: collaborationScales(first: 10) { nodes { slug levels { rank } } }
    }`);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      collaborationScale: {
        id: stairs.id,
        name: 'Samhandlingstrappan',
        description: 'Hur långt samverkan har kommit, steg för steg.',
        levels: [
          { name: 'Information', rank: 1, scale: { slug: 'samhandlingstrappan' } },
          { name: 'Samordning', rank: 2, scale: { slug: 'samhandlingstrappan' } },
          { name: 'Samverkan', rank: 3, scale: { slug: 'samhandlingstrappan' } },
        ],
        sources: [{ quote: 'samverkan', section: 'Samverkan', source: { id: sourceId } }],
      },
      collaborationScales: { totalCount: 1, nodes: [{ slug: 'samhandlingstrappan' }] },
      all: {
        nodes: [
          { slug: 'samhandlingstrappan', levels: [{ rank: 1 }, { rank: 2 }, { rank: 3 }] },
          { slug: 'tom-samverkansskala', levels: [] },
        ],
      },
    });
    const refetched = await api.graphql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [stairs.id, first.id] },
    );
    expect(refetched.data!.nodes).toEqual([
      { __typename: 'CollaborationScale', id: stairs.id },
      { __typename: 'CollaborationLevel', id: first.id },
    ]);

    const renamed = await api.mutate(
      'collaborationScaleUpdate',
      { id: stairs.id, version: 1, description: null, sources: [] },
      SCALE,
    );
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.collaborationScale).toMatchObject({
      name: 'Samhandlingstrappan',
      description: null,
      version: 2,
    });
    // A level moves up the scale; its old rank is free again.
    const moved = await api.mutate(
      'collaborationLevelUpdate',
      { id: third.id, version: 1, rank: 4, name: 'Samverkan på riktigt' },
      LEVEL,
    );
    expect(moved.collaborationLevel).toMatchObject({
      rank: 4,
      name: 'Samverkan på riktigt',
      version: 2,
      scale: { slug: 'samhandlingstrappan' },
    });
    await level({ scale: stairs.id, name: 'Samarbete', rank: 3 });
    const levels = await api.graphql(
      `{ collaborationScale(slug: "samhandlingstrappan") { levels { name rank } } }`,
    );
    expect(levels.data!.collaborationScale.levels.map((l: { rank: number }) => l.rank)).toEqual([
      1, 2, 3, 4,
    ]);

    const scaleEvents = await history(stairs.id, 'CollaborationScale');
    expect(scaleEvents.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(scaleEvents[1].after).toMatchObject({
      sources: [expect.objectContaining({ sourceId: expect.any(String) })],
    });
    expect((await history(third.id, 'CollaborationLevel')).map((e) => e.operation)).toEqual([
      'UPDATE',
      'CREATE',
    ]);
  });

  it('refuses a rank taken in the scale, a rank below 1 and an unknown scale, writing nothing', async () => {
    const ladder = await scale({ name: 'Rangprovets skala' });
    const other = await scale({ name: 'Rangprovets andra skala' });
    const one = await level({ scale: ladder.id, name: 'Ett', rank: 1 });
    const two = await level({ scale: ladder.id, name: 'Två', rank: 2 });
    // The same rank on another scale is no conflict.
    await level({ scale: other.id, name: 'Ett', rank: 1 });
    const before = await writtenRows();

    const taken = await api.mutate(
      'collaborationLevelCreate',
      { scale: ladder.id, name: 'Ett igen', rank: 1 },
      LEVEL,
    );
    expect(taken.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'rank'], code: 'TAKEN' }),
    ]);
    const takenByUpdate = await api.mutate(
      'collaborationLevelUpdate',
      { id: two.id, version: 1, rank: 1 },
      LEVEL,
    );
    expect(takenByUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'rank'], code: 'TAKEN' }),
    ]);
    const zero = await api.mutate(
      'collaborationLevelCreate',
      { scale: ladder.id, name: '  ', rank: 0 },
      LEVEL,
    );
    expect(zero.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'rank'], code: 'INVALID' }),
    ]);
    const unknown = await api.mutate(
      'collaborationLevelCreate',
      { scale: toGlobalId('CollaborationScale', randomUUID()), name: 'Vilse', rank: 1 },
      LEVEL,
    );
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'scale'], code: 'NOT_FOUND' }),
    ]);
    const wrongType = await api.mutate(
      'collaborationLevelCreate',
      { scale: one.id, name: 'Vilse', rank: 1 },
      LEVEL,
    );
    expect(wrongType.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'scale'], code: 'NOT_FOUND' }),
    ]);
    const sameSlug = await api.mutate(
      'collaborationScaleCreate',
      { name: 'Rangprovets skala' },
      SCALE,
    );
    expect(sameSlug.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'TAKEN' }),
    ]);
    expect(await writtenRows()).toEqual(before);
  });
});

describe('collaboration factors', () => {
  it('create → list by category then position → update → history', async () => {
    const leadership = await factor({ category: 'ENABLER', title: 'Engagerat ledarskap' });
    const resources = await factor({
      category: 'EFFECT',
      title: 'Resurseffekter',
      description: 'Gemensamma resurser räcker längre.',
      sources: [{ source: sourceId, quote: 'samverkansråd' }],
    });
    const knowledge = await factor({ category: 'EFFECT', title: 'Kunskapseffekter' });
    const trust = await factor({ category: 'ENABLER', title: 'Tillit' });
    await factor({ category: 'STRUCTURAL_BARRIER', title: 'Stuprörsstyrning' });
    await factor({ category: 'CHALLENGE', title: 'Tidsbrist' });
    // A position given puts it there; left out, last in its category.
    expect([leadership.position, resources.position, knowledge.position, trust.position]).toEqual([
      1, 1, 2, 2,
    ]);
    await factor({ category: 'ENABLER', title: 'Gemensam bild', position: 1 });

    const list = async (category?: string) => {
      const { data, errors } = await api.graphql(
        `query ($category: CollaborationFactorCategory) {
          collaborationFactors(category: $category) { category title position }
        }`,
        { category },
      );
      expect(errors).toBeUndefined();
      return data!.collaborationFactors.map(
        (f: { category: string; title: string; position: number }) =>
          `${f.category}/${f.position}/${f.title}`,
      );
    };
    expect(await list()).toEqual([
      'EFFECT/1/Resurseffekter',
      'EFFECT/2/Kunskapseffekter',
      'ENABLER/1/Engagerat ledarskap',
      'ENABLER/1/Gemensam bild',
      'ENABLER/2/Tillit',
      'CHALLENGE/1/Tidsbrist',
      'STRUCTURAL_BARRIER/1/Stuprörsstyrning',
    ]);
    expect(await list('ENABLER')).toEqual([
      'ENABLER/1/Engagerat ledarskap',
      'ENABLER/1/Gemensam bild',
      'ENABLER/2/Tillit',
    ]);

    const read = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on CollaborationFactor { title description sources { quote } } } }`,
      { id: resources.id },
    );
    expect(read.data!.node).toEqual({
      title: 'Resurseffekter',
      description: 'Gemensamma resurser räcker längre.',
      sources: [{ quote: 'samverkansråd' }],
    });

    // Into another category, after its last factor.
    const moved = await api.mutate(
      'collaborationFactorUpdate',
      { id: trust.id, version: 1, category: 'CHALLENGE', position: null },
      FACTOR,
    );
    expect(moved.userErrors).toEqual([]);
    expect(moved.collaborationFactor).toMatchObject({
      category: 'CHALLENGE',
      position: 2,
      version: 2,
    });
    const reordered = await api.mutate(
      'collaborationFactorUpdate',
      { id: knowledge.id, version: 1, position: 0, title: ' ' },
      FACTOR,
    );
    expect(reordered.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'position'], code: 'INVALID' }),
    ]);
    expect(await list('CHALLENGE')).toEqual(['CHALLENGE/1/Tidsbrist', 'CHALLENGE/2/Tillit']);
    expect((await history(trust.id, 'CollaborationFactor')).map((e) => e.operation)).toEqual([
      'UPDATE',
      'CREATE',
    ]);
  });
});

describe('collaboration assessments', () => {
  let stairs: Ref & { levels: { rank: number }[] };
  let stairLevels: Ref[];
  let factors: Ref[];

  beforeAll(async () => {
    stairs = (await scale({ name: 'Bedömningstrappan' })) as typeof stairs;
    stairLevels = [];
    for (const [rank, name] of ['Information', 'Samråd', 'Samverkan'].entries()) {
      stairLevels.push(await level({ scale: stairs.id, name, rank: rank + 1 }));
    }
    factors = [];
    for (const title of ['Bedömd tillit', 'Bedömd förankring', 'Bedömda resurser']) {
      factors.push(await factor({ category: 'ENABLER', title }));
    }
  });

  it('of a forum: create → Forum.assessments as a time series with from/to → update → history', async () => {
    const host = await forum('Bedömda partnerskapet');
    const author = await person('Bedömare Bedömarsson');
    const spring2024 = await assessment({
      assessed: { forum: host.id },
      date: '2024-03-01',
      scale: stairs.id,
      level: stairLevels[1].id,
      factors: [
        { factor: factors[0].id, rating: 4, comment: 'Vi litar på varandra.' },
        { factor: factors[2].id, rating: 2 },
        { factor: factors[1].id, comment: 'Oklart.' },
      ],
      comment: 'Bättre än förra året.',
      author: author.id,
      sources: [{ source: sourceId, quote: 'uppföljning' }],
    });
    expect(spring2024).toMatchObject({
      date: '2024-03-01',
      forum: { slug: host.slug },
      actors: [],
      scale: { slug: 'bedomningstrappan' },
      level: { name: 'Samråd', rank: 2 },
      factors: [
        { factor: { title: 'Bedömd tillit' }, rating: 4, comment: 'Vi litar på varandra.' },
        { factor: { title: 'Bedömda resurser' }, rating: 2, comment: null },
        { factor: { title: 'Bedömd förankring' }, rating: null, comment: 'Oklart.' },
      ],
      comment: 'Bättre än förra året.',
      author: { slug: author.slug },
    });
    // A level without a scale takes the level's scale.
    const spring2023 = await assessment({
      assessed: { forum: host.id },
      date: '2023-03-01',
      level: stairLevels[0].id,
    });
    expect(spring2023).toMatchObject({ scale: { slug: 'bedomningstrappan' }, level: { rank: 1 } });
    // A scale without a level, and no scale at all, are assessments too.
    const spring2025 = await assessment({
      assessed: { forum: host.id },
      date: '2025-03-01',
      scale: stairs.id,
    });
    expect(spring2025).toMatchObject({ scale: { slug: 'bedomningstrappan' }, level: null });
    const bare = await assessment({ assessed: { forum: host.id }, date: '2022-03-01' });
    expect(bare).toMatchObject({ scale: null, level: null, factors: [], author: null });

    const series = async (args: string) => {
      const { data, errors } = await api.graphql(
        `query ($slug: String!) { forum(slug: $slug) { assessments${args} { date level { rank } } } }`,
        { slug: host.slug },
      );
      expect(errors).toBeUndefined();
      return data!.forum.assessments.map(
        (a: { date: string; level: { rank: number } | null }) =>
          `${a.date}:${a.level?.rank ?? '-'}`,
      );
    };
    expect(await series('')).toEqual([
      '2022-03-01:-',
      '2023-03-01:1',
      '2024-03-01:2',
      '2025-03-01:-',
    ]);
    // Both ends are included.
    expect(await series('(from: "2023-03-01")')).toEqual([
      '2023-03-01:1',
      '2024-03-01:2',
      '2025-03-01:-',
    ]);
    expect(await series('(to: "2024-03-01")')).toEqual([
      '2022-03-01:-',
      '2023-03-01:1',
      '2024-03-01:2',
    ]);
    expect(await series('(from: "2023-03-02", to: "2025-02-28")')).toEqual(['2024-03-01:2']);
    expect(await series('(from: "2026-01-01")')).toEqual([]);

    const refetched = await api.graphql(
      `query ($id: ID!) { node(id: $id) { __typename ... on CollaborationAssessment { sources { quote } } } }`,
      { id: spring2024.id },
    );
    expect(refetched.data!.node).toEqual({
      __typename: 'CollaborationAssessment',
      sources: [{ quote: 'uppföljning' }],
    });

    const updated = await api.mutate(
      'collaborationAssessmentUpdate',
      {
        id: spring2024.id,
        version: 1,
        level: stairLevels[2].id,
        factors: [{ factor: factors[1].id, rating: 5 }],
        comment: null,
      },
      ASSESSMENT,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.collaborationAssessment).toMatchObject({
      version: 2,
      date: '2024-03-01',
      forum: { slug: host.slug },
      scale: { slug: 'bedomningstrappan' },
      level: { rank: 3 },
      factors: [{ factor: { title: 'Bedömd förankring' }, rating: 5, comment: null }],
      comment: null,
      author: { slug: author.slug },
    });
    expect(await series('(from: "2024-01-01", to: "2024-12-31")')).toEqual(['2024-03-01:3']);

    const events = await history(spring2024.id, 'CollaborationAssessment');
    expect(events.map((e) => e.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(events[1].after).toMatchObject({
      date: '2024-03-01',
      actorIds: [],
      factors: [
        { factorId: expect.any(String), rating: 4, comment: 'Vi litar på varandra.' },
        { factorId: expect.any(String), rating: 2, comment: null },
        { factorId: expect.any(String), rating: null, comment: 'Oklart.' },
      ],
    });
    expect(events[0].after).toMatchObject({
      comment: null,
      factors: [{ factorId: expect.any(String), rating: 5, comment: null }],
    });
  });

  it('of a pair of actors: listed from both actors, over time; replaced by a forum on update', async () => {
    const first = await assessment({
      assessed: { actors: [regionId, universityId] },
      date: '2024-05-01',
      level: stairLevels[0].id,
      factors: [{ factor: factors[0].id, rating: 3 }],
    });
    expect(first).toMatchObject({
      forum: null,
      actors: [{ slug: 'region-jamtland-harjedalen' }, { slug: 'mittuniversitetet' }],
    });
    await assessment({ assessed: { actors: [universityId, regionId] }, date: '2025-05-01' });
    await assessment({ assessed: { actors: [regionId, countyBoardId] }, date: '2024-09-01' });

    const { data, errors } = await api.graphql(`{
      region: actor(slug: "region-jamtland-harjedalen") {
        assessments { date actors { slug } }
        late: assessments(from: "2024-06-01") { date }
      }
      university: actor(slug: "mittuniversitetet") { assessments(to: "2024-12-31") { date level { rank } } }
      municipalities: actor(slug: "kommunforbundet-jamtland-harjedalen") { assessments { date } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      region: {
        assessments: [
          {
            date: '2024-05-01',
            actors: [{ slug: 'region-jamtland-harjedalen' }, { slug: 'mittuniversitetet' }],
          },
          {
            date: '2024-09-01',
            actors: [
              { slug: 'region-jamtland-harjedalen' },
              { slug: 'lansstyrelsen-jamtlands-lan' },
            ],
          },
          {
            date: '2025-05-01',
            actors: [{ slug: 'mittuniversitetet' }, { slug: 'region-jamtland-harjedalen' }],
          },
        ],
        late: [{ date: '2024-09-01' }, { date: '2025-05-01' }],
      },
      university: { assessments: [{ date: '2024-05-01', level: { rank: 1 } }] },
      municipalities: { assessments: [] },
    });

    const host = await forum('Parets nya forum');
    const replaced = await api.mutate(
      'collaborationAssessmentUpdate',
      { id: first.id, version: 1, assessed: { forum: host.id } },
      ASSESSMENT,
    );
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.collaborationAssessment).toMatchObject({
      forum: { slug: host.slug },
      actors: [],
      version: 2,
    });
    const after = await api.graphql(`{
      actor(slug: "mittuniversitetet") { assessments { date } }
      forum(slug: "${host.slug}") { assessments { date actors { slug } } }
    }`);
    expect(after.data).toEqual({
      actor: { assessments: [{ date: '2025-05-01' }] },
      forum: { assessments: [{ date: '2024-05-01', actors: [] }] },
    });
    expect((await history(first.id, 'CollaborationAssessment')).map((e) => e.operation)).toEqual([
      'UPDATE',
      'CREATE',
    ]);
  });

  it('refuses anything but one forum or two different actors, with the field, writing nothing', async () => {
    const host = await forum('Regelprovets forum');
    const pair = await assessment({
      assessed: { actors: [regionId, universityId] },
      date: '2024-01-01',
    });
    const before = await writtenRows();
    const refused = async (input: Record<string, unknown>) => {
      const payload = await api.mutate(
        'collaborationAssessmentCreate',
        { date: '2024-06-01', ...input },
        ASSESSMENT,
      );
      expect(payload.collaborationAssessment).toBeNull();
      return payload.userErrors;
    };
    // `assessed` is required and @oneOf: GraphQL refuses none, or a forum and a pair at once.
    await expect(refused({})).rejects.toThrow(/assessed/);
    await expect(
      refused({ assessed: { forum: host.id, actors: [regionId, universityId] } }),
    ).rejects.toThrow(/exactly one/i);
    expect(await refused({ assessed: { actors: [] } })).toEqual([
      expect.objectContaining({ field: ['input', 'assessed'], code: 'REQUIRED' }),
    ]);
    expect(await refused({ assessed: { actors: [regionId] } })).toEqual([
      expect.objectContaining({ field: ['input', 'assessed', 'actors'], code: 'INVALID' }),
    ]);
    expect(
      await refused({ assessed: { actors: [regionId, universityId, countyBoardId] } }),
    ).toEqual([
      expect.objectContaining({ field: ['input', 'assessed', 'actors'], code: 'INVALID' }),
    ]);
    expect(await refused({ assessed: { actors: [regionId, regionId] } })).toEqual([
      expect.objectContaining({ field: ['input', 'assessed', 'actors', '1'], code: 'INVALID' }),
    ]);
    expect(
      await refused({ assessed: { actors: [regionId, toGlobalId('Actor', randomUUID())] } }),
    ).toEqual([
      expect.objectContaining({ field: ['input', 'assessed', 'actors', '1'], code: 'NOT_FOUND' }),
    ]);
    expect(await refused({ assessed: { actors: [host.id, regionId] } })).toEqual([
      expect.objectContaining({ field: ['input', 'assessed', 'actors', '0'], code: 'NOT_FOUND' }),
    ]);
    expect(await refused({ assessed: { forum: toGlobalId('Forum', randomUUID()) } })).toEqual([
      expect.objectContaining({ field: ['input', 'assessed', 'forum'], code: 'NOT_FOUND' }),
    ]);
    const cleared = await api.mutate(
      'collaborationAssessmentUpdate',
      { id: pair.id, version: 1, assessed: null },
      ASSESSMENT,
    );
    expect(cleared.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'assessed'], code: 'REQUIRED' }),
    ]);
    const noDate = await api.mutate(
      'collaborationAssessmentUpdate',
      { id: pair.id, version: 1, date: null },
      ASSESSMENT,
    );
    expect(noDate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'REQUIRED' }),
    ]);
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses a level of another scale, ratings outside 1–5 and unknown or repeated factors, writing nothing', async () => {
    const host = await forum('Nivåprovets forum');
    const otherScale = await scale({ name: 'Nivåprovets andra skala' });
    const foreign = await level({ scale: otherScale.id, name: 'Främmande', rank: 1 });
    const ok = await assessment({
      assessed: { forum: host.id },
      date: '2024-01-01',
      scale: stairs.id,
      level: stairLevels[0].id,
      factors: [
        { factor: factors[0].id, rating: 1 },
        { factor: factors[1].id, rating: 5 },
      ],
    });
    const before = await writtenRows();

    const create = (input: Record<string, unknown>) =>
      api.mutate(
        'collaborationAssessmentCreate',
        { assessed: { forum: host.id }, date: '2024-06-01', ...input },
        ASSESSMENT,
      );
    const wrongScale = await create({ scale: stairs.id, level: foreign.id });
    expect(wrongScale.collaborationAssessment).toBeNull();
    expect(wrongScale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'level'], code: 'WRONG_KIND' }),
    ]);
    // Changing the scale alone leaves the level on the old one.
    const scaleOnly = await api.mutate(
      'collaborationAssessmentUpdate',
      { id: ok.id, version: 1, scale: otherScale.id },
      ASSESSMENT,
    );
    expect(scaleOnly.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'level'], code: 'WRONG_KIND' }),
    ]);
    const unknownLevel = await create({ level: toGlobalId('CollaborationLevel', randomUUID()) });
    expect(unknownLevel.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'level'], code: 'NOT_FOUND' }),
    ]);
    const levelAsScale = await create({ scale: stairLevels[0].id });
    expect(levelAsScale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'scale'], code: 'NOT_FOUND' }),
    ]);

    const ratings = await create({
      factors: [
        { factor: factors[0].id, rating: 0 },
        { factor: factors[1].id, rating: 6, comment: 'x'.repeat(2001) },
        { factor: factors[2].id, rating: -3 },
      ],
    });
    expect(ratings.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'factors', '0', 'rating'], code: 'INVALID' }),
      expect.objectContaining({ field: ['input', 'factors', '1', 'rating'], code: 'INVALID' }),
      expect.objectContaining({ field: ['input', 'factors', '1', 'comment'], code: 'TOO_LONG' }),
      expect.objectContaining({ field: ['input', 'factors', '2', 'rating'], code: 'INVALID' }),
    ]);
    const badFactors = await create({
      factors: [
        { factor: factors[0].id, rating: 3 },
        { factor: toGlobalId('CollaborationFactor', randomUUID()) },
        { factor: factors[0].id, rating: 4 },
      ],
    });
    expect(badFactors.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'factors', '1', 'factor'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'factors', '2', 'factor'], code: 'TAKEN' }),
    ]);
    const notAFactor = await create({ factors: [{ factor: stairs.id }] });
    expect(notAFactor.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'factors', '0', 'factor'], code: 'NOT_FOUND' }),
    ]);
    const unknownAuthor = await create({ author: toGlobalId('Person', randomUUID()) });
    expect(unknownAuthor.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'author'], code: 'NOT_FOUND' }),
    ]);
    const stale = await api.mutate(
      'collaborationAssessmentUpdate',
      { id: ok.id, version: 9, comment: 'För sent.' },
      ASSESSMENT,
    );
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);
    expect(await writtenRows()).toEqual(before);

    // Scale and level changed together are fine.
    const both = await api.mutate(
      'collaborationAssessmentUpdate',
      { id: ok.id, version: 1, scale: otherScale.id, level: foreign.id },
      ASSESSMENT,
    );
    expect(both.userErrors).toEqual([]);
    expect(both.collaborationAssessment).toMatchObject({
      scale: { slug: 'nivaprovets-andra-skala' },
      level: { name: 'Främmande' },
    });
  });

  it('has the database refuse what the services refuse: what is assessed, levels, ratings, ranks', async () => {
    const host = await forum('Databasprovets bedömda forum');
    const [{ id: forumId }] = await api.sql(`SELECT id FROM forum WHERE slug = $1`, [host.slug]);
    const [{ id: actorA }] = await api.sql(
      `SELECT id FROM actor WHERE slug = 'region-jamtland-harjedalen'`,
    );
    const [{ id: actorB }] = await api.sql(`SELECT id FROM actor WHERE slug = 'mittuniversitetet'`);
    const insert = (forum: string | null, a: string | null, b: string | null) =>
      api.sql(
        `INSERT INTO collaboration_assessment (forum_id, actor_a_id, actor_b_id, date)
         VALUES ($1, $2, $3, '2024-01-01') RETURNING id`,
        [forum, a, b],
      );
    await expect(insert(forumId, actorA, actorB)).rejects.toThrow(
      /collaboration_assessment_subject_check/,
    );
    await expect(insert(forumId, actorA, null)).rejects.toThrow(
      /collaboration_assessment_subject_check/,
    );
    await expect(insert(null, actorA, null)).rejects.toThrow(
      /collaboration_assessment_subject_check/,
    );
    await expect(insert(null, null, actorB)).rejects.toThrow(
      /collaboration_assessment_subject_check/,
    );
    await expect(insert(null, actorA, actorA)).rejects.toThrow(
      /collaboration_assessment_subject_check/,
    );
    await expect(insert(null, null, null)).rejects.toThrow(
      /collaboration_assessment_subject_check/,
    );
    const [{ id: pairId }] = await insert(null, actorA, actorB);
    await insert(forumId, null, null);

    const [{ id: scaleA }] = await api.sql(
      `INSERT INTO collaboration_scale (name, slug) VALUES ('Skala A', 'databasprovets-skala-a') RETURNING id`,
    );
    const [{ id: scaleB }] = await api.sql(
      `INSERT INTO collaboration_scale (name, slug) VALUES ('Skala B', 'databasprovets-skala-b') RETURNING id`,
    );
    const [{ id: levelOfB }] = await api.sql(
      `INSERT INTO collaboration_level (scale_id, name, rank) VALUES ($1, 'B1', 1) RETURNING id`,
      [scaleB],
    );
    await expect(
      api.sql(`INSERT INTO collaboration_level (scale_id, name, rank) VALUES ($1, 'B1 igen', 1)`, [
        scaleB,
      ]),
    ).rejects.toThrow(/collaboration_level_rank_key/);
    await expect(
      api.sql(`INSERT INTO collaboration_level (scale_id, name, rank) VALUES ($1, 'B0', 0)`, [
        scaleB,
      ]),
    ).rejects.toThrow(/collaboration_level_rank_check/);
    const setLevel = (scaleId: string | null, levelId: string) =>
      api.sql(`UPDATE collaboration_assessment SET scale_id = $2, level_id = $3 WHERE id = $1`, [
        pairId,
        scaleId,
        levelId,
      ]);
    await expect(setLevel(scaleA, levelOfB)).rejects.toThrow(/collaboration_assessment_level_fkey/);
    await expect(setLevel(null, levelOfB)).rejects.toThrow(
      /collaboration_assessment_level_scale_check/,
    );
    await setLevel(scaleB, levelOfB);

    const [{ id: factorId }] = await api.sql(
      `INSERT INTO collaboration_factor (category, title, position) VALUES ('EFFECT', 'Databasprovets faktor', 99) RETURNING id`,
    );
    const rate = (position: number, rating: number | null) =>
      api.sql(
        `INSERT INTO collaboration_assessment_factor (assessment_id, position, factor_id, rating)
         VALUES ($1, $2, $3, $4)`,
        [pairId, position, factorId, rating],
      );
    await expect(rate(1, 6)).rejects.toThrow(/collaboration_assessment_factor_rating_check/);
    await expect(rate(1, 0)).rejects.toThrow(/collaboration_assessment_factor_rating_check/);
    await rate(1, 5);
    await expect(rate(2, 3)).rejects.toThrow(/collaboration_assessment_factor_once/);
  });

  it('lets only an ADMIN change scales, levels and factors; an EDITOR may assess', async () => {
    const host = await forum('Behörighetsprovets bedömda forum', api.sweden);
    const ownScale = await scale({ name: 'Behörighetsprovets skala' });
    const ownLevel = await level({ scale: ownScale.id, name: 'Första', rank: 1 });
    const ownFactor = await factor({ category: 'CHALLENGE', title: 'Behörighetsprovets faktor' });
    const own = await assessment({ assessed: { forum: host.id }, date: '2024-01-01' });
    const before = await writtenRows();
    const referenceData: Attempt[] = [
      ['collaborationScaleCreate', { name: 'Obehörig skala' }],
      ['collaborationScaleUpdate', { id: ownScale.id, version: 1, name: 'Obehörigt namn' }],
      ['collaborationLevelCreate', { scale: ownScale.id, name: 'Andra', rank: 2 }],
      ['collaborationLevelUpdate', { id: ownLevel.id, version: 1, name: 'Obehörig nivå' }],
      ['collaborationFactorCreate', { category: 'EFFECT', title: 'Obehörig faktor' }],
      ['collaborationFactorUpdate', { id: ownFactor.id, version: 1, title: 'Obehörig titel' }],
    ];
    const assessments: Attempt[] = [
      ['collaborationAssessmentCreate', { assessed: { forum: host.id }, date: '2024-02-01' }],
      ['collaborationAssessmentUpdate', { id: own.id, version: 1, comment: 'Obehörig' }],
    ];
    await expectOnlyAdminsMay(api, referenceData, writtenRows);
    await expectOnlyEditorsMay(api, assessments, writtenRows);
    const after = await writtenRows();
    expect([after.scales, after.levels, after.factors, after.assessments]).toEqual([
      before.scales + 1,
      before.levels + 1,
      before.factors + 1,
      before.assessments + 1,
    ]);
  });
});

describe('SQL statements per request', () => {
  it("reads a forum's 20 assessments with level, scale, 4 factors and author in as many statements as 2", async () => {
    const ownScale = await scale({ name: 'Statementskalan' });
    const ownLevels: Ref[] = [];
    for (let rank = 1; rank <= 3; rank++) {
      ownLevels.push(await level({ scale: ownScale.id, name: `Steg ${rank}`, rank }));
    }
    const ownFactors: Ref[] = [];
    for (const category of ['EFFECT', 'ENABLER', 'CHALLENGE', 'STRUCTURAL_BARRIER']) {
      ownFactors.push(await factor({ category, title: `Statementfaktor ${category}` }));
    }
    const authors = [await person('Statementbedömare Ett'), await person('Statementbedömare Två')];
    const addAssessments = async (host: { id: string }, count: number) => {
      for (let i = 0; i < count; i++) {
        await assessment({
          assessed: { forum: host.id },
          date: `20${String(10 + i).padStart(2, '0')}-06-01`,
          scale: ownScale.id,
          level: ownLevels[i % 3].id,
          factors: ownFactors.map((f, j) => ({
            factor: f.id,
            rating: ((i + j) % 5) + 1,
            comment: `Kommentar ${i}.${j}`,
          })),
          comment: `Bedömning ${i}`,
          author: authors[i % 2].id,
          sources: [{ source: sourceId, quote: 'uppföljning' }],
        });
      }
    };
    const small = await forum('Litet bedömt statementforum');
    const large = await forum('Stort bedömt statementforum');
    await addAssessments(small, 2);
    await addAssessments(large, 20);

    const query = `query ($slug: String!) { forum(slug: $slug) {
      name
      assessments {
        date comment
        level { name rank }
        scale { name }
        factors { rating comment factor { title category } }
        author { name }
        sources { quote }
      }
    } }`;
    const two = await api.graphql(query, { slug: small.slug });
    const twenty = await api.graphql(query, { slug: large.slug });
    expect(two.errors).toBeUndefined();
    expect(twenty.errors).toBeUndefined();
    expect(two.data!.forum.assessments).toHaveLength(2);
    expect(twenty.data!.forum.assessments).toHaveLength(20);
    expect(twenty.data!.forum.assessments[19]).toEqual({
      date: '2029-06-01',
      comment: 'Bedömning 19',
      level: { name: 'Steg 2', rank: 2 },
      scale: { name: 'Statementskalan' },
      factors: [
        {
          rating: 5,
          comment: 'Kommentar 19.0',
          factor: { title: 'Statementfaktor EFFECT', category: 'EFFECT' },
        },
        {
          rating: 1,
          comment: 'Kommentar 19.1',
          factor: { title: 'Statementfaktor ENABLER', category: 'ENABLER' },
        },
        {
          rating: 2,
          comment: 'Kommentar 19.2',
          factor: { title: 'Statementfaktor CHALLENGE', category: 'CHALLENGE' },
        },
        {
          rating: 3,
          comment: 'Kommentar 19.3',
          factor: { title: 'Statementfaktor STRUCTURAL_BARRIER', category: 'STRUCTURAL_BARRIER' },
        },
      ],
      author: { name: 'Statementbedömare Två' },
      sources: [{ quote: 'uppföljning' }],
    });
    expect(twenty.statements).toBe(two.statements);
    // forum + assessments + levels + scales + rated factors + factors + authors + citations
    expect(twenty.statements).toBeLessThanOrEqual(8);
  });
});
