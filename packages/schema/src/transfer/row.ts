import type { RecordKeyInput } from '../generated/graphql';

/**
 * A cell's kind: text (empty is null), a list (`;` between values in CSV), yes/no, or a tree of
 * values (a strategy's objectives: JSON, in a CSV cell as JSON text).
 */
export type CellKind = 'text' | 'list' | 'bool' | 'json';

/** A column of a record type's import and export format. */
export interface Column {
  name: string;
  kind: CellKind;
  /** What it holds, for `samverkan import --help` and the README. */
  description: string;
  /** The values a text column takes (an enum of the schema); read in any case. */
  choices?: readonly string[];
}

export type Cell = string | string[] | boolean | null | { json: unknown };

/**
 * One record as its format has it: a cell per column given. A column left out of a file is
 * missing here and its field stays as it is; an empty cell clears the field.
 */
export type Row = Record<string, Cell>;

/** A cell that cannot be read: the row is refused before anything is sent. */
export class CellError extends Error {}

const TRUE = new Set(['true', 'yes', 'ja', '1']);
const FALSE = new Set(['false', 'no', 'nej', '0']);

/** A CSV cell as its column's kind: lists split at `;`, yes/no in English or Swedish. */
export function fromCsv(column: Column, text: string): Cell {
  const trimmed = text.trim();
  if (column.kind === 'json') {
    if (trimmed === '') return null;
    try {
      return { json: JSON.parse(trimmed) as unknown };
    } catch {
      throw new CellError(`${column.name}: not JSON.`);
    }
  }
  if (column.kind === 'list') {
    return trimmed === ''
      ? []
      : trimmed
          .split(';')
          .map((value) => value.trim())
          .filter(Boolean);
  }
  if (trimmed === '') return null;
  if (column.kind === 'bool') {
    const word = trimmed.toLowerCase();
    if (TRUE.has(word)) return true;
    if (FALSE.has(word)) return false;
    throw new CellError(`${column.name}: "${text}" is neither true nor false.`);
  }
  return column.choices ? choiceOf(column, column.choices, trimmed) : trimmed;
}

/** A value of a column with choices, in the schema's (upper) case; another is refused. */
function choiceOf(column: Column, choices: readonly string[], text: string): string {
  const value = text.toUpperCase();
  if (choices.includes(value)) return value;
  throw new CellError(`${column.name}: "${text}" is not one of ${choices.join(', ')}.`);
}

/** A JSON Lines value as its column's kind (a list may also be a `;`-separated string). */
export function fromJson(column: Column, value: unknown): Cell {
  if (value === null || value === undefined) return column.kind === 'list' ? [] : null;
  if (column.kind === 'json') return { json: value };
  if (typeof value === 'string') return fromCsv(column, value);
  if (column.kind === 'list' && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.map((v: string) => v.trim()).filter(Boolean);
  }
  if (column.kind === 'bool' && typeof value === 'boolean') return value;
  throw new CellError(`${column.name}: ${JSON.stringify(value)} is not a ${column.kind}.`);
}

/** A cell as CSV writes it: the form `fromCsv` reads back the same. */
export function toCsv(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.join(';');
  if (typeof cell === 'object') return JSON.stringify(cell.json);
  return typeof cell === 'boolean' ? String(cell) : cell;
}

/** A cell as JSON Lines write it: the form `fromJson` reads back the same. */
export function toJson(cell: Cell | undefined): unknown {
  if (cell === undefined) return null;
  return cell !== null && typeof cell === 'object' && !Array.isArray(cell) ? cell.json : cell;
}

/** A tree cell's value (undefined: the column was left out or empty). */
export function treeOf(cell: Cell | undefined): unknown {
  return cell !== null && typeof cell === 'object' && !Array.isArray(cell) ? cell.json : undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IDENTIFIER = /^([a-z0-9][a-z0-9-]*):(.+)$/;

/**
 * A reference as a cell writes it, as a key: "scheme:value" an identifier (`se-orgnr:5565…`),
 * a slug (`almi`), or else a global ID.
 */
export function keyOf(text: string): RecordKeyInput {
  const identifier = IDENTIFIER.exec(text);
  if (identifier) return { identifier: { scheme: identifier[1], value: identifier[2] } };
  return SLUG.test(text) ? { slug: text } : { id: text };
}

/** An identifier as a cell writes it: "scheme:value". */
export const identifierCell = ({ scheme, value }: { scheme: string; value: string }) =>
  `${scheme}:${value}`;

/** `identifiers` as the bulk input takes them. */
export function identifiersOf(cell: Cell | undefined) {
  if (!Array.isArray(cell)) return undefined;
  return cell.map((text) => {
    const match = IDENTIFIER.exec(text);
    if (!match) throw new CellError(`identifiers: "${text}" is not scheme:value.`);
    return { scheme: match[1], value: match[2] };
  });
}

/** A text cell as input: undefined (column left out), null (empty) or the text. */
export function textOf(cell: Cell | undefined): string | null | undefined {
  if (cell === undefined || cell === null) return cell;
  return toCsv(cell);
}

/** A reference cell as a key (see `keyOf`); undefined and null stay. */
export function referenceOf(cell: Cell | undefined): RecordKeyInput | null | undefined {
  const text = textOf(cell);
  return text === undefined || text === null ? text : keyOf(text);
}

/** A list of references as keys; undefined stays (the column was left out). */
export function referencesOf(cell: Cell | undefined): RecordKeyInput[] | undefined {
  return Array.isArray(cell) ? cell.map(keyOf) : undefined;
}

/** An area by its code: a code stands for an area's slug. */
export function areaOf(code: string): RecordKeyInput {
  return { slug: code };
}

/** An area cell (its code) as a key; undefined (left out) and null (none) stay. */
export function areaCellOf(cell: Cell | undefined): RecordKeyInput | null | undefined {
  const code = textOf(cell);
  return code === undefined || code === null ? code : areaOf(code);
}

/** The record's own key: its `id`, else its `slug`, else its first identifier. */
export function recordKeyOf(row: Row): RecordKeyInput {
  const id = textOf(row.id);
  if (id) return { id };
  const slug = textOf(row.slug);
  if (slug) return { slug };
  const [identifier] = identifiersOf(row.identifiers) ?? [];
  if (identifier) return { identifier };
  throw new CellError('give a slug, an id or an identifier (scheme:value) to find the record by.');
}
