import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../core/relay/global-id';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
/** Global IDs by a short name: actors, areas, strategies, objectives, responsibilities. */
const ids: Record<string, string> = {};
const MANDATE = {
  text: 'Regionalt utvecklingsansvarig aktör',
  reference: 'Lag (2010:630) om regionalt utvecklingsansvar i vissa län',
};

const create = async (field: string, input: Record<string, unknown>, selection: string) =>
  (await api.createAll(field, [input], selection))[0];

/** Records responsibilities (from 2024-01-01, with a mandate unless given) under their keys. */
async function responsibilities(
  list: [string, string, string, string, Record<string, unknown>?][],
) {
  const created = await api.createAll(
    'responsibilityCreate',
    list.map(([, actor, role, subject, extra]) => ({
      actor: ids[actor],
      role,
      subject: ids[subject],
      validFrom: '2024-01-01',
      mandate: MANDATE,
      ...extra,
    })),
    'responsibility { id }',
  );
  list.forEach(([key], index) => (ids[key] = created[index].id));
}

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      region: ['actor', 'region-jamtland-harjedalen'],
      lst: ['actor', 'lansstyrelsen-jamtlands-lan'],
      kfb: ['actor', 'kommunforbundet-jamtland-harjedalen'],
      miun: ['actor', 'mittuniversitetet'],
      county: ['area', '23'],
      ostersund: ['area', '2380'],
    }),
  );

  ids.rus = (
    await create(
      'strategyCreate',
      {
        name: 'Regional utvecklingsstrategi',
        shortName: 'RUS',
        kind: 'REGIONAL_DEVELOPMENT_STRATEGY',
        status: 'ACTIVE',
        area: ids.county,
      },
      'strategy { id }',
    )
  ).id;
  // Created out of tree order: 2, 1, 1.2, 1.1.
  const objective = async (key: string, code: string, position: number, parent?: string) =>
    (ids[key] = (
      await create(
        'objectiveCreate',
        { strategy: ids.rus, code, title: `Mål ${code}`, position, parent: parent && ids[parent] },
        'objective { id }',
      )
    ).id);
  await objective('o2', '2', 2);
  await objective('o1', '1', 1);
  await objective('o12', '1.2', 2, 'o1');
  await objective('o11', '1.1', 1, 'o1');

  await responsibilities([
    ['regionLeadsRus', 'region', 'LEADS', 'rus'],
    ['regionLeads1', 'region', 'LEADS', 'o1', { validTo: '2025-03-01' }],
    ['regionExecutes11', 'region', 'EXECUTES', 'o11'],
    ['regionFunds2', 'region', 'FUNDS', 'o2'],
    ['regionConsulted2', 'region', 'CONSULTED', 'o2'],
    ['lstLeads11', 'lst', 'LEADS', 'o11'],
    ['lstInformedRus', 'lst', 'INFORMED', 'rus'],
    ['kfbLeads11', 'kfb', 'LEADS', 'o11'],
    ['miunLeads2', 'miun', 'LEADS', 'o2'],
    ['miunContributes12', 'miun', 'CONTRIBUTES', 'o12', { mandate: null }],
  ]);
});
afterAll(() => api.stop());

const MATRIX = `query ($strategy: ID!, $asOf: LocalDate) {
  raciMatrix(strategy: $strategy, asOf: $asOf) {
    asOf
    strategy { shortName }
    columns { label objective { code } }
    rows {
      actor { slug }
      cells { column objective { code } actor { slug } roles raci responsibilities { id } }
    }
    rowTotals { actor { slug } cells responsible accountable consulted informed }
    columnTotals { label objective { code } actors responsible accountable consulted informed }
    gaps { code }
    conflicts { objective { code } leads { slug } responsibilities { id } }
  }
}`;

type Cell = { column: number; raci: string[] };
type Row = { actor: { slug: string }; cells: Cell[] };

async function matrix(asOf: string, strategy = ids.rus) {
  const result = await api.graphql(MATRIX, { strategy, asOf });
  expect(result.errors).toBeUndefined();
  return result.data!.raciMatrix;
}

/** The rows as `slug: letters per column` ("A" for ACCOUNTABLE, "-" where it has no cell). */
const letters = (rows: Row[], columns: number) =>
  Object.fromEntries(
    rows.map((row) => {
      const line = Array.from({ length: columns }, () => '-');
      for (const cell of row.cells) line[cell.column] = cell.raci.map((l) => l[0]).join('');
      return [row.actor.slug, line];
    }),
  );

describe('raciMatrix', () => {
  it("lays out the strategy then its objectives in tree order, actors by name, each cell's roles and letters", async () => {
    const m = await matrix('2025-02-28');
    expect(m.asOf).toBe('2025-02-28');
    expect(m.strategy).toEqual({ shortName: 'RUS' });
    expect(m.columns).toEqual([
      { label: 'RUS', objective: null },
      { label: '1', objective: { code: '1' } },
      { label: '1.1', objective: { code: '1.1' } },
      { label: '1.2', objective: { code: '1.2' } },
      { label: '2', objective: { code: '2' } },
    ]);
    expect(m.rows.map((row: Row) => row.actor.slug)).toEqual([
      'kommunforbundet-jamtland-harjedalen',
      'lansstyrelsen-jamtlands-lan',
      'mittuniversitetet',
      'region-jamtland-harjedalen',
    ]);
    expect(letters(m.rows, m.columns.length)).toEqual({
      'kommunforbundet-jamtland-harjedalen': ['-', '-', 'A', '-', '-'],
      'lansstyrelsen-jamtlands-lan': ['I', '-', 'A', '-', '-'],
      mittuniversitetet: ['-', '-', '-', 'R', 'A'],
      'region-jamtland-harjedalen': ['A', 'A', 'R', '-', 'C'],
    });
    // FUNDS and CONSULTED are both C: two roles, one letter, two responsibilities.
    // A row has cells only where its actor holds a role, each naming its column.
    const region = m.rows[3];
    expect(region.cells.map((cell: Cell) => cell.column)).toEqual([0, 1, 2, 4]);
    expect(region.cells[3]).toEqual({
      column: 4,
      objective: { code: '2' },
      actor: { slug: 'region-jamtland-harjedalen' },
      roles: ['FUNDS', 'CONSULTED'],
      raci: ['CONSULTED'],
      responsibilities: [{ id: ids.regionFunds2 }, { id: ids.regionConsulted2 }],
    });
    expect(region.cells[0]).toMatchObject({
      column: 0,
      objective: null,
      roles: ['LEADS'],
      responsibilities: [{ id: ids.regionLeadsRus }],
    });
  });

  it('gives totals per row and per column, per RACI letter', async () => {
    const m = await matrix('2025-02-28');
    const counts = ({ responsible, accountable, consulted, informed }: Record<string, number>) => [
      responsible,
      accountable,
      consulted,
      informed,
    ];
    expect(
      m.rowTotals.map((t: Record<string, any>) => [t.actor.slug, t.cells, ...counts(t)]),
    ).toEqual([
      ['kommunforbundet-jamtland-harjedalen', 1, 0, 1, 0, 0],
      ['lansstyrelsen-jamtlands-lan', 2, 0, 1, 0, 1],
      ['mittuniversitetet', 2, 1, 1, 0, 0],
      ['region-jamtland-harjedalen', 4, 1, 2, 1, 0],
    ]);
    expect(
      m.columnTotals.map((t: Record<string, any>) => [
        t.label,
        t.objective?.code ?? null,
        t.actors,
        ...counts(t),
      ]),
    ).toEqual([
      ['RUS', null, 2, 0, 1, 0, 1],
      ['1', '1', 1, 0, 1, 0, 0],
      ['1.1', '1.1', 3, 1, 2, 0, 0],
      ['1.2', '1.2', 1, 1, 0, 0, 0],
      ['2', '2', 2, 0, 1, 1, 0],
    ]);
  });

  it('finds the objectives nobody leads and those more than one actor leads', async () => {
    const m = await matrix('2025-02-28');
    expect(m.gaps).toEqual([{ code: '1.2' }]);
    expect(m.conflicts).toEqual([
      {
        objective: { code: '1.1' },
        leads: [
          { slug: 'kommunforbundet-jamtland-harjedalen' },
          { slug: 'lansstyrelsen-jamtlands-lan' },
        ],
        responsibilities: [{ id: ids.kfbLeads11 }, { id: ids.lstLeads11 }],
      },
    ]);
  });

  it('takes asOf to the day: a LEADS ending on 1 March is a gap on 1 March, not on 28 February', async () => {
    const before = await matrix('2025-02-28');
    const on = await matrix('2025-03-01');
    expect(before.gaps).toEqual([{ code: '1.2' }]);
    expect(on.gaps).toEqual([{ code: '1' }, { code: '1.2' }]);
    expect(letters(on.rows, on.columns.length)['region-jamtland-harjedalen']).toEqual([
      'A',
      '-',
      'R',
      '-',
      'C',
    ]);
    // The day before everything started: no rows, every objective a gap, columns all the same.
    const earlier = await matrix('2023-12-31');
    expect(earlier.rows).toEqual([]);
    expect(earlier.columns).toHaveLength(5);
    expect(earlier.gaps.map((o: { code: string }) => o.code)).toEqual(['1', '1.1', '1.2', '2']);
    expect(earlier.columnTotals[0]).toMatchObject({ label: 'RUS', actors: 0, accountable: 0 });
    // The first day (validFrom) counts.
    expect((await matrix('2024-01-01')).rows).toHaveLength(4);
  });

  it('refuses an id that is not of a strategy, or of none', async () => {
    for (const strategy of [ids.region, toGlobalId('Strategy', randomUUID())]) {
      const { errors } = await api.graphql(MATRIX, { strategy });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'strategy' });
    }
  });
});

const CHECK = `query ($scope: ResponsibilityCheckScope!, $asOf: LocalDate) {
  responsibilityCheck(scope: $scope, asOf: $asOf) {
    asOf checked strategy { shortName } area { code }
    findings { kind message records { __typename ... on Node { id } } }
  }
}`;

type Finding = { kind: string; message: string; records: { __typename: string; id: string }[] };

async function check(scope: { strategy?: string; area?: string }, asOf = '2025-02-28') {
  const result = await api.graphql(CHECK, { scope, asOf });
  expect(result.errors).toBeUndefined();
  return result.data!.responsibilityCheck;
}

/** A finding's records as `Type:key`, keys looked up in `ids`. */
const named = (finding: Finding) =>
  finding.records.map(({ __typename, id }) => {
    const key = Object.keys(ids).find((k) => ids[k] === id);
    return `${__typename}:${key ?? id}`;
  });

describe('responsibilityCheck', () => {
  beforeAll(async () => {
    // An ended action plan for Östersund with one objective, a programme whose period is over,
    // a dissolved forum, and an actor archived after it took on a responsibility.
    ids.plan = (
      await create(
        'strategyCreate',
        {
          name: 'Gammal plan',
          kind: 'ACTION_PLAN',
          status: 'ENDED',
          periodTo: '2024-01-01',
          area: ids.ostersund,
        },
        'strategy { id }',
      )
    ).id;
    ids.planA = (
      await create(
        'objectiveCreate',
        { strategy: ids.plan, code: 'A', title: 'Gamla målet' },
        'objective { id }',
      )
    ).id;
    ids.programme = (
      await create(
        'strategyCreate',
        {
          name: 'Avslutat program',
          kind: 'PROGRAMME',
          status: 'ACTIVE',
          area: ids.county,
          periodFrom: '2021-01-01',
          periodTo: '2024-12-31',
        },
        'strategy { id }',
      )
    ).id;
    ids.forum = (
      await create(
        'forumCreate',
        { name: 'Upplöst nätverk', kind: 'NETWORK', area: ids.county },
        'forum { id }',
      )
    ).id;
    const closed = await create(
      'actorCreate',
      {
        name: 'Nedlagda föreningen',
        sector: 'CIVIL_SOCIETY',
        level: 'LOCAL',
        type: 'OTHER',
        areas: [ids.ostersund],
      },
      'actor { id version }',
    );
    ids.closed = closed.id;
    await responsibilities([
      ['regionLeadsPlan', 'region', 'LEADS', 'plan'],
      ['lstLeadsA', 'lst', 'LEADS', 'planA'],
      ['regionFundsProgramme', 'region', 'FUNDS', 'programme'],
      ['kfbConvenesForum', 'kfb', 'CONVENES', 'forum'],
      ['closedExecutesOstersund', 'closed', 'EXECUTES', 'ostersund'],
    ]);
    const archived = await api.mutate(
      'actorArchive',
      { id: closed.id, version: closed.version },
      'actor { archivedAt }',
    );
    expect(archived.userErrors).toEqual([]);
    const dissolved = await api.mutate(
      'forumDissolve',
      { id: ids.forum, version: 1 },
      'forum { status }',
    );
    expect(dissolved.userErrors).toEqual([]);
  });

  it('checks a strategy: its gap, its conflict and a responsibility without a mandate, linking the records', async () => {
    const result = await check({ strategy: ids.rus });
    expect(result).toMatchObject({
      asOf: '2025-02-28',
      checked: 10,
      strategy: { shortName: 'RUS' },
    });
    expect(result.area).toBeNull();
    expect(result.findings.map((f: Finding) => [f.kind, f.message, named(f)])).toEqual([
      ['GAP', 'Nobody leads objective 1.2 "Mål 1.2" (RUS) on 2025-02-28.', ['Objective:o12']],
      [
        'CONFLICT',
        '2 actors lead objective 1.1 "Mål 1.1" (RUS) on 2025-02-28: Kommunförbundet Jämtland Härjedalen, Länsstyrelsen Jämtlands län.',
        [
          'Objective:o11',
          'Responsibility:kfbLeads11',
          'Responsibility:lstLeads11',
          'Actor:kfb',
          'Actor:lst',
        ],
      ],
      [
        'NO_MANDATE',
        'Mittuniversitetet contributes to objective 1.2 "Mål 1.2" (RUS) without a recorded mandate.',
        ['Responsibility:miunContributes12', 'Actor:miun', 'Objective:o12'],
      ],
    ]);
  });

  it('checks everything within an area, finding every kind: archived actors and ended strategies, periods and forums too', async () => {
    const result = await check({ area: ids.county });
    expect(result).toMatchObject({ checked: 15, strategy: null, area: { code: '23' } });
    expect(result.findings.map((f: Finding) => [f.kind, f.message, named(f)])).toEqual([
      ['GAP', 'Nobody leads objective 1.2 "Mål 1.2" (RUS) on 2025-02-28.', ['Objective:o12']],
      ['CONFLICT', expect.stringMatching(/^2 actors lead objective 1.1/), expect.any(Array)],
      ['NO_MANDATE', expect.stringMatching(/^Mittuniversitetet contributes/), expect.any(Array)],
      [
        'ACTOR_ENDED',
        'Nedlagda föreningen is archived, yet executes area Östersund on 2025-02-28.',
        ['Responsibility:closedExecutesOstersund', 'Actor:closed'],
      ],
      [
        'SUBJECT_ENDED',
        'Kommunförbundet Jämtland Härjedalen convenes forum Upplöst nätverk on 2025-02-28, but forum Upplöst nätverk is dissolved.',
        ['Responsibility:kfbConvenesForum', 'Forum:forum'],
      ],
      [
        'SUBJECT_ENDED',
        'Länsstyrelsen Jämtlands län leads objective A "Gamla målet" (Gammal plan) on 2025-02-28, but strategy Gammal plan has ended.',
        ['Responsibility:lstLeadsA', 'Objective:planA', 'Strategy:plan'],
      ],
      [
        'SUBJECT_ENDED',
        'Region Jämtland Härjedalen leads strategy Gammal plan on 2025-02-28, but strategy Gammal plan has ended.',
        ['Responsibility:regionLeadsPlan', 'Strategy:plan'],
      ],
      [
        'SUBJECT_ENDED',
        'Region Jämtland Härjedalen funds strategy Avslutat program on 2025-02-28, but the period of strategy Avslutat program ended on 2024-12-31.',
        ['Responsibility:regionFundsProgramme', 'Strategy:programme'],
      ],
    ]);
  });

  it('keeps to the area asked for: a municipality sees its own plan and responsibilities only', async () => {
    const result = await check({ area: ids.ostersund });
    expect(result.checked).toBe(3);
    expect(result.findings.map((f: Finding) => [f.kind, named(f)[0]])).toEqual([
      ['ACTOR_ENDED', 'Responsibility:closedExecutesOstersund'],
      ['SUBJECT_ENDED', 'Responsibility:lstLeadsA'],
      ['SUBJECT_ENDED', 'Responsibility:regionLeadsPlan'],
    ]);
  });

  it('finds a gap once the only LEADS has ended, on its validTo and not the day before', async () => {
    const gaps = async (asOf: string) =>
      (await check({ strategy: ids.rus }, asOf)).findings
        .filter((f: Finding) => f.kind === 'GAP')
        .map(named);
    expect(await gaps('2025-02-28')).toEqual([['Objective:o12']]);
    expect(await gaps('2025-03-01')).toEqual([['Objective:o1'], ['Objective:o12']]);
  });

  it('takes exactly one of strategy and area, each an id of its kind', async () => {
    for (const scope of [{}, { strategy: ids.rus, area: ids.county }, { area: ids.rus }]) {
      const { errors } = await api.graphql(CHECK, { scope });
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('SQL statements', () => {
  /** A strategy with `objectives` objectives and `actors` new actors, each with a role on each. */
  async function strategyOfSize(name: string, objectives: number, actors: number) {
    const strategy = (
      await create(
        'strategyCreate',
        { name, shortName: name, kind: 'PROGRAMME', status: 'ACTIVE' },
        'strategy { id }',
      )
    ).id;
    const created = await api.createAll(
      'objectiveCreate',
      Array.from({ length: objectives }, (_, i) => ({
        strategy,
        code: String(i + 1),
        title: `${name} mål ${i + 1}`,
      })),
      'objective { id }',
    );
    const people = await api.createAll(
      'actorCreate',
      Array.from({ length: actors }, (_, i) => ({
        name: `${name} aktör ${i}`,
        sector: 'BUSINESS',
        level: 'REGIONAL',
        type: 'COMPANY',
      })),
      'actor { id }',
    );
    const roles = ['LEADS', 'EXECUTES', 'FUNDS', 'CONTRIBUTES', 'CONSULTED', 'INFORMED'];
    await api.createAll(
      'responsibilityCreate',
      people.flatMap((actor, a) =>
        created.map((objective, o) => ({
          actor: actor.id,
          role: roles[(a + o) % roles.length],
          subject: objective.id,
        })),
      ),
      'responsibility { id }',
    );
    return strategy as string;
  }

  let small: string;
  let large: string;
  beforeAll(async () => {
    small = await strategyOfSize('Liten', 3, 2);
    large = await strategyOfSize('Stor', 20, 10);
  });

  it('costs the same statements for a matrix of 20 objectives × 10 actors as for 3 × 2', async () => {
    const query = `query ($strategy: ID!) { raciMatrix(strategy: $strategy, asOf: "2025-01-01") {
      columns { label objective { code title } }
      rows { actor { name sector } cells { roles raci responsibilities { id role actor { name } subject { __typename ... on Objective { code } } } } }
      rowTotals { actor { name } cells accountable }
      columnTotals { label actors }
      gaps { code } conflicts { objective { code } leads { name } }
    } }`;
    const few = await api.graphql(query, { strategy: small });
    const many = await api.graphql(query, { strategy: large });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!.raciMatrix.rows).toHaveLength(10);
    // Each actor has a role for every objective, none for the strategy itself: 20 cells of 21.
    expect(many.data!.raciMatrix.rows[0].cells).toHaveLength(20);
    expect(many.data!.raciMatrix.conflicts.length).toBeGreaterThan(0);
    expect(many.statements).toBe(few.statements);
    // The strategy, its objectives, the responsibilities (one statement each); then the actors,
    // and the objectives behind the responsibilities' subjects, through their loaders.
    expect(many.statements).toBeLessThanOrEqual(5);
  });

  it('costs the same statements for the check of either, every finding with its records', async () => {
    const query = `query ($strategy: ID!) { responsibilityCheck(scope: { strategy: $strategy }, asOf: "2025-01-01") {
      checked findings { kind message records { __typename ... on Node { id } ... on Actor { name } ... on Objective { code } } }
    } }`;
    const few = await api.graphql(query, { strategy: small });
    const many = await api.graphql(query, { strategy: large });
    expect(few.errors).toBeUndefined();
    expect(many.data!.responsibilityCheck.checked).toBe(200);
    // No mandates: one NO_MANDATE per responsibility, besides the conflicts.
    expect(many.data!.responsibilityCheck.findings.length).toBeGreaterThan(200);
    expect(many.statements).toBe(few.statements);
    // The strategy, its objectives, the responsibilities; then one loader per type of record.
    expect(many.statements).toBeLessThanOrEqual(6);
  });
});
