import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const ACTOR = 'actor { id slug version identifiers { scheme value } }';
const base = { sector: 'BUSINESS', level: 'LOCAL', type: 'COMPANY' };

describe('identifiers in external registers', () => {
  it('finds seeded areas by SCB and NUTS codes', async () => {
    const { data } = await api.graphql(`{
      nuts: areaByIdentifier(scheme: "nuts", value: "SE322") { name identifiers { scheme value } }
      scb: areaByIdentifier(scheme: "scb", value: "2380") { name }
      none: areaByIdentifier(scheme: "scb", value: "9999") { name }
    }`);
    expect(data).toEqual({
      nuts: {
        name: 'Jämtlands län',
        identifiers: [
          { scheme: 'nuts', value: 'SE322' },
          { scheme: 'scb', value: '23' },
        ],
      },
      scb: { name: 'Östersund' },
      none: null,
    });
  });

  it('lets integrators record and match actors by identifier', async () => {
    const created = await api.mutate(
      'actorCreate',
      {
        ...base,
        name: 'Registrerat AB',
        identifiers: [{ scheme: 'se-orgnr', value: ' 556000-0001 ' }],
      },
      ACTOR,
    );
    expect(created.userErrors).toEqual([]);
    expect(created.actor.identifiers).toEqual([{ scheme: 'se-orgnr', value: '556000-0001' }]);
    const { data } = await api.graphql(
      `{ actorByIdentifier(scheme: "se-orgnr", value: "556000-0001") { slug } }`,
    );
    expect(data!.actorByIdentifier).toEqual({ slug: 'registrerat-ab' });

    const updated = await api.mutate(
      'actorUpdate',
      { id: created.actor.id, version: 1, identifiers: [{ scheme: 'wikidata', value: 'Q1' }] },
      ACTOR,
    );
    expect(updated.actor.identifiers).toEqual([{ scheme: 'wikidata', value: 'Q1' }]);
    const gone = await api.graphql(
      `{ actorByIdentifier(scheme: "se-orgnr", value: "556000-0001") { slug } }`,
    );
    expect(gone.data!.actorByIdentifier).toBeNull();
  });

  it('refuses an identifier another actor has, a malformed scheme and a repeated scheme', async () => {
    await api.mutate(
      'actorCreate',
      {
        ...base,
        name: 'Först AB',
        identifiers: [{ scheme: 'se-orgnr', value: '556000-0002' }],
      },
      ACTOR,
    );
    const [{ count: before }] = await api.sql(`SELECT count(*)::int AS count FROM actor`);
    const payload = await api.mutate(
      'actorCreate',
      {
        ...base,
        name: 'Sen AB',
        identifiers: [
          { scheme: 'se-orgnr', value: '556000-0002' },
          { scheme: 'Org Nr', value: 'x' },
          { scheme: 'se-orgnr', value: '556000-0003' },
        ],
      },
      ACTOR,
    );
    expect(
      payload.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]),
    ).toEqual([
      ['input.identifiers.1.scheme', 'INVALID'],
      ['input.identifiers.2.scheme', 'TAKEN'],
      ['input.identifiers.0.value', 'TAKEN'],
    ]);
    const [{ count: after }] = await api.sql(`SELECT count(*)::int AS count FROM actor`);
    expect(after).toBe(before);
  });
});
