import { startTestApi, type TestApi } from '../../testing/test-api';
import { generateRegion } from '../../testing/region-generator';
import { fromGlobalId, toGlobalId } from '../../core/relay/global-id';
import { MAP_EDGE_KINDS, MAP_NODE_KINDS } from './map.service';

interface Node {
  id: string;
  kind: string;
  label: string;
  depth: number | null;
  sector: string | null;
  [field: string]: unknown;
}
interface Edge {
  id: string;
  kind: string;
  source: string;
  target: string;
  label: string;
  positionTitle: string | null;
  role: string | null;
  raci: string | null;
  category: string | null;
  mandate: string | null;
  validFrom: string | null;
  validTo: string | null;
  record: string;
  sources: { quote: string | null; section: string | null; source: { title: string } }[];
}
interface Graph {
  nodes: Node[];
  edges: Edge[];
}

const GRAPH = `
  nodes { id kind label depth shortName slug code sector level actorType forumKind strategyKind areaKind }
  edges {
    id kind source target label positionTitle role raci category mandate validFrom validTo record
    sources { quote section source { title } }
  }`;

let api: TestApi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  Object.assign(
    ids,
    await api.idsOf({
      lps: ['forum', 'lanspartnerskapet'],
      presidium: ['forum', 'presidium-for-lanspartnerskapet'],
      region: ['actor', 'region-jamtland-harjedalen'],
      almi: ['actor', 'almi'],
      torsta: ['actor', 'torsta'],
      rus: ['strategy', 'rus'],
      country: ['area', 'SE'],
    }),
  );
  const { data } = await api.graphql(`{ report: sources(first: 10) { nodes { id title } } }`);
  ids.report = data!.report.nodes.find((s: { title: string }) =>
    s.title.startsWith('Slutrapport'),
  ).id;
});
afterAll(() => api.stop());

/**
 * The map as a signed-in reader sees it: the seed's preparatory group is a proposal, which
 * anonymous callers do not see (core/db/publication.test.ts).
 */
async function whoDoesWhat(filter: Record<string, unknown> | null) {
  const result = await api.graphql<{ whoDoesWhat: Graph }>(
    `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { ${GRAPH} } }`,
    { filter },
    'viewer',
  );
  expect(result.errors).toBeUndefined();
  return { graph: result.data!.whoDoesWhat, statements: result.statements };
}

/** "KIND source label → target label", to compare edges by what they say. */
function described(graph: Graph): string[] {
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return graph.edges.map(
    (edge) => `${edge.kind} ${label.get(edge.source)} → ${label.get(edge.target)}`,
  );
}

const ofKind = (graph: Graph, kind: string) => graph.edges.filter((edge) => edge.kind === kind);

const LPS_MEMBERS = [
  'Almi',
  'Coompanion',
  'ESF-rådet',
  'Företagarna',
  'Försäkringskassan',
  'Handelskammaren Mitt',
  'IUC Z-group',
  'Jämtland Härjedalen Turism',
  'Kommunförbundet Jämtland Härjedalen',
  'Leader',
  'Länsstyrelsen Jämtlands län',
  'Mittuniversitetet',
  'Region Jämtland Härjedalen',
  'RF-SISU Jämtland Härjedalen',
  'Sametinget',
  'Samling Näringsliv',
  'Strukturfondspartnerskapet',
  'Tillväxtverket',
  'Torsta',
];

describe('the map_edge view', () => {
  it('has one row per relation of the seeded region', async () => {
    const rows = await api.sql(
      `SELECT edge_kind, count(*)::int AS n FROM map_edge GROUP BY edge_kind ORDER BY edge_kind`,
    );
    // Every area but the country has a parent; each of the 19 actors works in the county. The
    // Region convenes two forums and owns its strategy; the development board is part of it.
    const [{ n: areas }] = await api.sql(`SELECT count(*)::int AS n FROM area`);
    expect(Object.fromEntries(rows.map((row) => [row.edge_kind, row.n]))).toEqual({
      ANCHORED_IN: 2,
      CONVENES_FORUM: 2,
      IMPLEMENTS: 1,
      MEMBERSHIP: 26,
      OPERATES_IN: 19,
      OWNS: 1,
      PARENT: 2 + 1 + areas - 1,
      POSITION: 10,
      REPRESENTS: 6,
      RESPONSIBILITY: 5,
    });
  });
});

describe('whoDoesWhat around a forum', () => {
  it('at depth 1 gives Länspartnerskapet’s 19 members, the Region convening it, its sub-forums and its anchor', async () => {
    const { graph } = await whoDoesWhat({ forum: ids.lps, depth: 1 });
    const memberships = ofKind(graph, 'MEMBERSHIP');
    expect(memberships).toHaveLength(19);
    expect(memberships.every((edge) => edge.target === ids.lps && edge.role === 'MEMBER')).toBe(
      true,
    );
    const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
    expect(memberships.map((edge) => label.get(edge.source)).sort()).toEqual(
      [...LPS_MEMBERS].sort(),
    );
    expect(ofKind(graph, 'RESPONSIBILITY')).toEqual([
      expect.objectContaining({
        source: ids.region,
        target: ids.lps,
        role: 'CONVENES',
        raci: 'RESPONSIBLE',
        label: 'convenes',
        mandate: 'Regionalt utvecklingsansvarig aktör (RUA)',
      }),
    ]);
    expect(described(graph).filter((edge) => !edge.startsWith('MEMBERSHIP'))).toEqual([
      'RESPONSIBILITY Region Jämtland Härjedalen → Länspartnerskapet',
      expect.stringMatching(/^PARENT (Beredningsgrupp|Presidium) för Länspartnerskapet → Läns/),
      expect.stringMatching(/^PARENT (Beredningsgrupp|Presidium) för Länspartnerskapet → Läns/),
      'ANCHORED_IN Länspartnerskapet → Regional utvecklingsstrategi för Jämtland Härjedalen',
      // The forum's convenor (`Forum.convenor`), beside the responsibility that says the same.
      'CONVENES_FORUM Region Jämtland Härjedalen → Länspartnerskapet',
    ]);
    expect(graph.edges).toHaveLength(24);
    // The forum, 18 actors, Strukturfondspartnerskapet, two sub-forums and the RUS.
    expect(graph.nodes).toHaveLength(23);
    expect(graph.nodes.find((node) => node.id === ids.lps)).toMatchObject({
      kind: 'FORUM',
      depth: 0,
      forumKind: 'PARTNERSHIP',
      shortName: 'LPS',
      slug: 'lanspartnerskapet',
    });
    expect(graph.nodes.filter((node) => node.depth !== 0).every((node) => node.depth === 1)).toBe(
      true,
    );
    expect(graph.nodes.find((node) => node.id === ids.region)).toMatchObject({
      kind: 'ACTOR',
      sector: 'PUBLIC',
      level: 'REGIONAL',
      actorType: 'REGION',
    });
  });

  it('at depth 2 adds the presidium’s members and its six representatives, the positions and the Region’s other responsibilities', async () => {
    const one = (await whoDoesWhat({ forum: ids.lps, depth: 1 })).graph;
    const { graph } = await whoDoesWhat({ forum: ids.lps }); // depth 2 by default
    expect(graph.edges.map((edge) => edge.id)).toEqual(
      expect.arrayContaining(one.edges.map((edge) => edge.id)),
    );
    const edges = described(graph);
    expect(edges.filter((edge) => edge.startsWith('REPRESENTS')).sort()).toEqual([
      'REPRESENTS Håkan Wiklund → Mittuniversitetet',
      'REPRESENTS Jenny Grip → Samling Näringsliv',
      'REPRESENTS Jonas Andersson → Region Jämtland Härjedalen',
      'REPRESENTS Maria Kumpula → Region Jämtland Härjedalen',
      'REPRESENTS Marita Ljung → Länsstyrelsen Jämtlands län',
      'REPRESENTS Niklas Daoson → Kommunförbundet Jämtland Härjedalen',
    ]);
    expect(
      ofKind(graph, 'REPRESENTS').every(
        (edge) => edge.label === 'represents in Presidium för Länspartnerskapet',
      ),
    ).toBe(true);
    expect(edges.filter((edge) => edge.endsWith('→ Presidium för Länspartnerskapet'))).toEqual(
      expect.arrayContaining([
        'MEMBERSHIP Region Jämtland Härjedalen → Presidium för Länspartnerskapet',
        'MEMBERSHIP Kommunförbundet Jämtland Härjedalen → Presidium för Länspartnerskapet',
        'MEMBERSHIP Länsstyrelsen Jämtlands län → Presidium för Länspartnerskapet',
        'MEMBERSHIP Mittuniversitetet → Presidium för Länspartnerskapet',
        'MEMBERSHIP Samling Näringsliv → Presidium för Länspartnerskapet',
      ]),
    );
    expect(edges).toEqual(
      expect.arrayContaining([
        'POSITION Jonas Andersson → Region Jämtland Härjedalen',
        'RESPONSIBILITY Region Jämtland Härjedalen → Jämtlands län',
        'IMPLEMENTS Regionalt serviceprogram → Regional utvecklingsstrategi för Jämtland Härjedalen',
      ]),
    );
    expect(ofKind(graph, 'POSITION').map((edge) => edge.label)).toContain('Regionråd');
    // A position's title is its own field too, null where the sources give none (the label's
    // "position" is English): Niklas Daoson's at Kommunförbundet.
    const positionOf = (name: string) => {
      const person = graph.nodes.find((node) => node.label === name)!;
      return ofKind(graph, 'POSITION').find((edge) => edge.source === person.id);
    };
    expect(positionOf('Jonas Andersson')).toMatchObject({
      label: 'Regionråd',
      positionTitle: 'Regionråd',
    });
    expect(positionOf('Niklas Daoson')).toMatchObject({ label: 'position', positionTitle: null });
    expect(
      graph.edges.filter((edge) => edge.kind !== 'POSITION' && edge.positionTitle !== null),
    ).toEqual([]);
    // Hops are counted from the forum: people are two away, the Region one.
    const person = graph.nodes.find((node) => node.label === 'Jonas Andersson');
    expect(person).toMatchObject({ kind: 'PERSON', depth: 2, slug: 'jonas-andersson' });
    // Nothing three hops away: Europeiska jordbruksfonden funds the webinars Tillväxtverket convenes.
    expect(graph.nodes.map((node) => node.label)).not.toContain(
      'Europeiska jordbruksfonden för landsbygdsutveckling',
    );
  });

  it('orders nodes by kind, then label, and edges by kind, then id — the same on every call', async () => {
    const first = (await whoDoesWhat({ forum: ids.lps, depth: 2, asOf: '2025-01-01' })).graph;
    const second = (await whoDoesWhat({ forum: ids.lps, depth: 2, asOf: '2025-01-01' })).graph;
    expect(second).toEqual(first);
    const kindOrder = (kinds: readonly string[], kind: string) => kinds.indexOf(kind);
    const nodeKinds = first.nodes.map((node) => kindOrder(MAP_NODE_KINDS, node.kind));
    expect(nodeKinds).toEqual([...nodeKinds].sort((a, b) => a - b));
    const actors = first.nodes.filter((node) => node.kind === 'ACTOR').map((node) => node.label);
    expect(actors).toEqual([...actors].sort(new Intl.Collator('sv').compare));
    const edgeKinds = first.edges.map((edge) => kindOrder(MAP_EDGE_KINDS, edge.kind));
    expect(edgeKinds).toEqual([...edgeKinds].sort((a, b) => a - b));
    expect(new Set(first.edges.map((edge) => edge.id)).size).toBe(first.edges.length);
  });

  it('gives every edge its provenance: the citations of the record it comes from', async () => {
    const { graph } = await whoDoesWhat({ forum: ids.lps, depth: 2 });
    for (const edge of graph.edges) {
      expect([edge.kind, edge.sources.length > 0]).toEqual([edge.kind, true]);
      expect(edge.sources.every((citation) => citation.quote && citation.source.title)).toBe(true);
    }
    const convenes = ofKind(graph, 'RESPONSIBILITY').find(
      (edge) => edge.role === 'CONVENES' && edge.target === ids.lps,
    )!;
    expect(convenes.sources.map((citation) => citation.quote)).toContain(
      'Region Jämtland Härjedalen som RUA sammankallar och leder forumet',
    );
    expect(fromGlobalId(convenes.record)?.type).toBe('Responsibility');
    const almi = ofKind(graph, 'MEMBERSHIP').find((edge) => edge.source === ids.almi)!;
    expect(almi).toMatchObject({ category: 'Organisationer i länet', label: 'member' });
    expect(almi.sources).toEqual([
      {
        quote: 'Almi',
        section: expect.stringContaining('Organisationer i länet'),
        source: { title: 'Slutrapport Översyn Länspartnerskapet' },
      },
    ]);
    // PARENT and ANCHORED_IN cite the child record: the presidium, Länspartnerskapet.
    const presidium = ofKind(graph, 'PARENT').find((edge) => edge.source === ids.presidium)!;
    expect(presidium.sources.map((citation) => citation.quote)).toEqual([
      'Ett presidium för Länspartnerskapet är skapat och består av',
    ]);
    expect(presidium.record).toBe(ids.presidium);
    const anchor = ofKind(graph, 'ANCHORED_IN')[0];
    expect(anchor.record).toBe(ids.lps);
    expect(anchor.sources.map((citation) => citation.quote)).toContain(
      'RUS är central och styrande i arbetet',
    );
    // A representative cites the membership: the report names the person beside the organisation.
    const jenny = described(graph).indexOf('REPRESENTS Jenny Grip → Samling Näringsliv');
    expect(graph.edges[jenny].sources.map((citation) => citation.quote)).toEqual([
      'Jenny Grip, Samling Näringsliv',
    ]);
    expect(fromGlobalId(graph.edges[jenny].record)?.type).toBe('ForumMembership');
  });

  it('starts from an actor or a strategy as well, and a depth of 0 is the starting node alone', async () => {
    const torsta = (await whoDoesWhat({ actor: ids.torsta, depth: 1 })).graph;
    expect(described(torsta)).toEqual([
      'MEMBERSHIP Torsta → Länspartnerskapet',
      'OPERATES_IN Torsta → Jämtlands län',
    ]);
    const rus = (await whoDoesWhat({ strategy: ids.rus, depth: 1 })).graph;
    expect(described(rus).sort()).toEqual([
      'ANCHORED_IN Länspartnerskapet → Regional utvecklingsstrategi för Jämtland Härjedalen',
      'IMPLEMENTS Regionalt serviceprogram → Regional utvecklingsstrategi för Jämtland Härjedalen',
      'OWNS Region Jämtland Härjedalen → Regional utvecklingsstrategi för Jämtland Härjedalen',
    ]);
    const alone = (await whoDoesWhat({ forum: ids.lps, depth: 0 })).graph;
    expect(alone).toEqual({
      nodes: [expect.objectContaining({ id: ids.lps, depth: 0 })],
      edges: [],
    });
  });
});

describe('whoDoesWhat for the whole region', () => {
  it('without a starting node draws every relation valid on the day and the records they join', async () => {
    const { graph } = await whoDoesWhat({ asOf: '2025-01-01' });
    const kinds = graph.edges.reduce<Record<string, number>>(
      (count, edge) => ({ ...count, [edge.kind]: (count[edge.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({
      MEMBERSHIP: 26,
      RESPONSIBILITY: 5,
      POSITION: 10,
      PARENT: 6, // two forums', an actor's, the county's up to the country (not every area's)
      IMPLEMENTS: 1,
      ANCHORED_IN: 2,
      REPRESENTS: 6,
      OPERATES_IN: 19,
      CONVENES_FORUM: 2,
      OWNS: 1,
    });
    const ends = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(new Set(graph.nodes.map((node) => node.id))).toEqual(ends);
    expect(graph.nodes.every((node) => node.depth === null)).toBe(true);
    expect(graph.nodes.map((node) => node.kind)).toEqual(
      expect.arrayContaining(['ACTOR', 'PERSON', 'FORUM', 'STRATEGY', 'TOPIC', 'AREA']),
    );
    expect(graph.nodes.filter((node) => node.kind === 'AREA').map((node) => node.label)).toEqual([
      'Jämtlands län',
      'Mellersta Norrland',
      'Norra Sverige',
      'Sverige',
    ]);
    expect(graph.nodes.find((node) => node.kind === 'AREA')).toMatchObject({
      label: 'Jämtlands län',
      code: '23',
      areaKind: 'COUNTY',
    });
    // The depth is ignored without a starting node.
    expect((await whoDoesWhat({ asOf: '2025-01-01', depth: 0 })).graph).toEqual(graph);
  });
});

describe('filters', () => {
  it('role keeps the responsibilities of that role, and no memberships; edges without a role stay', async () => {
    const { graph } = await whoDoesWhat({ forum: ids.lps, depth: 1, role: 'CONVENES' });
    expect(described(graph).sort()).toEqual([
      'ANCHORED_IN Länspartnerskapet → Regional utvecklingsstrategi för Jämtland Härjedalen',
      'CONVENES_FORUM Region Jämtland Härjedalen → Länspartnerskapet',
      'PARENT Beredningsgrupp för Länspartnerskapet → Länspartnerskapet',
      'PARENT Presidium för Länspartnerskapet → Länspartnerskapet',
      'RESPONSIBILITY Region Jämtland Härjedalen → Länspartnerskapet',
    ]);
    expect(graph.nodes).toHaveLength(5);
    const leads = (await whoDoesWhat({ forum: ids.lps, depth: 2, role: 'LEADS' })).graph;
    expect(ofKind(leads, 'RESPONSIBILITY').map((edge) => edge.role)).toEqual(['LEADS']);
    expect(ofKind(leads, 'MEMBERSHIP')).toEqual([]);
  });

  it('membershipRole keeps the memberships of that role, and no responsibilities', async () => {
    const { graph } = await whoDoesWhat({ forum: ids.lps, depth: 1, membershipRole: 'MEMBER' });
    expect(ofKind(graph, 'MEMBERSHIP')).toHaveLength(19);
    expect(ofKind(graph, 'RESPONSIBILITY')).toEqual([]);
    const both = (
      await whoDoesWhat({ forum: ids.lps, depth: 1, membershipRole: 'MEMBER', role: 'CONVENES' })
    ).graph;
    expect(both.edges).toHaveLength(24);
    const chairs = (await whoDoesWhat({ forum: ids.lps, depth: 1, membershipRole: 'CHAIR' })).graph;
    expect(ofKind(chairs, 'MEMBERSHIP')).toEqual([]);
  });

  it('sector keeps the actors of that sector and drops the edges of the others', async () => {
    const all = (await whoDoesWhat({ forum: ids.lps, depth: 2 })).graph;
    const { graph } = await whoDoesWhat({ forum: ids.lps, depth: 2, sector: 'BUSINESS' });
    const actors = graph.nodes.filter((node) => node.kind === 'ACTOR');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((node) => node.sector === 'BUSINESS')).toBe(true);
    const business = new Set(
      all.nodes.filter((node) => node.sector === 'BUSINESS').map((node) => node.id),
    );
    const dropped = new Set(
      all.nodes
        .filter((node) => node.kind === 'ACTOR' && !business.has(node.id))
        .map((node) => node.id),
    );
    expect(graph.edges.map((edge) => edge.id)).toEqual(
      all.edges
        .filter((edge) => !dropped.has(edge.source) && !dropped.has(edge.target))
        .map((edge) => edge.id),
    );
    expect(described(graph)).toContain('MEMBERSHIP Almi → Länspartnerskapet');
    expect(described(graph)).toContain('MEMBERSHIP Strukturfondspartnerskapet → Länspartnerskapet');
    expect(described(graph)).toContain('REPRESENTS Jenny Grip → Samling Näringsliv');
    expect(ofKind(graph, 'RESPONSIBILITY')).toEqual([]);
    // An actor of another sector is dropped even as the starting node.
    const region = (await whoDoesWhat({ actor: ids.region, depth: 1, sector: 'BUSINESS' })).graph;
    expect(region).toEqual({ nodes: [], edges: [] });
  });

  it('refuses a depth outside 0–4 and an ID of the wrong type as BAD_USER_INPUT', async () => {
    for (const filter of [
      { forum: ids.lps, depth: 5 },
      { forum: ids.lps, depth: -1 },
      { depth: 7 },
    ]) {
      const { errors } = await api.graphql(
        `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { nodes { id } } }`,
        { filter },
      );
      expect(errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'filter.depth',
      });
    }
    const { errors } = await api.graphql(
      `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { nodes { id } } }`,
      { filter: { forum: ids.region } },
    );
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.forum',
    });
  });
});

describe('valid time', () => {
  it('draws a membership from the day it starts, and no longer on the day it ends', async () => {
    const person = (await api.mutate('personCreate', { name: 'Anna Exempel' }, 'person { id }'))
      .person.id;
    const created = await api.mutate(
      'forumMembershipCreate',
      {
        forum: ids.presidium,
        member: ids.almi,
        representatives: [person],
        externalRepresentatives: [person],
        validFrom: '2022-03-01',
        validTo: '2022-09-01',
      },
      'forumMembership { id }',
    );
    expect(created.userErrors).toEqual([]);
    const on = async (asOf: string) => {
      const { graph } = await whoDoesWhat({ forum: ids.presidium, depth: 2, asOf });
      return described(graph).filter((edge) => /Almi → Presidium|Anna Exempel/.test(edge));
    };
    expect(await on('2022-02-28')).toEqual([]);
    expect(await on('2022-03-01')).toEqual([
      'MEMBERSHIP Almi → Presidium för Länspartnerskapet',
      'REPRESENTS Anna Exempel → Almi',
    ]);
    expect(await on('2022-08-31')).toHaveLength(2);
    expect(await on('2022-09-01')).toEqual([]);
    const { graph } = await whoDoesWhat({ forum: ids.presidium, depth: 1, asOf: '2022-03-01' });
    const edge = ofKind(graph, 'MEMBERSHIP').find((e) => e.source === ids.almi)!;
    expect(edge).toMatchObject({ validFrom: '2022-03-01', validTo: '2022-09-01' });
    expect(edge.record).toBe(created.forumMembership.id);
  });
});

describe('whoDoesWhatChanges', () => {
  const DIFF = `query ($from: LocalDate!, $to: LocalDate!, $filter: WhoDoesWhatFilter) {
    whoDoesWhatChanges(from: $from, to: $to, filter: $filter) { change day summary sv: summary(lang: SV) sourceNode { id label } targetNode { kind code label } edge { id kind source target role validFrom validTo sources { quote } } }
  }`;

  it('lists the edges that appeared and ended between two days, with summaries', async () => {
    const objective = await api.mutate(
      'objectiveCreate',
      { strategy: ids.rus, code: '2.1', title: 'Kompetensförsörjning' },
      'objective { id }',
    );
    const leads = await api.mutate(
      'responsibilityCreate',
      {
        actor: ids.region,
        role: 'LEADS',
        subject: objective.objective.id,
        validFrom: '2023-01-01',
        validTo: '2024-06-01',
        sources: [{ source: ids.report, quote: 'regionalt utvecklingsansvar' }],
      },
      'responsibility { id }',
    );
    expect(leads.userErrors).toEqual([]);
    const joins = await api.mutate(
      'forumMembershipCreate',
      { forum: ids.presidium, member: ids.almi, validFrom: '2024-05-02' },
      'forumMembership { id }',
    );
    expect(joins.userErrors).toEqual([]);

    const { data, errors, statements } = await api.graphql(DIFF, {
      from: '2024-04-01',
      to: '2024-07-01',
    });
    expect(errors).toBeUndefined();
    expect(data!.whoDoesWhatChanges).toEqual([
      {
        change: 'APPEARED',
        day: '2024-05-02',
        summary: 'Almi joined Presidium för Länspartnerskapet',
        sv: 'Almi gick med i Presidium för Länspartnerskapet',
        sourceNode: { id: ids.almi, label: 'Almi' },
        targetNode: { kind: 'FORUM', code: null, label: 'Presidium för Länspartnerskapet' },
        edge: expect.objectContaining({
          kind: 'MEMBERSHIP',
          source: ids.almi,
          target: ids.presidium,
          role: 'MEMBER',
          validFrom: '2024-05-02',
          validTo: null,
        }),
      },
      {
        change: 'ENDED',
        day: '2024-06-01',
        summary: 'Region Jämtland Härjedalen is no longer responsible for objective 2.1',
        sv: 'Region Jämtland Härjedalen är inte längre ansvarig för mål 2.1',
        sourceNode: { id: ids.region, label: 'Region Jämtland Härjedalen' },
        targetNode: { kind: 'OBJECTIVE', code: '2.1', label: expect.stringContaining('Kompetens') },
        edge: expect.objectContaining({
          kind: 'RESPONSIBILITY',
          source: ids.region,
          target: objective.objective.id,
          validTo: '2024-06-01',
          sources: [{ quote: 'regionalt utvecklingsansvar' }],
        }),
      },
    ]);
    expect(statements).toBe(4); // edges, nodes, their names on the days, citations

    // The same edge has the same id on the map of the day.
    const after = (await whoDoesWhat({ forum: ids.presidium, depth: 1, asOf: '2024-07-01' })).graph;
    expect(after.edges.map((edge) => edge.id)).toContain(data!.whoDoesWhatChanges[0].edge.id);

    // A filter narrows the diff like the map: one hop from the presidium reaches Almi's
    // membership, not the objective the Region led.
    const near = await api.graphql(DIFF, {
      from: '2024-04-01',
      to: '2024-07-01',
      filter: { forum: ids.presidium, depth: 1 },
    });
    expect(
      near.data!.whoDoesWhatChanges.map((change: { summary: string }) => change.summary),
    ).toEqual(['Almi joined Presidium för Länspartnerskapet']);
    // The other way round, nothing appeared and both ended.
    const back = await api.graphql(DIFF, { from: '2024-05-15', to: '2024-12-01' });
    expect(
      back.data!.whoDoesWhatChanges.map((change: { summary: string }) => change.summary),
    ).toEqual(['Region Jämtland Härjedalen is no longer responsible for objective 2.1']);
  });

  it('summarises positions and representatives too', async () => {
    const person = (await api.mutate('personCreate', { name: 'Per Exempel' }, 'person { id }'))
      .person.id;
    await api.mutate(
      'positionCreate',
      { person, actor: ids.torsta, title: 'vd', validFrom: '2021-02-01', validTo: '2021-03-01' },
      'position { id }',
    );
    await api.mutate(
      'forumMembershipCreate',
      {
        forum: ids.presidium,
        member: ids.torsta,
        role: 'OBSERVER',
        representatives: [person],
        externalRepresentatives: [person],
        validFrom: '2021-02-01',
        validTo: '2021-03-01',
      },
      'forumMembership { id }',
    );
    const appeared = await api.graphql(DIFF, { from: '2021-01-15', to: '2021-02-15' });
    expect(
      appeared.data!.whoDoesWhatChanges.map((change: { summary: string }) => change.summary),
    ).toEqual([
      'Torsta joined Presidium för Länspartnerskapet as observer',
      'Per Exempel started as vd at Torsta',
      'Per Exempel started representing Torsta in Presidium för Länspartnerskapet',
    ]);
    const ended = await api.graphql(DIFF, { from: '2021-02-15', to: '2021-03-15' });
    expect(
      ended.data!.whoDoesWhatChanges.map((change: { summary: string }) => change.summary),
    ).toEqual([
      'Torsta left Presidium för Länspartnerskapet as observer',
      'Per Exempel ended as vd at Torsta',
      'Per Exempel stopped representing Torsta in Presidium för Länspartnerskapet',
    ]);
  });

  it('refuses a "to" that is not after "from", and a bad depth, as BAD_USER_INPUT', async () => {
    const same = await api.graphql(DIFF, { from: '2024-04-01', to: '2024-04-01' });
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    const deep = await api.graphql(DIFF, {
      from: '2024-04-01',
      to: '2024-05-01',
      filter: { forum: ids.lps, depth: 9 },
    });
    expect(deep.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.depth',
    });
  });
});

describe('SQL statements per request', () => {
  it('costs the same statements for a generated region several times larger as for the seeded one', async () => {
    const QUERY = `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { ${GRAPH} } }`;
    const asOf = '2026-01-01';
    const seededRegion = await api.graphql(QUERY, { filter: { asOf } });
    const seededForum = await api.graphql(QUERY, { filter: { forum: ids.lps, depth: 2, asOf } });
    const seededCountry = await api.graphql(QUERY, {
      filter: { area: ids.country, depth: 4, asOf },
    });

    const region = await generateRegion(api.app.dataSource, {
      counties: 1,
      municipalities: 8,
      actors: 72,
      people: 72,
      positions: 72,
      forums: 6,
      memberships: 100,
      largeForums: 1,
      largeForumMembers: 25,
      strategies: 3,
      objectives: 18,
      largeStrategyObjectives: 6,
      indicators: 18,
      responsibilities: 150,
      seed: 7,
    });
    expect(region.counts).toMatchObject({ actors: 72, forums: 6, objectives: 18 });

    const largerRegion = await api.graphql(QUERY, { filter: { asOf } });
    const generatedForum = await api.graphql(QUERY, {
      filter: { forum: toGlobalId('Forum', region.ids.forums[0]), depth: 2, asOf },
    });
    const largerCountry = await api.graphql(QUERY, {
      filter: { area: ids.country, depth: 4, asOf },
    });
    const all = [seededRegion, seededForum, seededCountry, largerRegion, largerCountry];
    for (const result of [...all, generatedForum]) expect(result.errors).toBeUndefined();
    const edges = (result: typeof seededRegion) => result.data!.whoDoesWhat.edges.length;
    expect(edges(largerRegion)).toBeGreaterThan(3 * edges(seededRegion));
    expect(edges(generatedForum)).toBeGreaterThan(edges(seededForum));
    expect(edges(largerCountry)).toBeGreaterThan(edges(seededCountry));
    expect(largerRegion.data!.whoDoesWhat.edges.map((edge: Edge) => edge.kind)).toContain('PARENT');
    expect(largerCountry.data!.whoDoesWhat.edges.map((edge: Edge) => edge.kind)).toContain(
      'OPERATES_IN',
    );
    expect(largerCountry.statements).toBe(seededCountry.statements);
    expect(seededCountry.statements).toBe(seededRegion.statements);
    // Edges, nodes, citations of every kind of record in one batch, and their sources.
    expect(largerRegion.statements).toBe(seededRegion.statements);
    expect(generatedForum.statements).toBe(seededForum.statements);
    expect(seededForum.statements).toBe(seededRegion.statements);
    expect(seededRegion.statements).toBe(4);
  });
});
