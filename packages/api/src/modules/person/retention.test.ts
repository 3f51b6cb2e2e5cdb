import { startTestApiWithRegion, type TestApi } from '../../testing/test-api';

let api: TestApi;
let actor: string;
beforeAll(async () => ({ api, region: actor } = await startTestApiWithRegion()));
afterAll(() => api.stop());

/** A person with a work contact and a position from 2020 that ends on `validTo` (null: holds). */
async function holding(name: string, validTo: string | null) {
  const person = await api.create('personCreate', {
    name,
    workContact: `${name.split(' ')[0].toLowerCase()}@region.se`,
  });
  const position = await api.create('positionCreate', {
    person: person.id,
    actor,
    title: 'Regionråd',
    validFrom: '2020-01-01',
  });
  if (validTo) {
    // Ended long ago: backdated as the owner (an END through the API ends it today at the earliest).
    const [{ id }] = await api.sql(`SELECT id FROM person WHERE name = $1`, [name]);
    await api.sql(`UPDATE position SET valid_to = $2 WHERE person_id = $1`, [id, validTo]);
  }
  expect(position.id).toEqual(expect.any(String));
  const [{ id }] = await api.sql(`SELECT id FROM person WHERE name = $1`, [name]);
  return id as string;
}

const contactOf = async (id: string) =>
  (await api.sql(`SELECT work_contact FROM person WHERE id = $1`, [id]))[0].work_contact;

describe('the retention job', () => {
  it("removes the work contact of a person whose last position ended long ago, as an audited change by 'retention'", async () => {
    const gone = await holding('Karin Gammal', '2021-06-30');
    const recent = await holding('Lena Nyss', new Date().toISOString().slice(0, 10));
    const holds = await holding('Maja Kvar', null);
    const never = await api.create('personCreate', {
      name: 'Nils Utan',
      workContact: 'nils@region.se',
    });

    const run = await api.app.services.retention.clearExpiredWorkContacts(730);
    expect(run).toEqual({ cleared: 1, skipped: false });
    expect(await contactOf(gone)).toBeNull();
    expect(await contactOf(recent)).toBe('lena@region.se');
    expect(await contactOf(holds)).toBe('maja@region.se');
    const [{ work_contact: kept }] = await api.sql(
      `SELECT work_contact FROM person WHERE name = 'Nils Utan'`,
    );
    expect([never.id, kept]).toEqual([expect.any(String), 'nils@region.se']);

    const [event] = await api.sql(
      `SELECT operation, actor_name, after->>'workContact' AS contact
         FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [gone],
    );
    expect(event).toEqual({ operation: 'UPDATE', actor_name: 'retention', contact: null });

    // Nothing more to do.
    expect(await api.app.services.retention.clearExpiredWorkContacts(730)).toEqual({
      cleared: 0,
      skipped: false,
    });
    // A position that ends today (its end exclusive) ended no days ago: kept even with 0 days.
    expect(await api.app.services.retention.clearExpiredWorkContacts(0)).toEqual({
      cleared: 0,
      skipped: false,
    });
  });

  it('runs in one process at a time: while another holds the lock it does nothing', async () => {
    const due = await holding('Olle Låst', '2020-12-31');
    await api.owner.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('samverkan:retention'))`);
      expect(await api.app.services.retention.clearExpiredWorkContacts(730)).toEqual({
        cleared: 0,
        skipped: true,
      });
    });
    expect(await contactOf(due)).toBe('olle@region.se');
    expect(await api.app.services.retention.clearExpiredWorkContacts(730)).toEqual({
      cleared: 1,
      skipped: false,
    });
  });
});
