import type { UserErrorFieldsFragment } from '../generated/graphql';

/** The most items one bulk call takes. */
export const MAX_BATCH = 1000;

/** The API takes request bodies up to 1 MiB: a batch stays well below, whatever its rows hold. */
const BATCH_BYTES = 768 * 1024;

/** The length of a text in UTF-8, as it travels. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Items in batches of at most `size`, each small enough for one request. */
export function batchesOf<T extends { item: object }>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const entry of items) {
    const length = utf8Length(JSON.stringify(entry.item));
    if (batch.length > 0 && (batch.length >= size || bytes + length > BATCH_BYTES)) {
      batches.push(batch);
      [batch, bytes] = [[], 0];
    }
    batch.push(entry);
    bytes += length + 1;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** "name: The name is required. (REQUIRED)": a user error of an item, its path from the item. */
export function describeError(error: UserErrorFieldsFragment): string {
  const field = error.field.slice(3).join('.');
  return `${field ? `${field}: ` : ''}${error.message} (${error.code})`;
}
