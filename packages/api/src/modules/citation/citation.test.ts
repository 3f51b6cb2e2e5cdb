import { documentText, SEED_SOURCES } from '../seed';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let reportId: string;
let countyId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  const { data } = await api.graphql(
    `{ sources(first: 10) { nodes { id title } } area(code: "23") { id } }`,
  );
  reportId = data!.sources.nodes.find(
    (source: { title: string }) => source.title === SEED_SOURCES.report.title,
  ).id;
  countyId = data!.area.id;
});
afterAll(() => api.stop());

const report = () => documentText(SEED_SOURCES.report.fileName);

/** Text as quotations are compared: white space and emphasis aside. */
const comparable = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const actor = (name: string, sources: Record<string, unknown>[]) =>
  api.mutate(
    'actorCreate',
    { name, sector: 'CIVIL_SOCIETY', level: 'REGIONAL', type: 'OTHER', areas: [countyId], sources },
    'actor { id sources { quote passage { start end } source { id } } }',
  );

describe('sources with their text, and quotations checked against it', () => {
  it('holds the seed documents, and says where each seeded quotation stands in them', async () => {
    const { data } = await api.graphql(`{
      sources(first: 10) { nodes { title text } }
      actor(slug: "region-jamtland-harjedalen") { sources { quote passage { start end } source { text } } }
    }`);
    for (const source of data!.sources.nodes) {
      const key = source.title === SEED_SOURCES.report.title ? 'report' : 'webinar';
      expect(source.text).toBe(documentText(SEED_SOURCES[key].fileName));
    }
    const citations = data!.actor.sources;
    expect(citations.length).toBeGreaterThan(0);
    for (const { quote, passage, source } of citations) {
      expect(comparable(source.text.slice(passage.start, passage.end))).toBe(comparable(quote));
    }
  });

  it('accepts a quotation that stands in the text across a line break, and gives its passage', async () => {
    const quote =
      'Ett 30-tal intervjuer genomfördes med   aktörer\nsom tidigare ingått i Länspartnerskapet';
    const payload = await actor('Citatprovet', [{ source: reportId, quote }]);
    expect(payload.userErrors).toEqual([]);
    const { passage } = payload.actor.sources[0];
    expect(report().slice(passage.start, passage.end)).toBe(
      'Ett 30-tal intervjuer genomfördes med aktörer som tidigare ingått i Länspartnerskapet',
    );
  });

  it('refuses a quotation that is not in the text, showing the nearest passage, writing nothing', async () => {
    const [before] = await api.sql('SELECT count(*)::int AS n FROM actor');
    const payload = await actor('Felciterat', [
      { source: reportId, quote: 'Ett 40-tal intervjuer genomfördes med aktörerna' },
    ]);
    expect(payload).toEqual({
      actor: null,
      userErrors: [
        {
          field: ['input', 'sources', '0', 'quote'],
          code: 'INVALID',
          message: expect.stringContaining(
            'The nearest passage: "Ett 30-tal intervjuer genomfördes med aktörer som tidigare ingått i Länspartnerskapet.',
          ),
        },
      ],
    });
    expect(payload.userErrors[0].message).toMatch(/^The quotation is not in "Slutrapport Översyn/);
    expect(await api.sql('SELECT count(*)::int AS n FROM actor')).toEqual([before]);
  });

  it('checks nothing against a source without text, and gives no passage', async () => {
    const source = await api.create('sourceCreate', { title: 'Ett protokoll utan text' });
    const payload = await actor('Oprövat citat', [{ source: source.id, quote: 'Vad som helst' }]);
    expect(payload.userErrors).toEqual([]);
    expect(payload.actor.sources[0].passage).toBeNull();
    // Once the source holds its text, new quotations must stand in it.
    const updated = await api.mutate(
      'sourceUpdate',
      { id: source.id, version: 1, text: 'Protokoll fört vid mötet.\n\nNärvarande: alla.' },
      'source { text }',
    );
    expect(updated.userErrors).toEqual([]);
    expect(
      (await actor('Prövat citat', [{ source: source.id, quote: 'Vad som helst' }])).userErrors,
    ).toEqual([expect.objectContaining({ code: 'INVALID' })]);
    const right = await actor('Rätt citat', [{ source: source.id, quote: 'Närvarande: alla.' }]);
    expect(right.actor.sources[0].passage).toEqual({ start: 27, end: 44 });
  });
});
