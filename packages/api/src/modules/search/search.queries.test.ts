import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * Queries as officials type them, against the seed data set: misspelled, without å, ä and ö,
 * in definite and plural forms, parts of compounds, acronyms and titles; each with the hit that
 * must come first. Then queries that must find nothing, and a proposal only signed-in callers find.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const SEARCH = `query ($query: String!) { search(query: $query, first: 5) { kind title snippet } }`;

async function search(query: string, as?: 'viewer') {
  const { data, errors, statements } = await api.graphql<{
    search: { kind: string; title: string; snippet: string | null }[];
  }>(SEARCH, { query }, as);
  expect(errors).toBeUndefined();
  return { hits: data!.search, statements };
}

const LPS = 'Länspartnerskapet';
const RUS = 'Regional utvecklingsstrategi för Jämtland Härjedalen';

/** [what was typed, the kind and title of the first hit, why] */
const FIRST_HITS: [string, string, string, string][] = [
  // Without å, ä and ö, any case.
  ['lansstyrelsen', 'ACTOR', 'Länsstyrelsen Jämtlands län', 'short name, folded'],
  ['LANSSTYRELSEN', 'ACTOR', 'Länsstyrelsen Jämtlands län', 'any case'],
  ['ostersund', 'AREA', 'Östersund', 'folded'],
  ['Region Jamtland', 'ACTOR', 'Region Jämtland Härjedalen', 'name begins so'],
  ['jamtlands lan', 'AREA', 'Jämtlands län', 'exact name, folded'],
  ['harjedalen', 'AREA', 'Härjedalen', 'exact name before names holding it'],
  ['tillvaxtverket', 'ACTOR', 'Tillväxtverket', 'folded'],
  ['forsakringskassan', 'ACTOR', 'Försäkringskassan', 'folded'],
  ['foretagarna', 'ACTOR', 'Företagarna', 'folded'],
  ['kommunforbundet', 'ACTOR', 'Kommunförbundet Jämtland Härjedalen', 'short name, folded'],
  ['regionala utvecklingsnamnden', 'ACTOR', 'Regionala utvecklingsnämnden', 'two words'],
  ['hakan wiklund', 'PERSON', 'Håkan Wiklund', 'a person, folded'],
  ['stromsund', 'AREA', 'Strömsund', 'folded'],
  ['are', 'AREA', 'Åre', 'exact before "utredare"'],
  ['bracke', 'AREA', 'Bräcke', 'folded'],
  ['oversyn', 'REVIEW', 'Översyn Länspartnerskapet', 'a review, folded'],
  ['paverkansarbete', 'TOPIC', 'Påverkansarbete', 'a topic, exact'],
  ['vastra gotaland', 'AREA', 'Västra Götalands län', 'prefix, folded: the county, shortest'],
  ['vastra gotalandsreg', 'ACTOR', 'Västra Götalandsregionen', 'prefix, folded'],
  [
    'hallbara platser',
    'AGENDA_ITEM',
    'Exempel 1: Västra Götaland – Hållbara platser – samverkan för regional serviceutveckling',
    'an agenda item',
  ],
  ['naringsliv', 'ACTOR', 'Samling Näringsliv', 'a whole word, folded'],
  ['processtod', 'AGENDA_ITEM', 'Introduktion till processtödet', 'definite form, folded'],
  // Words inside compounds.
  ['partnerskap', 'FORUM', LPS, 'inside a compound, the shortest name first'],
  ['strukturfond', 'FORUM', 'Strukturfondspartnerskapet', 'a prefix of a compound'],
  ['universitetet', 'ACTOR', 'Mittuniversitetet', 'inside a compound'],
  ['fondspartnerskap', 'FORUM', 'Strukturfondspartnerskapet', 'inside a compound'],
  ['styrelsen', 'ACTOR', 'Länsstyrelsen Jämtlands län', 'inside a compound'],
  ['kommunförbund', 'ACTOR', 'Kommunförbundet Jämtland Härjedalen', 'a prefix'],
  [
    'jordbruksfond',
    'ACTOR',
    'Europeiska jordbruksfonden för landsbygdsutveckling',
    'a prefix of a word',
  ],
  [
    'landsbygdsutveckling',
    'PERSON',
    'Stina Fernerud',
    'a word of a title shorter than the fund’s name',
  ],
  // Definite and plural forms.
  ['forumet', 'FORUM', LPS, 'definite: "forum" in its goal'],
  ['presidiet', 'FORUM', 'Presidium för Länspartnerskapet', 'definite of "presidium"'],
  ['samverkansrådet', 'FORUM', 'Regionens samverkansråd', 'definite'],
  ['samverkansradet', 'FORUM', 'Regionens samverkansråd', 'definite, folded'],
  ['serviceprogrammet', 'STRATEGY', 'Regionalt serviceprogram', 'definite, consonant doubled'],
  ['utvecklingsstrategin', 'STRATEGY', RUS, 'definite'],
  ['ledarskapet', 'REVIEW_FINDING', 'Otydligt ledarskap', 'definite'],
  ['webinarierna', 'FORUM', 'Webinarier under våren 2019', 'definite plural'],
  ['regionen', 'FORUM', 'Regionens samverkansråd', 'a name begins so'],
  ['strukturfonderna', 'REVIEW', 'Översyn Länspartnerskapet', 'definite plural, in its background'],
  // Misspelled.
  ['lanstyrelsen jamtland', 'ACTOR', 'Länsstyrelsen Jämtlands län', 'a letter left out'],
  ['forsakringskasan', 'ACTOR', 'Försäkringskassan', 'a letter left out'],
  ['tillvextverket', 'ACTOR', 'Tillväxtverket', 'a wrong vowel'],
  ['mittuniversitet', 'ACTOR', 'Mittuniversitetet', 'the ending left out'],
  ['sametinnget', 'ACTOR', 'Sametinget', 'a letter doubled'],
  ['coompanjon', 'ACTOR', 'Coompanion', 'spelt as said'],
  ['handelskamaren', 'ACTOR', 'Handelskammaren Mitt', 'a letter left out'],
  ['presidum', 'FORUM', 'Presidium för Länspartnerskapet', 'a letter left out'],
  ['webbinarier', 'FORUM', 'Webinarier under våren 2019', 'a letter doubled'],
  // Acronyms, short names and initials.
  ['RUS', 'STRATEGY', RUS, 'short name'],
  ['rsp', 'STRATEGY', 'Regionalt serviceprogram', 'short name, any case'],
  ['RUA', 'FORUM', LPS, 'named in its purpose: "Region Jämtland Härjedalen som RUA"'],
  ['MIUN', 'ACTOR', 'Mittuniversitetet', 'short name'],
  ['ESF', 'ACTOR', 'ESF-rådet', 'short name'],
  ['LPS', 'FORUM', LPS, 'short name'],
  ['rf sisu', 'ACTOR', 'RF-SISU Jämtland Härjedalen', 'a hyphenated name'],
  ['JHT', 'ACTOR', 'Jämtland Härjedalen Turism', 'initials'],
  ['ejfl', 'ACTOR', 'Europeiska jordbruksfonden för landsbygdsutveckling', 'initials'],
  ['iuc', 'ACTOR', 'IUC Z-group', 'a word of a name'],
  // People by their positions' titles.
  ['regionråd', 'PERSON', 'Jonas Andersson', 'position title'],
  ['regionrad', 'PERSON', 'Jonas Andersson', 'position title, folded'],
  ['utredare', 'PERSON', 'Liv Edström', 'position title'],
  ['senior advisor', 'PERSON', 'Peter Kempinsky', 'position title'],
  ['tjansteperson', 'PERSON', 'Maria Kumpula', 'position title, folded'],
  ['projektledare', 'PERSON', 'Björn Ohlén', 'position title, ties by name'],
  ['maria kump', 'PERSON', 'Maria Kumpula', 'name prefixes'],
  // Areas, decisions, actions, sources.
  ['Krokom', 'AREA', 'Krokom', 'a municipality'],
  ['sverige', 'AREA', 'Sverige', 'the country'],
  ['mellersta norrland', 'AREA', 'Mellersta Norrland', 'a NUTS 2 region'],
  [
    'informationspunkt',
    'DECISION',
    'En informationspunkt på Länspartnerskapet om Region Jämtland Härjedalens roll och ansvar vid finansiering',
    'a decision',
  ],
  ['kommunikationsresurser', 'ACTION', 'Kommunikationsresurser', 'an action'],
  ['slutrapport', 'SOURCE', 'Slutrapport Översyn Länspartnerskapet', 'a source'],
  ['otydligt syfte', 'REVIEW_FINDING', 'Otydligt syfte', 'a finding'],
  ['inledning', 'AGENDA_ITEM', 'Inledning', 'an agenda item'],
];

/** What must find nothing: no such word, nor anything near it. */
const NOTHING = ['xyzzy', 'qwertyuiop', 'kvantfysik', 'blåbärssoppa', 'zq', 'fotbollsplan'];

describe('search as officials type it', () => {
  it('has a table of at least 60 queries', () => {
    expect(FIRST_HITS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FIRST_HITS)('"%s" finds %s "%s" first (%s)', async (query, kind, title) => {
    const { hits, statements } = await search(query);
    expect(hits[0]).toMatchObject({ kind, title });
    expect(hits[0].snippet).toEqual(expect.any(String));
    // One statement for the hits, one per kind of node loaded.
    expect(statements).toBe(1 + new Set(hits.map((hit) => hit.kind)).size);
  });

  it.each(NOTHING)('"%s" finds nothing', async (query) => {
    expect((await search(query)).hits).toEqual([]);
  });

  // The seed's preparatory group is proposed: found signed in only (core/db/publication.ts).
  it.each([
    ['beredning', 'a prefix of a compound'],
    ['beredningsgruppen', 'definite'],
  ])('"%s" finds the proposed preparatory group first, signed in only (%s)', async (query) => {
    const proposal = { kind: 'FORUM', title: 'Beredningsgrupp för Länspartnerskapet' };
    expect((await search(query, 'viewer')).hits[0]).toMatchObject(proposal);
    expect((await search(query)).hits).not.toContainEqual(expect.objectContaining(proposal));
  });
});
