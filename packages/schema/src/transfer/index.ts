/**
 * The import formats both clients share: each record type's columns, how a CSV or JSON Lines row
 * becomes an item of its bulk upsert, and how items are batched. Pure: no files, no requests.
 */
import { actors } from './actors';
import { forums, memberships } from './forums';
import { people, positions } from './people';
import { responsibilities } from './responsibilities';
import { strategies } from './strategies';
import { topics } from './topics';
import type { TransferFormat } from './format';

/** Each record type's format, by its `type`. */
export const TRANSFER = {
  actors,
  people,
  positions,
  topics,
  strategies,
  forums,
  memberships,
  responsibilities,
};

/**
 * Every record type that can be imported, in the order a whole register is best imported (what a
 * record refers to comes before it).
 */
export const TRANSFER_FORMATS: TransferFormat[] = Object.values(TRANSFER);

export { REFERENCE, type TransferFormat } from './format';
export * from './row';
export * from './records';
export * from './batches';
export * from './enums';
export { ID_COLUMN } from './people';
