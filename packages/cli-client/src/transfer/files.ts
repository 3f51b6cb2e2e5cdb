import {
  csvRows,
  fromJson,
  rowOf,
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
  if (told) return told;
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv';
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
    const lines = text.split(/\r?\n/);
    const rows: ReadRow[] = [];
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      let given: unknown;
      try {
        given = JSON.parse(line);
      } catch {
        throw new CliError(`${file}, line ${index + 1}: not a JSON object.`, EXIT.userError);
      }
      if (typeof given !== 'object' || given === null || Array.isArray(given)) {
        throw new CliError(`${file}, line ${index + 1}: not a JSON object.`, EXIT.userError);
      }
      const record = given as Record<string, unknown>;
      checkColumns(Object.keys(record), columns, file);
      const read = rowOf(record, columns, fromJson);
      rows.push({ number: rows.length + 1, line: index + 1, ...read, given: record });
    }
    return rows;
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
