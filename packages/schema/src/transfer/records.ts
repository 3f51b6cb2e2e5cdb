import { CellError, fromCsv, fromJson, type Column, type Row } from './row';

/** The column a rejects file adds: why each row was refused. */
export const REJECTS_COLUMN = 'errors';

/** A row read from a file, with where it stands there (for messages and the rejects file). */
export interface ReadRow {
  /** The row's number among the records, from 1. */
  number: number;
  /** The line it starts on. */
  line: number;
  /** The row; null when a cell of it cannot be read (`refused` says why). */
  row: Row | null;
  refused?: string;
  /** As given, for the rejects file. */
  given: Record<string, unknown>;
}

/** The names that are no column of the type (a rejects file's `errors` is imported as it is). */
export const unknownColumns = (names: string[], columns: Column[]) =>
  names.filter(
    (name) => name !== REJECTS_COLUMN && !columns.some((column) => column.name === name),
  );

/** A record's cells read by their columns; a cell that cannot be read refuses the row. */
export function rowOf(
  given: Record<string, unknown>,
  columns: Column[],
  read: (column: Column, value: unknown) => Row[string],
): { row: Row | null; refused?: string } {
  try {
    const row: Row = {};
    for (const column of columns) {
      if (column.name in given) row[column.name] = read(column, given[column.name]);
    }
    return { row };
  } catch (error) {
    if (error instanceof CellError) return { row: null, refused: error.message };
    throw error;
  }
}

/** The records of a CSV file as a CSV parser gave them (cells by column name, the line each starts on). */
export function csvRows(
  records: { record: Record<string, string>; line: number }[],
  columns: Column[],
) {
  return records.map(({ record, line }, index): ReadRow => ({
    number: index + 1,
    line,
    ...rowOf(record, columns, (column, value) => fromCsv(column, String(value))),
    given: record,
  }));
}

/** A line of a JSON Lines file that is no JSON object: the line's number, from 1. */
export class NotJsonObject extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: not a JSON object.`);
  }
}

/**
 * The records of a JSON Lines file (one object a line, keys the column names; blank lines and a
 * byte-order mark skipped), each read by its type's columns, with the names that are no column
 * of the type (`unknown`, in the order met). A line that is no JSON object throws `NotJsonObject`.
 */
export function jsonlRows(text: string, columns: Column[]): { rows: ReadRow[]; unknown: string[] } {
  const rows: ReadRow[] = [];
  const unknown = new Set<string>();
  for (const [index, line] of text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .entries()) {
    if (line.trim() === '') continue;
    let given: unknown;
    try {
      given = JSON.parse(line);
    } catch {
      throw new NotJsonObject(index + 1);
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw new NotJsonObject(index + 1);
    }
    const record = given as Record<string, unknown>;
    for (const name of unknownColumns(Object.keys(record), columns)) unknown.add(name);
    const read = rowOf(record, columns, fromJson);
    rows.push({ number: rows.length + 1, line: index + 1, ...read, given: record });
  }
  return { rows, unknown: [...unknown] };
}

/** The format a file is in by its name's ending: JSON Lines (`.jsonl`, `.ndjson`) or CSV. */
export const fileFormatOf = (name: string): 'csv' | 'jsonl' =>
  /\.(jsonl|ndjson)$/i.test(name) ? 'jsonl' : 'csv';
