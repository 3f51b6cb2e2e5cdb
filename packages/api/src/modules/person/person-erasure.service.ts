import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService, Caller } from '../../core/audit/audit.service';
import { SYSTEM_VIEWER, type Viewer } from '../../core/auth/roles';
import { FieldErrors } from '../../core/errors';
import { requiredText } from '../../core/validate';
import { requireAdmin } from '../account';
import type { ErasureLedger } from './erasure-ledger';
import { PersonEntity } from './person.entity';

export interface PersonEraseInput {
  /** The person's database id. */
  person: string;
  /** Why: the request (a letter's date and reference), never the erased values. */
  reason: string;
}

/** The name of the placeholder that stands for people erased. */
export const ERASED_NAME = 'Raderad person';

/** Who re-applies the ledger's erasures, as the audit log names it. */
const LEDGER_VIEWER: Viewer = { ...SYSTEM_VIEWER, name: 'erasure-ledger' };

/**
 * The placeholder an erased person is named by: "Raderad person" and a suffix made from the
 * person's random id, not from anything about them, so slugs stay unique and a restored backup
 * erased again gets the same name.
 */
export function erasedPlaceholder(personId: string): { name: string; slug: string } {
  const suffix = createHash('sha256').update(personId).digest('hex').slice(0, 8);
  return { name: `${ERASED_NAME} ${suffix}`, slug: `raderad-person-${suffix}` };
}

/**
 * Erasure of a person at their request (GDPR art. 17). In one transaction: the person's name
 * becomes a placeholder, their slug follows (former slugs go), their work contact, identifiers,
 * citations and periods go; in the audit log and among retracted records their own snapshots get
 * the same placeholder (`erase_person_from_audit`, migration PersonErasure: the one change the
 * append-only log allows, and only of those fields). What they did in the register stays:
 * positions, memberships and responsibilities keep referring to them by id. The erasure is
 * audited (ERASE, with the reason, without the erased values), listed in `erasure`, and appended
 * to the ledger outside the database before the transaction commits, so that a restored backup is
 * erased again (`reapplyLedger`). Admins only.
 */
export class PersonErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly ledger: ErasureLedger | null,
  ) {}

  async erase(viewer: Viewer | null, caller: Caller, input: PersonEraseInput) {
    requireAdmin(viewer);
    const errors = new FieldErrors();
    const reason = requiredText(errors, 'reason', input.reason, 'The reason', 1000);
    errors.throwIfAny();
    return this.dataSource.transaction(async (tx) => {
      const erasedAt = new Date();
      const person = await this.eraseIn(tx, caller, input.person, reason, erasedAt);
      if (!person) {
        errors.add('person', 'NOT_FOUND', 'No person has this id.').throwIfAny();
      }
      // Before the commit: should the ledger not take it, nothing is erased (and the admin is told).
      await this.ledger?.append({
        person: input.person,
        erasedAt: erasedAt.toISOString(),
        ledgerVersion: 1,
      });
      return person as PersonEntity;
    });
  }

  /**
   * Erases again every person the ledger lists whom the database holds un-erased (no row in
   * `erasure`): after a backup from before their erasure was restored. Idempotent; run at
   * start-up. Returns the people erased again.
   */
  async reapplyLedger(log: (message: string) => void = () => {}): Promise<string[]> {
    if (!this.ledger) return [];
    const entries = await this.ledger.entries((line) =>
      log(`erasure ledger ${this.ledger?.path}: line ${line} is not an entry; skipped`),
    );
    if (entries.length === 0) return [];
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM person p
        WHERE p.id = ANY ($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM erasure e WHERE e.person_id = p.id)`,
      [[...new Set(entries.map((entry) => entry.person))]],
    );
    const erasedAt = new Map(entries.map((entry) => [entry.person, entry.erasedAt]));
    const caller: Caller = { viewer: LEDGER_VIEWER, requestId: null };
    for (const { id } of pending) {
      await this.dataSource.transaction((tx) =>
        this.eraseIn(
          tx,
          caller,
          id,
          `Erased on ${erasedAt.get(id)}; erased again from the erasure ledger after a restore.`,
          new Date(erasedAt.get(id) as string),
        ),
      );
      log(`erasure ledger: person ${id} erased again (erased on ${erasedAt.get(id)})`);
    }
    return pending.map(({ id }) => id);
  }

  /** The erasure itself, in `tx`; null when there is no such person. */
  private async eraseIn(
    tx: EntityManager,
    caller: Caller,
    id: string,
    reason: string,
    erasedAt: Date,
  ): Promise<PersonEntity | null> {
    const [found] = await tx.query<{ id: string }[]>(
      'SELECT id FROM person WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!found) return null;
    const placeholder = erasedPlaceholder(id);
    await tx.query(
      `UPDATE person SET name = $2, slug = $3, work_contact = NULL,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, placeholder.name, placeholder.slug],
    );
    await tx.query(`DELETE FROM former_slug WHERE record_table = 'person' AND record_id = $1`, [
      id,
    ]);
    await tx.query('DELETE FROM person_identifier WHERE person_id = $1', [id]);
    await tx.query('DELETE FROM person_citation WHERE person_id = $1', [id]);
    await tx.query(`DELETE FROM attribute_period WHERE record_type = 'Person' AND record_id = $1`, [
      id,
    ]);
    await tx.query('SELECT erase_person_from_audit($1, $2, $3)', [
      id,
      placeholder.name,
      placeholder.slug,
    ]);
    await tx.query(
      `INSERT INTO erasure (person_id, erased_at) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET erased_at = excluded.erased_at`,
      [id, erasedAt],
    );
    const person = (await tx.getRepository(PersonEntity).findOneBy({ id })) as PersonEntity;
    await this.audit.record(tx, caller, {
      operation: 'ERASE',
      recordType: 'Person',
      recordId: id,
      before: null,
      after: { ...person, sources: [], identifiers: [] },
      reason,
    });
    return person;
  }
}
