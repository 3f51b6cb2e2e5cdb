import { BulkMode, BulkUpsertResultFragment, Row, TransferFormat } from '@samverkan/schema';
import { request, type ClientOptions } from '../client';

/** What a bulk call sends besides its items. */
export interface BulkSettings {
  mode: BulkMode;
  dryRun: boolean;
  idempotencyKey?: string;
}

/** How the records of one `--type` are imported (the schema package's format) and exported. */
export interface RecordFormat extends TransferFormat {
  /** Sends items to the type's bulk upsert. */
  upsert(
    client: ClientOptions,
    items: object[],
    settings: BulkSettings,
  ): Promise<BulkUpsertResultFragment>;
  /** The register's records as rows, a page at a time (relations: those valid on `asOf`). */
  rows(client: ClientOptions, asOf: string | undefined): AsyncIterable<Row[]>;
}

/** A type's shared format with how the CLI exports it, sending items to its bulk upsert. */
export function withRows(
  format: TransferFormat,
  exported: Pick<RecordFormat, 'rows'>,
): RecordFormat {
  const { document, field } = format.bulk;
  return {
    ...format,
    ...exported,
    upsert: async (client, items, settings) => {
      const input = { items, ...settings } as never;
      return (await request(client, document, { input }))[field];
    },
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
