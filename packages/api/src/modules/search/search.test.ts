import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

interface Hit {
  kind: string;
  title: string;
  snippet: string | null;
  rank: number;
  node: { __typename: string; id: string };
}

const SEARCH = `query ($query: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) {
    kind title snippet rank node { __typename id }
  }
}`;

async function search(query: string, variables: { kinds?: string[]; first?: number } = {}) {
  const result = await api.graphql<{ search: Hit[] }>(SEARCH, { query, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

const titles = (hits: Hit[]) => hits.map((hit) => hit.title);

const created = (field: string, input: Record<string, unknown>, selection?: string) =>
  api.create(field, input, selection);

const actor = (name: string, input: Record<string, unknown> = {}) =>
  created('actorCreate', {
    name,
    sector: 'CIVIL_SOCIETY',
    level: 'LOCAL',
    type: 'OTHER',
    ...input,
  });

describe('search', () => {
  it('finds by prefix: "läns" finds Länspartnerskapet and the county administrative boards', async () => {
    const hits = await search('läns');
    expect(titles(hits)).toEqual(
      expect.arrayContaining([
        'Länspartnerskapet',
        'Länsstyrelsen Jämtlands län',
        'Länsstyrelsen Västerbotten',
      ]),
    );
    const partnership = hits.find((hit) => hit.title === 'Länspartnerskapet')!;
    expect(partnership).toMatchObject({
      kind: 'FORUM',
      node: { __typename: 'Forum' },
      snippet: '<mark>Länspartnerskapet</mark>',
    });
    // Ranked best first, ties by title.
    const ranks = hits.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('finds by every word as a prefix, words typed apart included: "läns part"', async () => {
    const hits = await search('läns part');
    expect(hits[0]).toMatchObject({ kind: 'FORUM', title: 'Länspartnerskapet' });
    expect(titles(hits)).not.toContain('Länsstyrelsen Jämtlands län');
    // First: near misses ("Jämtlands län") come after.
    expect(titles(await search('läns jämt'))[0]).toBe('Länsstyrelsen Jämtlands län');
    expect(titles(await search('maria kump'))).toEqual(['Maria Kumpula']);
  });

  it('finds by short name: MIUN, RUS, LPS, first', async () => {
    for (const [query, kind, title] of [
      ['MIUN', 'ACTOR', 'Mittuniversitetet'],
      ['miun', 'ACTOR', 'Mittuniversitetet'],
      ['RUS', 'STRATEGY', 'Regional utvecklingsstrategi för Jämtland Härjedalen'],
      ['RSP', 'STRATEGY', 'Regionalt serviceprogram'],
      ['LPS', 'FORUM', 'Länspartnerskapet'],
    ]) {
      const [first] = await search(query);
      expect(first).toMatchObject({ kind, title, snippet: `<mark>${query.toUpperCase()}</mark>` });
    }
  });

  it('ranks a record named by the query above one that mentions it in its description', async () => {
    await actor('Fiberföreningen Norr', {
      description: 'Bygger bredband på landsbygden tillsammans med Mittuniversitetet.',
    });
    const hits = await search('mittuniversitetet');
    expect(titles(hits)).toEqual(['Mittuniversitetet', 'Fiberföreningen Norr']);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    expect(hits[1].snippet).toBe(
      // Descriptions are cut to fragments around the matches.
      'Bygger bredband på landsbygden tillsammans med <mark>Mittuniversitetet</mark>',
    );
    // A name match without the exact bonus still beats a mention in a description.
    const [name, description] = await search('mittuniv');
    expect([name.title, description.title]).toEqual(['Mittuniversitetet', 'Fiberföreningen Norr']);
    expect(name.rank).toBeGreaterThan(description.rank);
  });

  it('finds people, meetings, topics and objectives, each as its node', async () => {
    const strategy = await created('strategyCreate', {
      kind: 'ACTION_PLAN',
      name: 'Handlingsplan för tillgänglighet',
      status: 'ACTIVE',
    });
    await created('objectiveCreate', {
      strategy: strategy.id,
      code: '2.1',
      title: 'Ökad tillgänglighet',
      description: 'Bättre kollektivtrafik och digital infrastruktur i hela länet.',
    });
    const cases: [string, string, string, string][] = [
      ['kumpula', 'PERSON', 'Person', 'Maria Kumpula'],
      ['aktörssamverkan', 'MEETING', 'Meeting', 'Utveckling av aktörssamverkan på lokal nivå'],
      ['påverkansarbete', 'TOPIC', 'Topic', 'Påverkansarbete'],
      ['kollektivtrafik', 'OBJECTIVE', 'Objective', '2.1 Ökad tillgänglighet'],
      ['2.1', 'OBJECTIVE', 'Objective', '2.1 Ökad tillgänglighet'],
    ];
    for (const [query, kind, typename, title] of cases) {
      const [first] = await search(query);
      expect(first).toMatchObject({ kind, title, node: { __typename: typename } });
    }
    const [meeting] = await search('länsstyrelse', { kinds: ['MEETING'] });
    expect(meeting.snippet).toContain('<mark>länsstyrelse</mark>');
  });

  it('finds review findings by title: "ledarskap" finds "Otydligt ledarskap"', async () => {
    const hits = await search('ledarskap', { kinds: ['REVIEW_FINDING'] });
    expect(hits[0]).toMatchObject({
      kind: 'REVIEW_FINDING',
      title: 'Otydligt ledarskap',
      node: { __typename: 'ReviewFinding' },
    });
    expect(titles(await search('ledarskap'))).toContain('Otydligt ledarskap');
  });

  it('narrows to the kinds asked for', async () => {
    const forums = await search('läns', { kinds: ['FORUM'] });
    expect(forums.length).toBeGreaterThan(0);
    expect(forums.every((hit) => hit.kind === 'FORUM')).toBe(true);
    const both = await search('läns', { kinds: ['ACTOR', 'STRATEGY'] });
    expect(new Set(both.map((hit) => hit.kind))).toEqual(new Set(['ACTOR']));
    expect(await search('läns', { kinds: [] })).toEqual([]);
  });

  it('highlights the field that matched best, as safe HTML', async () => {
    await actor('Bygdegårdarnas riksförbund <distrikt> & co', {
      description: 'Samlar bygdegårdar i Jämtland. Driver projekt om <b>fibernät</b> i byarna.',
    });
    const [byName] = await search('bygdegårdarnas');
    expect(byName.snippet).toBe(
      '<mark>Bygdegårdarnas</mark> riksförbund &lt;distrikt&gt; &amp; co',
    );
    const [byDescription] = await search('fibernät');
    expect(byDescription.title).toBe('Bygdegårdarnas riksförbund <distrikt> & co');
    expect(byDescription.snippet).toContain('&lt;b&gt;<mark>fibernät</mark>&lt;/b&gt;');
    expect(byDescription.snippet).not.toMatch(/<(?!\/?mark>)/);
    // A near miss marks the word of the name nearest to what was typed.
    const [nearMiss] = await search('bygdegardarnes');
    expect(nearMiss.snippet).toBe(
      '<mark>Bygdegårdarnas</mark> riksförbund &lt;distrikt&gt; &amp; co',
    );
    // A part of a compound is marked as it is written.
    const [compound] = await search('gardarnas');
    expect(compound.snippet).toBe(
      'Bygde<mark>gårdarnas</mark> riksförbund &lt;distrikt&gt; &amp; co',
    );
  });

  it('leaves out archived actors', async () => {
    const archived = await actor('Nedlagda bygdeföreningen');
    expect(titles(await search('nedlagda'))).toEqual(['Nedlagda bygdeföreningen']);
    const payload = await api.mutate(
      'actorArchive',
      { id: archived.id, version: archived.version },
      'actor { id }',
    );
    expect(payload.userErrors).toEqual([]);
    expect(await search('nedlagda')).toEqual([]);
  });

  it('finds nothing for under two letters; returns at most `first`, 1 to 50', async () => {
    for (const query of ['', ' ', 'l', '-', 'ä *']) expect(await search(query)).toEqual([]);
    expect((await search('lä')).length).toBeGreaterThan(0);
    expect(await search('läns', { first: 2 })).toHaveLength(2);
    for (const first of [0, 51, -1]) {
      const { errors } = await api.graphql(SEARCH, { query: 'läns', first });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('costs one statement for the hits and one per kind of node, however many hits', async () => {
    const { statements, data } = await api.graphql(SEARCH, { query: 'rsp', first: 50 });
    const kinds = new Set(data!.search.map((hit: Hit) => hit.kind));
    expect(kinds.size).toBeGreaterThan(1);
    expect(statements).toBe(1 + kinds.size);
  });

  it('counts the hits of each kind in one statement, every kind asked for listed', async () => {
    const COUNTS = `query ($query: String!, $kinds: [SearchKind!]) {
      searchCounts(query: $query, kinds: $kinds) { kind count }
    }`;
    const { data, statements } = await api.graphql(COUNTS, { query: 'partnerskap' });
    const counts: { kind: string; count: number }[] = data!.searchCounts;
    expect(statements).toBe(1);
    expect(counts.map((entry) => entry.kind)).toContain('AREA');
    const forums = counts.find((entry) => entry.kind === 'FORUM')!.count;
    // Four forums of the seed say so; the preparatory group is a proposal, not public.
    expect(forums).toBe(3);
    expect(await search('partnerskap', { kinds: ['FORUM'], first: 50 })).toHaveLength(forums);
    const { data: narrowed } = await api.graphql(COUNTS, { query: 'rus', kinds: ['STRATEGY'] });
    expect(narrowed!.searchCounts).toEqual([{ kind: 'STRATEGY', count: 1 }]);
    const { data: none } = await api.graphql(COUNTS, { query: 'x', kinds: ['ACTOR'] });
    expect(none!.searchCounts).toEqual([{ kind: 'ACTOR', count: 0 }]);
  });

  it('treats tsquery syntax as plain words', async () => {
    for (const query of ["läns & !'", 'läns:*|)', '(((', "'; DROP TABLE actor; --"]) {
      const { errors } = await api.graphql(SEARCH, { query });
      expect(errors).toBeUndefined();
    }
  });
});
