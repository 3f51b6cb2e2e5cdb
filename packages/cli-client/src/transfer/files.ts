import {
  csvRows,
  fileFormatOf as formatByName,
  jsonlRows,
  NotJsonObject,
  toCsv,
  toJson,
  unknownColumns,
  type Column,
  type ReadRow,
  type Row,
} from '@samverkan/schema';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CliError, EXIT } from '../client';

export type FileFormat = 'csv' | 'jsonl';

export { REJECTS_COLUMN, type ReadRow } from '@samverkan/schema';

/** The format a file is in: as told, or by its name's ending (standard input: CSV). */
export function fileFormatOf(file: string, told: FileFormat | undefined): FileFormat {
  return told ?? formatByName(file);
}

async function readText(file: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`, EXIT.usage);
  }
}

/** Refuses names that are no column of the type, naming the ones there are. */
function checkColumns(names: string[], columns: Column[], file: string): void {
  const unknown = unknownColumns(names, columns);
  if (unknown.length > 0) {
    throw new CliError(
      `${file}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. ` +
        `The columns are: ${columns.map((column) => column.name).join(', ')}.`,
      EXIT.usage,
    );
  }
}

/**
 * The records of a CSV (UTF-8, with or without a byte-order mark, a header row of column names)
 * or JSON Lines file (one object a line, keys the column names), or `-` for standard input.
 */
export async function readRows(
  file: string,
  format: FileFormat,
  columns: Column[],
): Promise<ReadRow[]> {
  const text = await readText(file);
  if (format === 'jsonl') {
    let read: ReturnType<typeof jsonlRows>;
    try {
      read = jsonlRows(text, columns);
    } catch (error) {
      if (!(error instanceof NotJsonObject)) throw error;
      throw new CliError(`${file}, ${error.message}`, EXIT.userError);
    }
    checkColumns(read.unknown, columns, file);
    return read.rows;
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true });
  } catch (error) {
    throw new CliError(`${file} is not a CSV file: ${(error as Error).message}`, EXIT.userError);
  }
  if (records.length > 0) checkColumns(Object.keys(records[0].record), columns, file);
  return csvRows(
    records.map(({ record, info }) => ({ record, line: info.lines })),
    columns,
  );
}

/** Rows as a file of `format` (without CSV's header row): CSV, or one JSON object a line. */
export function formatRows(rows: Row[], columns: string[], format: FileFormat): string {
  if (format === 'jsonl') {
    const line = (row: Row) => Object.fromEntries(columns.map((c) => [c, toJson(row[c])]));
    return rows.map((row) => `${JSON.stringify(line(row))}\n`).join('');
  }
  return stringify(
    rows.map((row) => columns.map((column) => toCsv(row[column]))),
    { header: false },
  );
}

/** The header line of a CSV file of these columns. */
export const csvHeader = (columns: string[]) => stringify([columns]);
