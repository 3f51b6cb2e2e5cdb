import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const EXPORT = `query ($person: ID!) { personDataExport(person: $person) }`;

describe('personDataExport', () => {
  it('gives everything stored about a person: the person, what refers to them, the audit log', async () => {
    const { data } = await api.graphql(`{ actor(slug: "region-jamtland-harjedalen") { id } }`);
    const person = await api.create('personCreate', {
      name: 'Hedda Utdrag',
      workContact: 'hedda@region.se',
      identifiers: [{ scheme: 'wikidata', value: 'Q42' }],
    });
    const position = await api.create('positionCreate', {
      person: person.id,
      actor: data!.actor.id,
      title: 'Regionråd',
      validFrom: '2024-01-01',
    });
    expect(position.id).toEqual(expect.any(String));

    const exported = await api.graphql(EXPORT, { person: person.id }, 'admin');
    expect(exported.errors).toBeUndefined();
    const json = exported.data!.personDataExport;
    expect(json.person).toMatchObject({ name: 'Hedda Utdrag', work_contact: 'hedda@region.se' });
    expect(json.referringRows['position.person_id']).toEqual([
      expect.objectContaining({ title: 'Regionråd', valid_from: '2024-01-01' }),
    ]);
    expect(json.referringRows['person_identifier.person_id']).toEqual([
      expect.objectContaining({ identifier: 'Q42' }),
    ]);
    expect(json.auditEvents.map((event: { record_type: string }) => event.record_type)).toEqual([
      'Person',
      'Position',
    ]);
  });

  it('is for admins only; others are refused', async () => {
    const person = await api.create('personCreate', { name: 'Ivar Inget' });
    const editor = await api.graphql(EXPORT, { person: person.id }, 'editor');
    const anonymous = await api.graphql(EXPORT, { person: person.id });
    expect([editor.errors![0].extensions!.code, anonymous.errors![0].extensions!.code]).toEqual([
      'FORBIDDEN',
      'UNAUTHENTICATED',
    ]);
  });
});
