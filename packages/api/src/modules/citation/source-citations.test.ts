import { SEED_SOURCES } from '../seed';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let reportId: string;
let regionId: string;
let countyId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  const { data } = await api.graphql(
    `{ sources(first: 10) { nodes { id title } } actor(slug: "region-jamtland-harjedalen") { id } area(code: "23") { id } }`,
  );
  reportId = data!.sources.nodes.find(
    (source: { title: string }) => source.title === SEED_SOURCES.report.title,
  ).id;
  regionId = data!.actor.id;
  countyId = data!.area.id;
});
afterAll(() => api.stop());

/** Text as quotations are compared: white space and emphasis aside. */
const comparable = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const CITED_BY = `query ($id: ID!) {
  node(id: $id) {
    ... on Source {
      text
      citedBy {
        position
        record { __typename id ... on Actor { name } ... on Forum { name } ... on Person { name } }
        citation { quote section passage { start end } }
      }
    }
  }
}`;

async function citedBy(id: string, as?: 'viewer') {
  const { data, errors } = await api.graphql(CITED_BY, { id }, as);
  expect(errors).toBeUndefined();
  return data!.node as {
    text: string;
    citedBy: {
      position: number;
      record: { __typename: string; id: string; name?: string };
      citation: { quote: string | null; passage: { start: number; end: number } | null };
    }[];
  };
}

const names = (source: Awaited<ReturnType<typeof citedBy>>) =>
  source.citedBy.map((c) => c.record.name ?? c.record.__typename);

describe('a source cited by records', () => {
  it('lists the records citing the seed report, each passage in its text, in the order of the text', async () => {
    const report = await citedBy(reportId);
    expect(report.citedBy.length).toBeGreaterThan(5);
    const starts = report.citedBy.map((c) => c.citation.passage?.start ?? Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const { citation } of report.citedBy.filter((c) => c.citation.passage)) {
      const { start, end } = citation.passage!;
      expect(comparable(report.text.slice(start, end))).toBe(comparable(citation.quote!));
    }
    expect(names(report)).toContain('Region Jämtland Härjedalen');
  });

  it('reads the citing records of many sources in as many statements as of one', async () => {
    const query = (first: number) =>
      api.graphql(
        `query ($first: Int!) { sources(first: $first) { nodes { id citedBy { position
           record { id ... on Actor { name } ... on Forum { name } ... on Responsibility { role } }
           citation { quote passage { start end } source { id title } } } } } }`,
        { first },
        'viewer',
      );
    await query(1); // the token's first use this minute is recorded: not part of the reading
    const one = await query(1);
    const all = await query(10);
    expect(all.errors).toBeUndefined();
    expect(all.data!.sources.nodes).toHaveLength(2);
    expect(all.statements).toBe(one.statements);
    // the caller's token, the page, the citations, the citing actors (the seed's sources cite
    // actors only) and the cited sources
    expect(all.statements).toBeLessThanOrEqual(5);
  });
  it('shows a proposed forum and a person who objects to publication to signed-in callers only, and a retracted record to none', async () => {
    const source = await api.create('sourceCreate', {
      title: 'Protokoll med förslag',
      text: 'Ett nytt råd föreslås.\n\nAnna Andersson sammankallar.\n\nRegionen leder arbetet.',
    });
    const cite = (quote: string) => [{ source: source.id, quote }];
    await api.create('forumCreate', {
      name: 'Det föreslagna rådet',
      kind: 'COUNCIL',
      status: 'PROPOSED',
      sources: cite('Ett nytt råd föreslås.'),
    });
    await api.create('personCreate', {
      name: 'Anna Andersson',
      objectsToPublication: true,
      sources: cite('Anna Andersson sammankallar.'),
    });
    const responsibility = await api.create('responsibilityCreate', {
      actor: regionId,
      role: 'LEADS',
      subject: countyId,
      sources: cite('Regionen leder arbetet.'),
    });
    expect(names(await citedBy(source.id, 'viewer'))).toEqual([
      'Det föreslagna rådet',
      'Anna Andersson',
      'Responsibility',
    ]);
    expect(names(await citedBy(source.id))).toEqual(['Responsibility']);

    const retracted = await api.mutate(
      'responsibilityRetract',
      { id: responsibility.id, version: responsibility.version, reason: 'Felregistrerad' },
      'retractedId',
    );
    expect(retracted.userErrors).toEqual([]);
    expect(names(await citedBy(source.id, 'viewer'))).toEqual([
      'Det föreslagna rådet',
      'Anna Andersson',
    ]);
    expect((await citedBy(source.id)).citedBy).toEqual([]);
  });
});
