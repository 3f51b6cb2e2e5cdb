import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import type { RecordKey } from '../../core/db/record-key';
import { FieldErrors } from '../../core/errors';
import { referencedId, upsertKeyed, type KeyedItem, type KeyedReference } from '../bulk';
import type { SubjectKind } from './responsibility.entity';
import { mandateFields, type ResponsibilityService } from './responsibility.service';

/** What a bulk item's responsibility is for: a record by key, or an objective by its code. */
export type SubjectKey =
  | { kind: Exclude<SubjectKind, 'Objective'>; key: RecordKey }
  | { kind: 'Objective'; strategy: RecordKey; code: string };

const KINDS = { Strategy: 'strategy', Forum: 'forum', Area: 'area', Topic: 'topic' } as const;

/**
 * Responsibilities in bulk: the subject found by its key (an objective by its strategy and code),
 * then the responsibility found by its key or as the same one (`ResponsibilityService.matching`).
 */
export class ResponsibilityBulkWriter {
  constructor(private readonly responsibility: ResponsibilityService) {}

  async upsertItem(
    caller: Caller,
    item: KeyedItem,
    references: Record<string, KeyedReference>,
    tx: EntityManager,
  ) {
    const {
      subject: given,
      mandate,
      ...fields
    } = item as KeyedItem & {
      subject?: SubjectKey;
      mandate?: { text: string; reference?: string | null } | null;
    };
    const errors = new FieldErrors();
    if (!given && !item.key) {
      errors.add('subject', 'REQUIRED', 'Give what it is for (its subject).').throwIfAny();
    }
    const subject = given && (await this.subject(tx, given, errors));
    errors.throwIfAny();
    const withMandate = { ...fields, ...mandateFields(mandate), subject };
    return upsertKeyed(this.responsibility, caller, withMandate, references, tx);
  }

  private async subject(tx: EntityManager, given: SubjectKey, errors: FieldErrors) {
    if (given.kind !== 'Objective') {
      const field = ['subject', KINDS[given.kind]];
      const id = await referencedId(tx, KINDS[given.kind], given.key, errors, field);
      return id ? { kind: given.kind, id } : undefined;
    }
    const at = ['subject', 'objective'];
    const strategyId = await referencedId(tx, 'strategy', given.strategy, errors, [
      ...at,
      'strategy',
    ]);
    if (!strategyId) return undefined;
    const [objective]: { id: string }[] = await tx.query(
      'SELECT id FROM objective WHERE strategy_id = $1 AND code = $2',
      [strategyId, given.code.trim()],
    );
    if (!objective) {
      errors.add([...at, 'code'], 'NOT_FOUND', `The strategy has no objective ${given.code}.`);
    }
    return objective ? { kind: 'Objective' as const, id: objective.id } : undefined;
  }
}
