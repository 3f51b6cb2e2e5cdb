import type { AuditOperation, RecordType } from '@samverkan/schema';
import { wordFor } from '../../../i18n';
import type { Dictionary } from '../../../i18n/sv';

/** `FORUM_MEMBERSHIP` as the type name the dictionary's record kinds are keyed by. */
const typenameOf = (type: RecordType) =>
  type.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/** A type of record in the client's words ("Medlemskap"), or the API's value. */
export const recordTypeWord = (t: Dictionary, type: RecordType) =>
  wordFor(t.recordKinds, typenameOf(type)) ?? type;

/** A kind of change in the client's words ("Ändrad"), or the API's value. */
export const operationWord = (t: Dictionary, operation: AuditOperation) =>
  wordFor(t.historyOperations, operation) ?? operation;
