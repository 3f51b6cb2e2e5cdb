/** One field a write changed: its value before and after, as the audit log writes them (JSON). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What every record has and no one edits: not changes of the record's facts. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** A value as JSON has it (dates as ISO strings), undefined as null. */
const asJson = (value: unknown): unknown =>
  value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);

/**
 * The fields that differ between two readings of a record (`before` null: it is new, and every
 * field with a value is a change), in the order the record lists them.
 */
export function fieldChanges(before: object | null, after: object): FieldChange[] {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(now), ...Object.keys(was)])];
  return fields.flatMap((field) => {
    if (BOOKKEEPING.has(field)) return [];
    const [from, to] = [asJson(was[field]), asJson(now[field])];
    if (JSON.stringify(from) === JSON.stringify(to)) return [];
    if (before === null && (to === null || (Array.isArray(to) && to.length === 0))) return [];
    return [{ field, before: from, after: to }];
  });
}
