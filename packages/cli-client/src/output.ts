import { formatTable } from './table';

/** A column of a table: its heading and what a row shows in it. */
export type Column<T> = [heading: string, cell: (row: T) => string];

/** What a list counts, for its summary line: "1 actor", "3 actors". */
export interface Noun {
  one: string;
  many: string;
}

export function count(n: number, noun: Noun): string {
  return `${n} ${n === 1 ? noun.one : noun.many}`;
}

export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  return formatTable(
    columns.map(([heading]) => heading),
    rows.map((row) => columns.map(([, cell]) => cell(row))),
  );
}

/**
 * A list as people read it: the table, a blank line, then how many there are ("showing 5 of 22
 * actors" when only some are shown). An empty list is its summary alone.
 */
export function formatList<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  noun: Noun,
  total = rows.length,
): string {
  const summary =
    rows.length < total
      ? `showing ${rows.length} of ${count(total, noun)} (--first <n> or --all for more)`
      : count(total, noun);
  return `${rows.length ? `${table(rows, columns)}\n\n` : ''}${summary}\n`;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A part of a record's page: a heading, then a table of its rows (or "none"). */
export function section<T>(
  heading: string,
  rows: readonly T[],
  columns: readonly Column<T>[],
): string {
  return `\n${heading}:\n${rows.length ? indent(table(rows, columns)) : '  none'}\n`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/** A record's own fields, one "label: value" a line, aligned; empty values are left out. */
export function fields(pairs: [label: string, value: string | null | undefined][]): string {
  const shown = pairs.filter((pair): pair is [string, string] => !!pair[1]);
  const width = Math.max(...shown.map(([label]) => label.length));
  return shown.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}\n`).join('');
}

/** "2021–2030", "2021–", "" for a period of days. */
export function period(from: string | null | undefined, to: string | null | undefined): string {
  return from || to ? `${from ?? ''}–${to ?? ''}` : '';
}

/** What a name shows in a table: "Mittuniversitetet (MIUN)" or just the name. */
export function named(
  record: { name: string; shortName?: string | null } | null | undefined,
): string {
  if (!record) return '';
  return record.shortName ? `${record.name} (${record.shortName})` : record.name;
}

export function write(text: string): void {
  process.stdout.write(text);
}
