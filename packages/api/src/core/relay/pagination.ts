import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidArgument } from '../errors';
import { batchedMany, batchedRawMany } from '../db/prepared-select';

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

/** How many items a page request asks for, and in which direction; checked. */
function pageWindow(request: PageRequest): { backwards: boolean; size: number } {
  checkSize('first', request.first);
  checkSize('last', request.last);
  if (request.first != null && request.last != null) {
    throw new InvalidArgument('last', 'Pass either "first" or "last", not both.');
  }
  const backwards = request.last != null || (request.before != null && request.first == null);
  return { backwards, size: (backwards ? request.last : request.first) ?? DEFAULT_PAGE_SIZE };
}

/** Narrows `query` to the rows after `after` and before `before`. */
function seekPast<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  request: PageRequest,
  sort: SortKey<E>[],
): SelectQueryBuilder<E> {
  const bounds: [string | null | undefined, boolean, string][] = [
    [request.after, false, 'after'],
    [request.before, true, 'before'],
  ];
  for (const [cursor, isBefore, argument] of bounds) {
    if (!cursor) continue;
    const values = decodeCursor(cursor, argument, sort.length);
    query.andWhere(...seekCondition(sort, values, isBefore, argument));
  }
  return query;
}

/** The sort keys in the direction the rows are read (reversed when paging backwards). */
function readingOrder<E>(sort: SortKey<E>[], backwards: boolean): [string, 'ASC' | 'DESC'][] {
  return sort.map((key) => [
    key.column,
    backwards ? (key.direction === 'ASC' ? 'DESC' : 'ASC') : key.direction,
  ]);
}

/** A page from the rows read (up to `size + 1`, in reading order). */
function toPage<E extends ObjectLiteral>(
  rows: E[],
  window: { backwards: boolean; size: number },
  request: PageRequest,
  sort: SortKey<E>[],
  totalCount: () => Promise<number>,
): Page<E> {
  const { backwards, size } = window;
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
    totalCount,
  };
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
  const window = pageWindow(request);
  const countQuery = query.clone();
  const page = seekPast(query.clone(), request, sort);
  readingOrder(sort, window.backwards).forEach(([column, direction], index) => {
    if (index === 0) page.orderBy(column, direction);
    else page.addOrderBy(column, direction);
  });
  const rows = await batchedMany(page.limit(window.size + 1));
  return toPage(rows, window, request, sort, () => countQuery.orderBy().getCount());
}

/** The columns that tell the lists of `paginateEach` apart, and the properties holding them. */
export type Partition<E> = { column: string; property: keyof E & string }[];

function partitionKey<E>(partition: Partition<E>, row: Record<string, unknown>): string {
  return partition.map(({ property }) => String(row[property])).join(':');
}

/**
 * `paginate` for many lists at once, in one statement: the rows of `query` fall into lists by
 * `partition` (a list's key is its partition values joined by ":"), and every list in `keys` gets
 * the page `request` asks for, as if paged alone. Counting, when asked, is one more statement
 * for all lists.
 */
export async function paginateEach<E extends ObjectLiteral & { id: unknown }>(
  query: SelectQueryBuilder<E>,
  request: PageRequest,
  sort: SortKey<E>[],
  partition: Partition<E>,
  keys: readonly string[],
): Promise<Page<E>[]> {
  const window = pageWindow(request);
  const { alias } = query;
  const order = readingOrder(sort, window.backwards);
  const seeked = seekPast(query.clone(), request, sort);
  const ranked = seeked
    .clone()
    .select(`${alias}.id`, 'id')
    .addSelect(
      `row_number() OVER (PARTITION BY ${partition.map((p) => p.column).join(', ')} ` +
        `ORDER BY ${order.map(([column, direction]) => `${column} ${direction}`).join(', ')})`,
      'rank',
    );
  const page = seeked.andWhere(
    `${alias}.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rank <= ${window.size + 1})`,
  );
  order.forEach(([column, direction], index) => {
    if (index === 0) page.orderBy(column, direction);
    else page.addOrderBy(column, direction);
  });
  const lists = new Map<string, E[]>(keys.map((key) => [key, []]));
  for (const row of await batchedMany(page)) lists.get(partitionKey(partition, row))?.push(row);

  let counts: Promise<Map<string, number>> | undefined;
  const countAll = async () => {
    const countQuery = query.clone().select([]).orderBy();
    partition.forEach(({ column, property }) => countQuery.addSelect(column, property));
    const rows = await batchedRawMany<Record<string, unknown>>(
      countQuery
        .addSelect('count(*)::int', 'count')
        .groupBy(partition.map((p) => p.column).join(', ')),
    );
    return new Map(rows.map((row) => [partitionKey(partition, row), Number(row.count)]));
  };
  return keys.map((key) =>
    toPage(lists.get(key) ?? [], window, request, sort, async () => {
      counts ??= countAll();
      return (await counts).get(key) ?? 0;
    }),
  );
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
