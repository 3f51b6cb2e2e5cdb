/** The fields of each record type that are personal data, as modules declare them. */
const personalFields = new Map<string, readonly string[]>();

/** Declares `fields` of `recordType` personal data (see `FeatureModule.personalFields`). */
export function registerPersonalFields(recordType: string, fields: readonly string[]): void {
  personalFields.set(recordType, fields);
}

/**
 * An audit snapshot as anonymous callers may read it: without the record's personal fields, so
 * a value once removed from a person (an old e-mail address) cannot be read back from `history`
 * or `changes`, and a current one is read from the person as it now is.
 */
export function withoutPersonalFields(
  recordType: string,
  snapshot: Record<string, unknown> | null,
): Record<string, unknown> | null {
  const fields = personalFields.get(recordType);
  if (!snapshot || !fields) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => !fields.includes(key)));
}
