import {
  batchesOf,
  CellError,
  csvRows,
  fileFormatOf,
  jsonlRows,
  MAX_BATCH,
  NotJsonObject,
  REJECTS_COLUMN,
  unknownColumns,
  type BulkItemStatus,
  type BulkMode,
  type ReadRow,
  type TransferFormat,
  type UserErrorCode,
} from '@samverkan/schema';
import Papa from 'papaparse';
import { request } from '../../graphql';

/** Items a call: the CLI's default, half the API's most. */
export const BATCH_SIZE = MAX_BATCH / 2;

/** How a file is written: CSV or JSON Lines (the CLI's two import formats). */
export type FileKind = 'csv' | 'jsonl';

/**
 * A file's rows and the columns it gives (in the order met), or the names that are no column of
 * the type, or the first line of a JSON Lines file that is no JSON object.
 */
export type ReadFile =
  | { rows: ReadRow[]; columns: string[]; kind: FileKind }
  | { unknown: string[] }
  | { notJson: number };

/** A chosen file read as the CLI reads it: JSON Lines by its name's ending, else CSV. */
export function readFile(name: string, text: string, format: TransferFormat): ReadFile {
  return fileFormatOf(name) === 'jsonl' ? readJsonl(text, format) : readCsv(text, format);
}

/** A JSON Lines file (one object a line, keys the column names), read by the schema package. */
function readJsonl(text: string, format: TransferFormat): ReadFile {
  try {
    const { rows, unknown } = jsonlRows(text, format.columns);
    if (unknown.length > 0) return { unknown };
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row.given)))];
    return { rows, columns, kind: 'jsonl' };
  } catch (error) {
    if (error instanceof NotJsonObject) return { notJson: error.line };
    throw error;
  }
}

/**
 * A CSV file (UTF-8, with or without a byte-order mark, a header row of column names) read as the
 * CLI reads it, with Papa Parse: its rows with the line each starts on, each read by its type's
 * columns (a cell that cannot be read refuses its row).
 */
function readCsv(text: string, format: TransferFormat): ReadFile {
  const body = text.replace(/^\uFEFF/, '');
  const records: { record: Record<string, string>; line: number }[] = [];
  // Where the row before ended (first, the header), and the lines counted up to a point.
  let cursor = body.indexOf('\n') + 1;
  let counted = 0;
  let lines = 1;
  const lineAt = (index: number) => {
    lines += (body.slice(counted, index).match(/\n/g) ?? []).length;
    counted = index;
    return lines;
  };
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (result) => {
      const start = cursor + /^\s*/.exec(body.slice(cursor, result.meta.cursor))![0].length;
      records.push({ record: result.data, line: lineAt(start) });
      cursor = result.meta.cursor;
    },
  });
  const columns = Object.keys(records[0]?.record ?? {});
  const unknown = unknownColumns(columns, format.columns);
  if (unknown.length > 0) return { unknown };
  return { rows: csvRows(records, format.columns), columns, kind: 'csv' };
}

/**
 * An error of a row, at its column when it names one; the API's have their input field and code
 * (to be worded in the user's language), the file's own (a cell that cannot be read) neither.
 */
export interface RowError {
  column: string | null;
  message: string;
  api?: { field: string; code: UserErrorCode };
}

/** What became (or would become) of a row; `names`: the records its changes refer to, by ID. */
export interface RowResult {
  read: ReadRow;
  status: BulkItemStatus;
  changes: { field: string; before: unknown; after: unknown }[];
  names: Map<string, string>;
  errors: RowError[];
}

/** The column a field of the bulk input stands for: `shortName` is `short_name`. */
function columnOf(field: string | undefined, format: TransferFormat): string | null {
  if (!field) return null;
  const column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return format.columns.some((c) => c.name === column) ? column : null;
}

/** A cell the format could not read: "sector: "x" is not one of …" names its column. */
function cellError(message: string, format: TransferFormat): RowError {
  const column = /^(\w+):/.exec(message)?.[1];
  return {
    column: column && format.columns.some((c) => c.name === column) ? column : null,
    message,
  };
}

/** Progress: the batches sent of all, and the rows in them. */
export interface Progress {
  batch: number;
  batches: number;
  rows: number;
  total: number;
}

/**
 * Sends rows to their type's bulk upsert in batches (each one transaction), `PER_ITEM`: a dry run
 * says what each would do; otherwise the valid rows are written and the others refused. Rows the
 * format cannot read are refused without being sent.
 */
export async function sendRows(
  format: TransferFormat,
  rows: ReadRow[],
  dryRun: boolean,
  onProgress: (progress: Progress) => void,
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const sendable: { read: ReadRow; item: object }[] = [];
  for (const read of rows) {
    try {
      if (!read.row) throw new CellError(read.refused ?? 'cannot be read');
      sendable.push({ read, item: format.item(read.row) });
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      results.push({
        read,
        status: 'FAILED',
        changes: [],
        names: new Map(),
        errors: [cellError(error.message, format)],
      });
    }
  }
  const batches = batchesOf(sendable, BATCH_SIZE);
  const mode: BulkMode = 'PER_ITEM';
  let sent = 0;
  for (const [index, batch] of batches.entries()) {
    const input = { items: batch.map((entry) => entry.item), mode, dryRun } as never;
    // `named`: the records its changes refer to, by name, for the table of rows.
    const answer = (await request(format.bulk.document, { input, named: true }))[format.bulk.field];
    const whole = answer.userErrors.filter((error) => error.field[1] !== 'items');
    if (whole.length > 0) throw new Error(whole.map((error) => error.message).join(' '));
    for (const item of answer.items) {
      results.push({
        read: batch[item.index].read,
        status: item.status,
        changes: item.changes,
        names: new Map(
          (item.references ?? []).flatMap((ref) => (ref.name ? [[ref.id, ref.name]] : [])),
        ),
        errors: item.userErrors.map((error) => ({
          column: columnOf(error.field[3], format),
          message: error.message,
          api: { field: error.field[3] ?? '', code: error.code },
        })),
      });
    }
    sent += batch.length;
    onProgress({ batch: index + 1, batches: batches.length, rows: sent, total: sendable.length });
  }
  return results.sort((a, b) => a.read.number - b.read.number);
}

/**
 * The refused rows as the file had them, with why in an `errors` column: a CSV file (the columns
 * it gave, then `errors`) or JSON Lines (each object with `errors`), as the CLI writes its
 * rejects file.
 */
export function rejectsFile(results: RowResult[], columns: string[], kind: FileKind): string {
  const refused = results
    .filter((result) => result.status === 'FAILED')
    .map((result): Record<string, unknown> => ({
      ...result.read.given,
      [REJECTS_COLUMN]: result.errors
        .map((error) => (error.column ? `${error.column}: ${error.message}` : error.message))
        .join(' | '),
    }));
  if (kind === 'jsonl') return refused.map((row) => `${JSON.stringify(row)}\n`).join('');
  const fields = [...columns.filter((column) => column !== REJECTS_COLUMN), REJECTS_COLUMN];
  return Papa.unparse({ fields, data: refused.map((row) => fields.map((f) => row[f] ?? '')) });
}
