import { CellError, fromCsv, type Column, type Row } from './row';

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
