import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { BulkMode, BulkUpsertResultFragment } from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import type { Column, Row } from './row';

/** What a bulk call sends besides its items. */
export interface BulkSettings {
  mode: BulkMode;
  dryRun: boolean;
  idempotencyKey?: string;
}

/** How the records of one `--type` are imported and exported. */
export interface RecordFormat {
  /** The `--type`: "actors". */
  type: string;
  /** What they are, for help texts. */
  description: string;
  columns: Column[];
  /** A row as an item of the type's bulk upsert; a cell it cannot read throws a `CellError`. */
  item(row: Row): object;
  /** Sends items to the type's bulk upsert. */
  upsert(
    client: ClientOptions,
    items: object[],
    settings: BulkSettings,
  ): Promise<BulkUpsertResultFragment>;
  /** The register's records as rows, a page at a time (relations: those valid on `asOf`). */
  rows(client: ClientOptions, asOf: string | undefined): AsyncIterable<Row[]>;
}

/** `upsert` through a bulk mutation document whose answer is under `field`. */
export function bulkUpsert<F extends string>(
  document: TypedDocumentNode<Record<F, BulkUpsertResultFragment>, { input: never }>,
  field: F,
): RecordFormat['upsert'] {
  return async (client, items, settings) => {
    const input = { items, ...settings } as never;
    const data = await request(client, document, { input });
    return data[field];
  };
}

/** The API returns at most 100 items a page. */
export const PAGE_SIZE = 100;

/** A connection's page as a query answers it. */
interface Page<N> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: N[];
}

/** Pages through a connection with `fetch(after)`, each page's nodes turned into rows. */
export async function* pagesOf<N>(
  fetch: (after: string | null) => Promise<Page<N>>,
  rowsOf: (node: N) => Row[],
): AsyncIterable<Row[]> {
  let after: string | null = null;
  for (;;) {
    const page: Page<N> = await fetch(after);
    yield page.nodes.flatMap(rowsOf);
    after = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage || !after) return;
  }
}
