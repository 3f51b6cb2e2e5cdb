import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => (api = await startTestApi({ contactEmail: 'registret@example.se' })));
afterAll(() => api.stop());

const ABOUT = '{ about { contactEmail dataChangedAt } }';
const about = async (as?: 'viewer') => {
  const { data, errors } = await api.graphql(ABOUT, {}, as);
  expect(errors).toBeUndefined();
  return data!.about as { contactEmail: string | null; dataChangedAt: string | null };
};

describe('about', () => {
  it('gives the contact address it was started with and when the register last changed', async () => {
    const before = await about();
    expect(before.contactEmail).toBe('registret@example.se');
    await api.create('actorCreate', {
      name: 'Ändrad nyss AB',
      sector: 'BUSINESS',
      level: 'LOCAL',
      type: 'COMPANY',
    });
    const [{ latest }] = await api.sql<{ latest: Date }>(
      "SELECT max(occurred_at) AS latest FROM audit_event WHERE record_type = 'Actor'",
    );
    const after = await about();
    expect(after.dataChangedAt).toBe(latest.toISOString());
    expect(before.dataChangedAt === null || before.dataChangedAt < after.dataChangedAt!).toBe(true);
  });

  it('does not tell an anonymous caller when a record hidden from them changed', async () => {
    const shown = await about();
    const person = await api.create('personCreate', { name: 'Vera Invänd' }, 'id version');
    await api.mutate(
      'personUpdate',
      { id: person.id, version: person.version, objectsToPublication: true },
      'person { id }',
    );
    expect((await about()).dataChangedAt).toBe(shown.dataChangedAt);
    expect((await about('viewer')).dataChangedAt! > shown.dataChangedAt!).toBe(true);
  });

  it('reads the time in one statement', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { dataChangedAt } }' }),
    });
    expect(response.headers.get('x-sql-statements')).toBe('1');
  });
});
