import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { BulkUpsertResultFragment } from '../generated/graphql';
import type { Column, Row } from './row';

/**
 * How the records of one type are imported: the columns of its files, how a row becomes an item
 * of its bulk upsert, and that upsert (its document and the field its answer is under). The CLI
 * and the web client read and send files with these.
 */
export interface TransferFormat {
  /** The type, as `samverkan import --type` names it: "actors". */
  type: string;
  /** What they are, for help texts. */
  description: string;
  columns: Column[];
  /** A row as an item of the type's bulk upsert; a cell it cannot read throws a `CellError`. */
  item(row: Row): object;
  bulk: {
    document: TypedDocumentNode<
      Record<string, BulkUpsertResultFragment>,
      { input: never; named?: boolean | null }
    >;
    field: string;
  };
}

/** How a column's description says a reference is written. */
export const REFERENCE = 'slug or scheme:value';
