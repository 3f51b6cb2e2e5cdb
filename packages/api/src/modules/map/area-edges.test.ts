import { startTestApi, type TestApi } from '../../testing/test-api';
import { whoDoesWhatOf } from '../../testing/map-graph';
import { fromGlobalId } from '../../core/relay/global-id';

/** Areas on the map: an area → its parent (PARENT), an actor → the areas it works in (OPERATES_IN). */

let api: TestApi;
const ids: Record<string, string> = {};
/** A moment before the association moved to Östersund. */
let beforeTheMove: string;
/** A passage of the seeded report, cited for each actor made here. */
const PASSAGE = 'För det viktiga påverkansarbetet har vi identifierat följande punkter';

/** The map as an anonymous caller sees it. */
const whoDoesWhat = (filter: Record<string, unknown>) => whoDoesWhatOf(api, filter);

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      country: ['area', 'SE'],
      county: ['area', '23'],
      krokom: ['area', '2309'],
      ostersund: ['area', '2380'],
      source: ['firstSource'],
    }),
  );
  const actor = (name: string, areas: string[]) => ({
    name,
    sector: 'CIVIL_SOCIETY',
    level: 'LOCAL',
    type: 'OTHER',
    areas,
    sources: [{ source: ids.source, quote: PASSAGE }],
  });
  const [byn, kust] = await api.createAll(
    'actorCreate',
    [actor('Byalaget i Krokom', [ids.krokom]), actor('Föreningen Storsjöbygden', [ids.county])],
    'actor { id version }',
  );
  Object.assign(ids, { byn: byn.id, kust: kust.id });
  const leader = await api.create('areaCreate', {
    code: 'leader-storsjon',
    name: 'Leader Storsjöbygden',
    kind: 'LEADER_AREA',
    parent: ids.county,
    municipalities: [ids.krokom, ids.ostersund],
  });
  ids.leader = leader.id;
  beforeTheMove = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  // From 2026 the association works in Östersund, no longer in the whole county.
  const moved = await api.mutate(
    'actorUpdate',
    { id: ids.kust, version: kust.version, areas: [ids.ostersund], changesFrom: '2026-01-01' },
    'actor { id }',
  );
  expect(moved.userErrors).toEqual([]);
});
afterAll(() => api.stop());

describe('area edges', () => {
  it('link an area to its parent, from a municipality up to the country, and an added area to the parent it was given', async () => {
    const { edges, graph } = await whoDoesWhat({ area: ids.krokom, depth: 4, asOf: '2025-06-01' });
    expect(edges).toEqual(
      expect.arrayContaining([
        'PARENT Krokom → Jämtlands län',
        'PARENT Jämtlands län → Mellersta Norrland',
        'PARENT Mellersta Norrland → Norra Sverige',
        'PARENT Norra Sverige → Sverige',
        'OPERATES_IN Byalaget i Krokom → Krokom',
        'OPERATES_IN Föreningen Storsjöbygden → Jämtlands län',
      ]),
    );
    // Up, never down: the county's other parts (Östersund, the Leader area) are not walked to.
    expect(
      edges.filter((edge) => edge.endsWith('→ Jämtlands län') && edge.startsWith('PARENT')),
    ).toEqual(['PARENT Krokom → Jämtlands län']);
    expect((await whoDoesWhat({ area: ids.leader, depth: 1, asOf: '2025-06-01' })).edges).toEqual(
      expect.arrayContaining(['PARENT Leader Storsjöbygden → Jämtlands län']),
    );
    expect(graph.nodes.find((node) => node.label === 'Sverige')).toMatchObject({ depth: 4 });
    const parent = graph.edges.find(
      (edge) => edge.kind === 'PARENT' && edge.source === ids.krokom,
    )!;
    expect(parent).toMatchObject({ label: 'part of', target: ids.county, validFrom: null });
    expect(parent.record).toBe(ids.krokom);
    expect(fromGlobalId(parent.record)?.type).toBe('Area');
  });

  it('cite the actor for where it works, and follow its areas in valid time', async () => {
    const on = async (asOf: string) =>
      (await whoDoesWhat({ actor: ids.kust, depth: 1, asOf })).edges;
    expect(await on('2025-12-31')).toEqual([
      'OPERATES_IN Föreningen Storsjöbygden → Jämtlands län',
    ]);
    expect(await on('2026-01-01')).toEqual(['OPERATES_IN Föreningen Storsjöbygden → Östersund']);
    const { graph } = await whoDoesWhat({ actor: ids.kust, depth: 1, asOf: '2025-12-31' });
    expect(graph.edges[0]).toMatchObject({
      label: 'operates in',
      validFrom: null,
      validTo: '2026-01-01',
      sources: [{ quote: PASSAGE }],
    });
    expect(graph.edges[0].record).toBe(ids.kust);
    // As the register said before the move: the county still, on any day.
    const known = await whoDoesWhat({
      actor: ids.kust,
      depth: 1,
      asOf: '2026-06-01',
      knownAt: beforeTheMove,
    });
    expect(known.edges).toEqual(['OPERATES_IN Föreningen Storsjöbygden → Jämtlands län']);
  });

  it('give the timeline the day an actor moved, and the changes in English and Swedish', async () => {
    const timeline = await api.graphql(
      `query ($filter: WhoDoesWhatFilter) { whoDoesWhatTimeline(filter: $filter) }`,
      { filter: { actor: ids.kust, depth: 1 } },
    );
    expect(timeline.data!.whoDoesWhatTimeline).toEqual(['2026-01-01']);
    const known = await api.graphql(
      `query ($filter: WhoDoesWhatFilter) { whoDoesWhatTimeline(filter: $filter) }`,
      { filter: { actor: ids.kust, depth: 1, knownAt: beforeTheMove } },
    );
    expect(known.data!.whoDoesWhatTimeline).toEqual([]);
    const changes = await api.graphql(
      `query ($filter: WhoDoesWhatFilter) {
        whoDoesWhatChanges(from: "2025-12-01", to: "2026-02-01", filter: $filter) {
          change day summary sv: summary(lang: SV)
        }
      }`,
      { filter: { actor: ids.kust, depth: 1 } },
    );
    expect(changes.errors).toBeUndefined();
    expect(changes.data!.whoDoesWhatChanges).toEqual([
      {
        change: 'ENDED',
        day: '2026-01-01',
        summary: 'Föreningen Storsjöbygden stopped operating in Jämtlands län',
        sv: 'Föreningen Storsjöbygden verkar inte längre i Jämtlands län',
      },
      {
        change: 'APPEARED',
        day: '2026-01-01',
        summary: 'Föreningen Storsjöbygden started operating in Östersund',
        sv: 'Föreningen Storsjöbygden började verka i Östersund',
      },
    ]);
  });

  it('draw for the whole region only the areas something is placed in, and the areas they lie in', async () => {
    const { graph } = await whoDoesWhat({ asOf: '2025-06-01' });
    const areas = graph.nodes.filter((node) => node.kind === 'AREA').map((node) => node.label);
    const total = await api.sql(`SELECT count(*)::int AS n FROM area`);
    expect(total[0].n).toBeGreaterThan(311);
    expect(areas).toEqual(
      expect.arrayContaining(['Krokom', 'Jämtlands län', 'Mellersta Norrland', 'Sverige']),
    );
    expect(areas).not.toContain('Östersund'); // nobody works there yet
    expect(areas).not.toContain('Leader Storsjöbygden');
    expect(areas.length).toBeLessThan(20);
    // Every area drawn is joined to the rest: it is an end of an edge.
    const ends = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(graph.nodes.every((node) => ends.has(node.id))).toBe(true);
    const moved = await whoDoesWhat({ asOf: '2026-06-01' });
    expect(moved.edges).toContain('PARENT Östersund → Jämtlands län');
  });

  it('are drawn for anonymous callers, at the same statements from the country as from a county', async () => {
    // The country's map: who works nationwide, not every region below it.
    const country = await whoDoesWhat({ area: ids.country, depth: 2, asOf: '2025-06-01' });
    expect(country.edges).toEqual(expect.arrayContaining(['OPERATES_IN Tillväxtverket → Sverige']));
    expect(
      country.edges.filter((edge) => edge.startsWith('PARENT') && edge.endsWith('→ Sverige')),
    ).toEqual([]);
    // A county's: who works there, and the regions it lies in, up to two hops.
    const county = await whoDoesWhat({ area: ids.county, depth: 2, asOf: '2025-06-01' });
    const regions = county.edges.filter(
      (edge) => edge.startsWith('PARENT') && /→ (Mellersta|Norra)/.test(edge),
    );
    expect(regions.sort()).toEqual([
      'PARENT Jämtlands län → Mellersta Norrland',
      'PARENT Mellersta Norrland → Norra Sverige',
    ]);
    expect(county.edges).not.toContain('PARENT Krokom → Jämtlands län');
    expect(country.statements).toBe(3); // edges, nodes, citations
    expect(county.statements).toBe(country.statements);
  });
});
