import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidArgument } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One key of a stable sort: a SQL expression and the entity property holding its value. */
export interface SortKey<E> {
  column: string;
  property: keyof E & string;
  direction: 'ASC' | 'DESC';
}

export interface Page<E> {
  items: { cursor: string; node: E }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

type CursorValue = string | number | null;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values as CursorValue[];
  } catch {
    // fall through to the error below
  }
  throw new InvalidArgument(argument, `"${argument}" is not a cursor from this list.`);
}

function checkSize(argument: string, value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new InvalidArgument(
      argument,
      `"${argument}" must be between 1 and ${MAX_PAGE_SIZE}, got ${value}. Page through larger lists with cursors.`,
    );
  }
}

function cursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : String(value);
}

/**
 * Keyset ("seek") pagination over a query builder, forwards (`first`/`after`) or backwards
 * (`last`/`before`). `sort` must end with a unique key (the id) so the order is total and stable.
 */
export async function paginate<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  request: PageRequest,
  sort: SortKey<E>[],
): Promise<Page<E>> {
  checkSize('first', request.first);
  checkSize('last', request.last);
  if (request.first != null && request.last != null) {
    throw new InvalidArgument('last', 'Pass either "first" or "last", not both.');
  }
  const backwards = request.last != null || (request.before != null && request.first == null);
  const size = (backwards ? request.last : request.first) ?? DEFAULT_PAGE_SIZE;
  const countQuery = query.clone();

  const page = query.clone();
  const bounds: [string | null | undefined, boolean, string][] = [
    [request.after, false, 'after'],
    [request.before, true, 'before'],
  ];
  for (const [cursor, isBefore, argument] of bounds) {
    if (!cursor) continue;
    const values = decodeCursor(cursor, argument, sort.length);
    page.andWhere(...seekCondition(sort, values, isBefore, argument));
  }
  sort.forEach((key, index) => {
    const flip = backwards ? (key.direction === 'ASC' ? 'DESC' : 'ASC') : key.direction;
    if (index === 0) page.orderBy(key.column, flip);
    else page.addOrderBy(key.column, flip);
  });
  const rows = await page.limit(size + 1).getMany();
  const hasMore = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backwards) nodes.reverse();

  return {
    items: nodes.map((node) => ({
      cursor: encodeCursor(sort.map((key) => cursorValue(node[key.property]))),
      node,
    })),
    hasNextPage: backwards ? Boolean(request.before) : hasMore,
    hasPreviousPage: backwards ? hasMore : Boolean(request.after),
    totalCount: () => countQuery.orderBy().getCount(),
  };
}

/** (a, b) > (x, y) spelled out so each key may have its own direction. */
function seekCondition<E>(
  sort: SortKey<E>[],
  values: CursorValue[],
  before: boolean,
  argument: string,
): [string, Record<string, CursorValue>] {
  const parameters: Record<string, CursorValue> = {};
  const alternatives = sort.map((key, index) => {
    const equalities = sort
      .slice(0, index)
      .map((previous, j) => `${previous.column} = :${argument}${j}`);
    const forwardsIsGreater = key.direction === 'ASC';
    const operator = forwardsIsGreater !== before ? '>' : '<';
    parameters[`${argument}${index}`] = values[index];
    return [...equalities, `${key.column} ${operator} :${argument}${index}`].join(' AND ');
  });
  return [`(${alternatives.map((a) => `(${a})`).join(' OR ')})`, parameters];
}
