import { fromGlobalId, toGlobalId } from '../../core/relay/global-id';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { expectOnlyEditorsMay } from '../../testing/access';

let api: TestApi;
let regionId: string;
let municipalityId: string;
let countyId: string;
let sourceId: string;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ regionId, municipalityId, countyId, sourceId } = await api.idsOf({
    regionId: ['actor', 'region-jamtland-harjedalen'],
    municipalityId: ['actor', 'kommunforbundet-jamtland-harjedalen'],
    countyId: ['area', '23'],
    sourceId: ['firstSource'],
  }));
});
afterAll(() => api.stop());

const NO_ID = '00000000-0000-0000-0000-000000000000';
const fromGlobal = (id: string) => fromGlobalId(id)!.id;
const STRATEGY = 'strategy { id slug name shortName status version }';
const OBJECTIVE = 'objective { id code title position version }';
const INDICATOR = 'indicator { id name version }';
const MEASUREMENT = 'measurement { id date value version }';

const rus = {
  kind: 'REGIONAL_DEVELOPMENT_STRATEGY',
  name: 'Regional utvecklingsstrategi för Jämtlands län 2021–2030',
  status: 'ACTIVE',
};

async function create(field: string, input: Record<string, unknown>, selection: string) {
  const payload = await api.mutate(field, input, selection);
  expect(payload.userErrors).toEqual([]);
  return payload[Object.keys(payload).find((key) => key !== 'userErrors')!];
}

/** Runs one mutation per input in a single request; all must succeed. */
async function createAll(field: string, inputs: Record<string, unknown>[], selection: string) {
  const payloads = await api.mutateAll(field, inputs, selection);
  payloads.forEach((payload) => expect(payload.userErrors).toEqual([]));
  return payloads;
}

async function historyOf(type: string, id: string) {
  const { data } = await api.graphql(
    `query ($id: ID!) { node(id: $id) { ... on ${type} { history { nodes { operation } } } } }`,
    { id },
    'viewer',
  );
  return data!.node.history.nodes.map((e: { operation: string }) => e.operation);
}

async function objectiveCodes(slug: string) {
  const { data } = await api.graphql(
    `query ($slug: String!) { strategy(slug: $slug) { objectives { code } rootObjectives { code } } }`,
    { slug },
    'viewer',
  );
  const codes = (list: { code: string }[]) => list.map((o) => o.code);
  return {
    tree: codes(data!.strategy.objectives),
    roots: codes(data!.strategy.rootObjectives),
  };
}

/** Rows in every table these mutations write, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM strategy)::int AS strategies,
    (SELECT count(*) FROM strategy_citation)::int AS strategy_citations,
    (SELECT count(*) FROM objective)::int AS objectives,
    (SELECT count(*) FROM objective_citation)::int AS objective_citations,
    (SELECT count(*) FROM indicator)::int AS indicators,
    (SELECT count(*) FROM indicator_citation)::int AS indicator_citations,
    (SELECT count(*) FROM measurement)::int AS measurements,
    (SELECT count(*) FROM audit_event)::int AS audit,
    (SELECT coalesce(sum(version), 0) FROM strategy)::int
      + (SELECT coalesce(sum(version), 0) FROM objective)::int
      + (SELECT coalesce(sum(version), 0) FROM indicator)::int
      + (SELECT coalesce(sum(version), 0) FROM measurement)::int AS versions`);
  return row;
}

describe('strategies', () => {
  it('create → read through every list → update → history', async () => {
    const strategy = await create(
      'strategyCreate',
      {
        ...rus,
        shortName: 'RUS',
        description: 'Länets gemensamma strategi för hållbar regional utveckling.',
        owner: regionId,
        area: countyId,
        periodFrom: '2021-01-01',
        periodTo: '2030-12-31',
        sources: [{ source: sourceId, quote: 'RUS', section: 'Bakgrund' }],
      },
      STRATEGY,
    );
    expect(strategy).toMatchObject({
      slug: 'regional-utvecklingsstrategi-for-jamtlands-lan-2021-2030',
      shortName: 'RUS',
      status: 'ACTIVE',
      version: 1,
    });
    const plan = await create(
      'strategyCreate',
      {
        kind: 'ACTION_PLAN',
        name: 'Handlingsplan för attraktivitet 2023–2024',
        status: 'PROPOSED',
        owner: municipalityId,
        implements: strategy.id,
      },
      STRATEGY,
    );

    const { data, errors } = await api.graphql(
      `query ($owner: ID!, $area: ID!) {
        rus: strategy(slug: "regional-utvecklingsstrategi-for-jamtlands-lan-2021-2030") {
          kind periodFrom periodTo description owner { slug } area { code } implements { slug }
          implementedBy { slug } sources { quote section source { title } }
        }
        plan: strategy(slug: "handlingsplan-for-attraktivitet-2023-2024") {
          kind status area { code } implements { slug } implementedBy { slug }
        }
        all: strategies { totalCount nodes { slug } }
        plans: strategies(filter: { kind: ACTION_PLAN }) { nodes { slug } }
        active: strategies(filter: { status: ACTIVE }) { nodes { slug } }
        owned: strategies(filter: { owner: $owner }) { nodes { slug } }
        inCounty: strategies(filter: { area: $area }) { nodes { slug } }
        byShortName: strategies(filter: { search: "RUS" }) { nodes { slug } }
        byWords: strategies(filter: { search: "utvecklingsstrateg jämt" }) { nodes { slug } }
        byDescription: strategies(filter: { search: "hållbar" }) { nodes { slug } }
        region: actor(slug: "region-jamtland-harjedalen") { strategiesOwned { slug } }
        county: area(code: "23") { strategies { slug } }
      }`,
      { owner: regionId, area: countyId },
      // Signed in: the plan is proposed, which is not public (core/db/publication.ts).
      'viewer',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      rus: {
        kind: 'REGIONAL_DEVELOPMENT_STRATEGY',
        periodFrom: '2021-01-01',
        periodTo: '2030-12-31',
        description: 'Länets gemensamma strategi för hållbar regional utveckling.',
        owner: { slug: 'region-jamtland-harjedalen' },
        area: { code: '23' },
        implements: null,
        implementedBy: [{ slug: plan.slug }],
        sources: [{ quote: 'RUS', section: 'Bakgrund', source: { title: expect.any(String) } }],
      },
      plan: {
        kind: 'ACTION_PLAN',
        status: 'PROPOSED',
        area: null,
        implements: { slug: strategy.slug },
        implementedBy: [],
      },
      all: { totalCount: 2, nodes: [{ slug: plan.slug }, { slug: strategy.slug }] },
      plans: { nodes: [{ slug: plan.slug }] },
      active: { nodes: [{ slug: strategy.slug }] },
      owned: { nodes: [{ slug: strategy.slug }] },
      inCounty: { nodes: [{ slug: strategy.slug }] },
      byShortName: { nodes: [{ slug: strategy.slug }] },
      byWords: { nodes: [{ slug: strategy.slug }] },
      byDescription: { nodes: [{ slug: strategy.slug }] },
      region: { strategiesOwned: [{ slug: strategy.slug }] },
      county: { strategies: [{ slug: strategy.slug }] },
    });

    const ended = await api.mutate(
      'strategyUpdate',
      { id: strategy.id, version: 1, status: 'ENDED', shortName: 'RUS 2021' },
      STRATEGY,
    );
    expect(ended.userErrors).toEqual([]);
    expect(ended.strategy).toMatchObject({ status: 'ENDED', shortName: 'RUS 2021', version: 2 });
    const after = await api.graphql(`{
      active: strategies(filter: { status: ACTIVE }) { totalCount }
      ended: strategies(filter: { status: ENDED }) { nodes { slug } }
    }`);
    expect(after.data).toEqual({
      active: { totalCount: 0 },
      ended: { nodes: [{ slug: strategy.slug }] },
    });
    expect(await historyOf('Strategy', strategy.id)).toEqual(['UPDATE', 'CREATE']);

    // Clearing a reference: the plan no longer implements the RUS.
    const cleared = await api.mutate(
      'strategyUpdate',
      { id: plan.id, version: 1, implements: null },
      'strategy { implements { slug } }',
    );
    expect(cleared).toEqual({ strategy: { implements: null }, userErrors: [] });
  });

  it('keeps the objectives in tree order: parents, then position among siblings', async () => {
    const strategy = await create(
      'strategyCreate',
      { ...rus, name: 'Trädordning', status: 'PROPOSED' },
      STRATEGY,
    );
    const objective = (input: Record<string, unknown>) =>
      create(
        'objectiveCreate',
        { strategy: strategy.id, title: `Mål ${input.code}`, ...input },
        OBJECTIVE,
      );
    // Created out of order; positions, not codes or creation, decide.
    const two = await objective({ code: '2', position: 2 });
    const one = await objective({ code: '1', position: 1 });
    const twoOne = await objective({ code: '2.1', parent: two.id });
    const oneTwo = await objective({ code: '1.2', parent: one.id, position: 2 });
    const oneOne = await objective({ code: '1.1', parent: one.id });
    expect(twoOne.position).toBe(1);
    expect(oneOne.position).toBe(3); // default: after the last sibling
    await objective({ code: '1.2.1', parent: oneTwo.id });
    expect(await objectiveCodes(strategy.slug)).toEqual({
      tree: ['1', '1.2', '1.2.1', '1.1', '2', '2.1'],
      roots: ['1', '2'],
    });

    const moved = await api.mutate(
      'objectiveUpdate',
      { id: oneOne.id, version: 1, position: 1, title: 'Ökad tillgänglighet' },
      'objective { title position version parent { code } strategy { slug } }',
    );
    expect(moved.userErrors).toEqual([]);
    expect(moved.objective).toMatchObject({
      title: 'Ökad tillgänglighet',
      position: 1,
      version: 2,
      parent: { code: '1' },
      strategy: { slug: strategy.slug },
    });
    expect(await objectiveCodes(strategy.slug)).toEqual({
      tree: ['1', '1.1', '1.2', '1.2.1', '2', '2.1'],
      roots: ['1', '2'],
    });

    // Moved under another parent, and out to the top level.
    await api.mutate(
      'objectiveUpdate',
      { id: twoOne.id, version: 1, parent: one.id, position: null },
      OBJECTIVE,
    );
    const { data } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Objective { children { code } parent { code } } } }`,
      { id: one.id },
      'viewer',
    );
    // Position null: after its new siblings.
    expect(data!.node).toEqual({
      children: [{ code: '1.1' }, { code: '1.2' }, { code: '2.1' }],
      parent: null,
    });
    const toTop = await api.mutate(
      'objectiveUpdate',
      { id: twoOne.id, version: 2, parent: null, position: 1 },
      'objective { parent { code } position }',
    );
    expect(toTop).toEqual({ objective: { parent: null, position: 1 }, userErrors: [] });
    // Siblings in the same place go by code.
    expect((await objectiveCodes(strategy.slug)).roots).toEqual(['1', '2.1', '2']);
    expect(await historyOf('Objective', twoOne.id)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
  });

  it('objectivesReorder sets one level’s order at once, bumps the strategy’s version and audits it', async () => {
    const strategy = await create(
      'strategyCreate',
      { ...rus, name: 'Omordnad', status: 'PROPOSED' },
      STRATEGY,
    );
    const objective = (code: string, parent?: string) =>
      create(
        'objectiveCreate',
        { strategy: strategy.id, code, title: `Mål ${code}`, parent },
        OBJECTIVE,
      );
    const [a, b, c] = [await objective('A'), await objective('B'), await objective('C')];
    const [b1, b2] = [await objective('B1', b.id), await objective('B2', b.id)];
    const reorder = (input: Record<string, unknown>) =>
      api.mutate(
        'objectivesReorder',
        { strategy: strategy.id, ...input },
        'strategy { id version }',
      );

    expect(await reorder({ version: 1, objectives: [c.id, a.id, b.id] })).toEqual({
      strategy: { id: strategy.id, version: 2 },
      userErrors: [],
    });
    expect(await reorder({ version: 2, parent: b.id, objectives: [b2.id, b1.id] })).toEqual({
      strategy: { id: strategy.id, version: 3 },
      userErrors: [],
    });
    expect(await objectiveCodes(strategy.slug)).toEqual({
      tree: ['C', 'A', 'B', 'B2', 'B1'],
      roots: ['C', 'A', 'B'],
    });
    // The objectives themselves did not change; their order is the strategy's.
    const { data } = await api.graphql(
      `query ($slug: String!) { strategy(slug: $slug) { objectives { position version } } }`,
      { slug: strategy.slug },
      'viewer',
    );
    expect(data!.strategy.objectives).toEqual([
      { position: 1, version: 1 },
      { position: 2, version: 1 },
      { position: 3, version: 1 },
      { position: 1, version: 1 },
      { position: 2, version: 1 },
    ]);
    const [event] = await api.sql(
      `SELECT before, after FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [fromGlobal(strategy.id)],
    );
    const ids = (list: { id: string }[]) => list.map((o) => fromGlobal(o.id));
    expect(event.before.objectiveIds).toEqual(ids([c, a, b, b1, b2]));
    expect(event.after.objectiveIds).toEqual(ids([c, a, b, b2, b1]));
    expect(await historyOf('Strategy', strategy.id)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);

    // A stale version changes nothing.
    const stale = await reorder({ version: 1, objectives: [a.id, b.id, c.id] });
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);
  });

  it('objectivesReorder refuses a missing, foreign or duplicate objective, or another strategy’s parent, writing nothing', async () => {
    const strategy = await create('strategyCreate', { ...rus, name: 'Ordnad' }, STRATEGY);
    const other = await create('strategyCreate', { ...rus, name: 'Annan ordning' }, STRATEGY);
    const objective = (code: string, host = strategy.id, parent?: string) =>
      create('objectiveCreate', { strategy: host, code, title: `Mål ${code}`, parent }, OBJECTIVE);
    const [a, b] = [await objective('A'), await objective('B')];
    const child = await objective('A1', strategy.id, a.id);
    const foreign = await objective('X', other.id);
    const before = await writtenRows();
    const reorder = (objectives: string[], parent?: string) =>
      api.mutate(
        'objectivesReorder',
        { strategy: strategy.id, version: 1, parent, objectives },
        'strategy { id }',
      );
    for (const objectives of [
      [b.id], // missing
      [b.id, a.id, foreign.id], // foreign
      [b.id, child.id], // of another level
      [b.id, a.id, b.id], // twice
      [], // none
    ]) {
      expect(await reorder(objectives)).toEqual({
        strategy: null,
        userErrors: [
          {
            field: ['input', 'objectives'],
            code: 'INVALID',
            message: expect.stringMatching(/exactly once/),
          },
        ],
      });
    }
    expect((await reorder([child.id], foreign.id)).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'parent'], code: 'NOT_FOUND' }),
    ]);
    expect((await reorder([b.id, strategy.id])).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'objectives', '1'], code: 'NOT_FOUND' }),
    ]);
    const noStrategy = await api.mutate(
      'objectivesReorder',
      { strategy: toGlobalId('Strategy', NO_ID), version: 1, objectives: [a.id, b.id] },
      'strategy { id }',
    );
    expect(noStrategy.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'strategy'], code: 'NOT_FOUND' }),
    ]);
    expect(await writtenRows()).toEqual(before);
    expect((await objectiveCodes(strategy.slug)).roots).toEqual(['A', 'B']);
  });

  it('indicators and their measurements: create → read as a time series → update → history', async () => {
    const strategy = await create('strategyCreate', { ...rus, name: 'Uppföljning' }, STRATEGY);
    const objective = await create(
      'objectiveCreate',
      {
        strategy: strategy.id,
        code: '3',
        title: 'Digital infrastruktur',
        sources: [{ source: sourceId, quote: 'utveckling' }],
      },
      OBJECTIVE,
    );
    const indicator = await create(
      'indicatorCreate',
      {
        objective: objective.id,
        name: 'Andel hushåll med bredband',
        unit: 'procent',
        baseline: 80.5,
        baselineDate: '2020-12-31',
        target: 98,
        targetDate: '2025-12-31',
        direction: 'INCREASE',
        sources: [{ source: sourceId, quote: 'finansiering' }],
      },
      INDICATOR,
    );
    const values: [string, number][] = [
      ['2023-12-31', 92.1],
      ['2021-12-31', 85],
      ['2022-12-31', 88.4],
    ];
    const measurements = [];
    for (const [date, value] of values) {
      measurements.push(
        await create(
          'measurementCreate',
          { indicator: indicator.id, date, value, source: sourceId, note: 'SCB' },
          MEASUREMENT,
        ),
      );
    }

    const series = async (args: string) => {
      const { data, errors } = await api.graphql(
        `query ($id: ID!) { node(id: $id) { ... on Objective { indicators {
          name unit baseline baselineDate target targetDate direction objective { code }
          sources { quote }
          measurements${args} { date value note source { title } indicator { name } }
        } sources { quote } } } }`,
        { id: objective.id },
      );
      expect(errors).toBeUndefined();
      return data!.node;
    };
    const all = await series('');
    expect(all.sources).toEqual([{ quote: 'utveckling' }]);
    expect(all.indicators).toHaveLength(1);
    expect(all.indicators[0]).toMatchObject({
      name: 'Andel hushåll med bredband',
      unit: 'procent',
      baseline: 80.5,
      baselineDate: '2020-12-31',
      target: 98,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      objective: { code: '3' },
      sources: [{ quote: 'finansiering' }],
    });
    expect(all.indicators[0].measurements).toEqual(
      [...values]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, value]) => ({
          date,
          value,
          note: 'SCB',
          source: { title: expect.any(String) },
          indicator: { name: 'Andel hushåll med bredband' },
        })),
    );
    const dates = async (args: string) =>
      (await series(args)).indicators[0].measurements.map((m: { date: string }) => m.date);
    expect(await dates('(from: "2022-01-01")')).toEqual(['2022-12-31', '2023-12-31']);
    expect(await dates('(to: "2022-12-31")')).toEqual(['2021-12-31', '2022-12-31']);
    expect(await dates('(from: "2022-12-31", to: "2022-12-31")')).toEqual(['2022-12-31']);

    const updatedIndicator = await api.mutate(
      'indicatorUpdate',
      { id: indicator.id, version: 1, target: 100, baseline: null },
      'indicator { target baseline version }',
    );
    expect(updatedIndicator).toEqual({
      indicator: { target: 100, baseline: null, version: 2 },
      userErrors: [],
    });
    const updatedMeasurement = await api.mutate(
      'measurementUpdate',
      { id: measurements[0].id, version: 1, value: 93.25, source: null, date: '2023-12-30' },
      'measurement { date value version source { title } }',
    );
    expect(updatedMeasurement).toEqual({
      measurement: { date: '2023-12-30', value: 93.25, version: 2, source: null },
      userErrors: [],
    });
    expect(await historyOf('Indicator', indicator.id)).toEqual(['UPDATE', 'CREATE']);
    expect(await historyOf('Measurement', measurements[0].id)).toEqual(['UPDATE', 'CREATE']);
    const [row] = await api.sql(
      `SELECT pg_typeof(value)::text AS type FROM measurement WHERE date = '2023-12-30'`,
    );
    expect(row.type).toBe('double precision');
  });

  it('has no status at a knownAt before the register knew it (found by fuzz.test.ts)', async () => {
    const strategy = await create('strategyCreate', { ...rus, slug: 'rus-known' }, STRATEGY);
    const { data, errors } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Strategy { then: status(knownAt: "2001-01-01T00:00:00Z") now: status } } }`,
      { id: strategy.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({ then: null, now: 'ACTIVE' });
  });
});

describe('refusals', () => {
  it('refuses bad input with a user error on the field, writing nothing', async () => {
    const a = await create('strategyCreate', { ...rus, name: 'Strategi A' }, STRATEGY);
    const b = await create(
      'strategyCreate',
      { ...rus, name: 'Strategi B', implements: a.id },
      STRATEGY,
    );
    const other = await create('strategyCreate', { ...rus, name: 'Strategi C' }, STRATEGY);
    const root = await create(
      'objectiveCreate',
      { strategy: a.id, code: '1', title: 'Rot' },
      OBJECTIVE,
    );
    const child = await create(
      'objectiveCreate',
      { strategy: a.id, parent: root.id, code: '1.1', title: 'Barn' },
      OBJECTIVE,
    );
    const foreign = await create(
      'objectiveCreate',
      { strategy: other.id, code: '1', title: 'Annan strategis mål' },
      OBJECTIVE,
    );
    const indicator = await create(
      'indicatorCreate',
      { objective: root.id, name: 'Antal', direction: 'MAINTAIN' },
      INDICATOR,
    );
    const first = await create(
      'measurementCreate',
      { indicator: indicator.id, date: '2024-01-01', value: 1 },
      MEASUREMENT,
    );
    await create(
      'measurementCreate',
      { indicator: indicator.id, date: '2025-01-01', value: 2 },
      MEASUREMENT,
    );
    const before = await writtenRows();

    const cases: [string, Record<string, unknown>, string, string][] = [
      ['strategyCreate', { ...rus, name: '  ' }, 'input.name', 'REQUIRED'],
      ['strategyCreate', { ...rus, name: 'Strategi A' }, 'input.name', 'TAKEN'],
      [
        'strategyCreate',
        { ...rus, name: 'Baklänges', periodFrom: '2030-01-01', periodTo: '2021-01-01' },
        'input.periodTo',
        'INVALID_PERIOD',
      ],
      [
        'strategyCreate',
        { ...rus, name: 'X', owner: toGlobalId('Actor', NO_ID) },
        'input.owner',
        'NOT_FOUND',
      ],
      ['strategyCreate', { ...rus, name: 'X', area: regionId }, 'input.area', 'NOT_FOUND'],
      [
        'strategyCreate',
        { ...rus, name: 'X', implements: toGlobalId('Strategy', NO_ID) },
        'input.implements',
        'NOT_FOUND',
      ],
      ['strategyUpdate', { id: a.id, version: 1, implements: a.id }, 'input.implements', 'CYCLE'],
      ['strategyUpdate', { id: a.id, version: 1, implements: b.id }, 'input.implements', 'CYCLE'],
      ['strategyUpdate', { id: b.id, version: 0, name: 'Sen' }, 'input.version', 'STALE_VERSION'],
      [
        'objectiveCreate',
        { strategy: a.id, code: '', title: 'Utan kod' },
        'input.code',
        'REQUIRED',
      ],
      ['objectiveCreate', { strategy: a.id, code: '9', title: ' ' }, 'input.title', 'REQUIRED'],
      ['objectiveCreate', { strategy: a.id, code: '1.1', title: 'Igen' }, 'input.code', 'TAKEN'],
      [
        'objectiveCreate',
        { strategy: a.id, parent: foreign.id, code: '9', title: 'Fel strategi' },
        'input.parent',
        'WRONG_KIND',
      ],
      [
        'objectiveCreate',
        { strategy: toGlobalId('Strategy', NO_ID), code: '1', title: 'X' },
        'input.strategy',
        'NOT_FOUND',
      ],
      [
        'objectiveCreate',
        { strategy: a.id, parent: toGlobalId('Objective', NO_ID), code: '9', title: 'X' },
        'input.parent',
        'NOT_FOUND',
      ],
      ['objectiveUpdate', { id: root.id, version: 1, parent: child.id }, 'input.parent', 'CYCLE'],
      ['objectiveUpdate', { id: root.id, version: 1, parent: root.id }, 'input.parent', 'CYCLE'],
      [
        'objectiveUpdate',
        { id: child.id, version: 1, parent: foreign.id },
        'input.parent',
        'WRONG_KIND',
      ],
      [
        'objectiveUpdate',
        { id: child.id, version: 2, code: 'x' },
        'input.version',
        'STALE_VERSION',
      ],
      [
        'indicatorCreate',
        { objective: root.id, name: '', direction: 'INCREASE' },
        'input.name',
        'REQUIRED',
      ],
      [
        'indicatorCreate',
        { objective: toGlobalId('Objective', NO_ID), name: 'X', direction: 'INCREASE' },
        'input.objective',
        'NOT_FOUND',
      ],
      [
        'measurementCreate',
        { indicator: indicator.id, date: '2024-01-01', value: 3 },
        'input.date',
        'TAKEN',
      ],
      [
        'measurementCreate',
        { indicator: toGlobalId('Indicator', NO_ID), date: '2024-01-01', value: 3 },
        'input.indicator',
        'NOT_FOUND',
      ],
      [
        'measurementCreate',
        { indicator: indicator.id, date: '2024-06-01', value: 3, source: regionId },
        'input.source',
        'NOT_FOUND',
      ],
      [
        'measurementUpdate',
        { id: first.id, version: 1, date: '2025-01-01' },
        'input.date',
        'TAKEN',
      ],
      ['measurementUpdate', { id: first.id, version: 1, value: null }, 'input.value', 'REQUIRED'],
    ];
    for (const [mutation, input, field, code] of cases) {
      const payload = await api.mutate(mutation, input, 'userErrors { code }');
      expect({ mutation, input, userErrors: payload.userErrors }).toEqual({
        mutation,
        input,
        userErrors: [expect.objectContaining({ field: field.split('.'), code })],
      });
      expect(payload.userErrors[0].message).toMatch(/\w{4,}/);
    }
    expect(await writtenRows()).toEqual(before);
  });

  it('has the database refuse what the services refuse, as the last line of defence', async () => {
    const [{ id: a }] = await api.sql(
      `INSERT INTO strategy (kind, name, slug, status) VALUES ('PROGRAMME', 'Databas A', 'databas-a', 'ACTIVE') RETURNING id`,
    );
    const [{ id: b }] = await api.sql(
      `INSERT INTO strategy (kind, name, slug, status) VALUES ('PROGRAMME', 'Databas B', 'databas-b', 'ACTIVE') RETURNING id`,
    );
    await expect(
      api.sql(
        `INSERT INTO strategy (kind, name, slug, status, period_from, period_to)
         VALUES ('PROGRAMME', 'Baklänges', 'baklanges', 'ACTIVE', '2030-01-01', '2021-01-01')`,
      ),
    ).rejects.toThrow(/strategy_period_check/);
    await expect(
      api.sql(`UPDATE strategy SET implements_id = id WHERE id = $1`, [a]),
    ).rejects.toThrow(/strategy_implements_itself_check/);
    const [{ id: root }] = await api.sql(
      `INSERT INTO objective (strategy_id, code, title, position) VALUES ($1, '1', 'Rot', 1) RETURNING id`,
      [a],
    );
    await expect(
      api.sql(
        `INSERT INTO objective (strategy_id, parent_id, code, title, position) VALUES ($1, $2, '1.1', 'Fel', 1)`,
        [b, root],
      ),
    ).rejects.toThrow(/objective_parent_fkey/);
    await expect(
      api.sql(
        `INSERT INTO objective (strategy_id, code, title, position) VALUES ($1, '1', 'Igen', 2)`,
        [a],
      ),
    ).rejects.toThrow(/objective_code_key/);
    const [{ id: indicator }] = await api.sql(
      `INSERT INTO indicator (objective_id, name, direction) VALUES ($1, 'Antal', 'INCREASE') RETURNING id`,
      [root],
    );
    const measure = () =>
      api.sql(`INSERT INTO measurement (indicator_id, date, value) VALUES ($1, '2024-01-01', 1)`, [
        indicator,
      ]);
    await measure();
    await expect(measure()).rejects.toThrow(/measurement_date_key/);
  });

  it('lets no VIEWER or anonymous caller change anything; an EDITOR may', async () => {
    const strategy = await create(
      'strategyCreate',
      { ...rus, name: 'Skyddad', area: api.sweden },
      STRATEGY,
    );
    const ordered = await create(
      'strategyCreate',
      { ...rus, name: 'Skyddad ordning', area: api.sweden },
      STRATEGY,
    );
    const goal = await create(
      'objectiveCreate',
      { strategy: ordered.id, code: '1', title: 'Ett mål' },
      OBJECTIVE,
    );
    await expectOnlyEditorsMay(
      api,
      [
        [
          'strategyCreate',
          { kind: 'PROGRAMME', name: 'Obehörig', status: 'ACTIVE', area: api.sweden },
        ],
        ['strategyUpdate', { id: strategy.id, version: 1, name: 'Skyddad och ändrad' }],
        ['objectiveCreate', { strategy: strategy.id, code: '1', title: 'Obehörig' }],
        ['objectivesReorder', { strategy: ordered.id, version: 1, objectives: [goal.id] }],
      ],
      writtenRows,
    );
  });
});

describe('SQL statements per request', () => {
  /** A strategy with `roots` top-level objectives of two sub-objectives each, all measured. */
  async function measuredStrategy(name: string, roots: number, childrenPerRoot: number) {
    const strategy = await create(
      'strategyCreate',
      { ...rus, name, owner: regionId, area: countyId, sources: [{ source: sourceId }] },
      STRATEGY,
    );
    const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const cited = { sources: [{ source: sourceId, quote: 'mål' }] };
    const tops = await createAll(
      'objectiveCreate',
      numbers(roots).map((i) => ({
        strategy: strategy.id,
        code: `${i}`,
        title: `Mål ${i}`,
        ...cited,
      })),
      'objective { id code }',
    );
    const subs = await createAll(
      'objectiveCreate',
      tops.flatMap(({ objective }) =>
        numbers(childrenPerRoot).map((j) => ({
          strategy: strategy.id,
          parent: objective.id,
          code: `${objective.code}.${j}`,
          title: `Delmål ${objective.code}.${j}`,
          ...cited,
        })),
      ),
      'objective { id code }',
    );
    const indicators = await createAll(
      'indicatorCreate',
      [...tops, ...subs].flatMap(({ objective }) =>
        [1, 2].map((k) => ({
          objective: objective.id,
          name: `Indikator ${objective.code}:${k}`,
          unit: 'procent',
          baseline: 10,
          target: 20,
          direction: 'INCREASE',
          ...cited,
        })),
      ),
      'indicator { id }',
    );
    await createAll(
      'measurementCreate',
      indicators.flatMap(({ indicator }) =>
        ['2021-12-31', '2022-12-31', '2023-12-31'].map((date, k) => ({
          indicator: indicator.id,
          date,
          value: 10 + k * 1.5,
          source: sourceId,
        })),
      ),
      'measurement { id }',
    );
    return strategy.slug as string;
  }

  const TREE = `query ($slug: String!) {
    strategy(slug: $slug) {
      name owner { name } area { name } implements { name } implementedBy { name }
      sources { quote source { title } }
      rootObjectives { code }
      objectives {
        id code title position parent { code } children { code } strategy { slug }
        sources { quote source { title } }
        indicators {
          name unit baseline target direction objective { code } sources { quote }
          measurements { date value note source { title } indicator { name } }
        }
      }
    }
  }`;

  it('reads a strategy with 30 objectives, 60 indicators and 180 values in as many statements as one with 3', async () => {
    const small = await measuredStrategy('Liten strategi', 1, 2);
    const large = await measuredStrategy('Stor strategi', 10, 2);
    const few = await api.graphql(TREE, { slug: small });
    const many = await api.graphql(TREE, { slug: large });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const objectives = many.data!.strategy.objectives;
    expect(few.data!.strategy.objectives).toHaveLength(3);
    expect(objectives).toHaveLength(30);
    expect(objectives.flatMap((o: { indicators: unknown[] }) => o.indicators)).toHaveLength(60);
    expect(
      objectives.flatMap((o: { indicators: { measurements: unknown[] }[] }) =>
        o.indicators.flatMap((i) => i.measurements),
      ),
    ).toHaveLength(180);
    // Tree order by position: 1, 1.1, 1.2, 2, … 10, 10.1, 10.2 (not "10" before "2").
    expect(objectives.slice(0, 4).map((o: { code: string }) => o.code)).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
    ]);
    expect(objectives.slice(-3).map((o: { code: string }) => o.code)).toEqual([
      '10',
      '10.1',
      '10.2',
    ]);
    expect(many.statements).toBe(few.statements);
    // One statement per loader, whatever the size: the strategy, its owner, area, implementedBy
    // and citations; the objective tree (one recursive query), children, parents, strategies,
    // citations and their sources; indicators, their objectives and citations; measurements and
    // their indicators (their sources are cached by then).
    expect(many.statements).toBeLessThanOrEqual(16);
  });
});
