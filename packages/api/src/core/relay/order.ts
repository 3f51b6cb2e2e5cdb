import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { paginate, type PageRequest, type SortKey } from './pagination';

export type OrderDirection = 'ASC' | 'DESC';

/** How a list is sorted: by one of its order fields, one way. */
export interface Order<F extends string> {
  field: F;
  direction: OrderDirection;
}

/** The column behind each order field of a list. */
export type OrderColumns<E, F extends string> = Record<F, Omit<SortKey<E>, 'direction'>>;

/** What every record has, to be sorted by besides its label (its name or title). */
interface RecordTimes {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns of a record's order fields: its label, when recorded, when changed. */
function recordOrderColumns<E extends RecordTimes, L extends 'name' | 'title'>(
  alias: string,
  label: L,
) {
  const labelField = label.toUpperCase() as Uppercase<L>;
  return {
    [labelField]: { column: `${alias}.${label}`, property: label },
    CREATED_AT: { column: `${alias}.created_at`, property: 'createdAt' },
    UPDATED_AT: { column: `${alias}.updated_at`, property: 'updatedAt' },
  } as OrderColumns<E, RecordOrderField<Uppercase<L>>>;
}

type RecordOrderField<Label extends string> = Label | 'CREATED_AT' | 'UPDATED_AT';

/** Pages `query` in `order`; ties are broken by id, the same way, so the order is total. */
export function paginateInOrder<E extends ObjectLiteral & { id: string }, F extends string>(
  query: SelectQueryBuilder<E>,
  page: PageRequest,
  order: Order<F>,
  columns: OrderColumns<E, F>,
) {
  return paginate(query, page, [
    { ...columns[order.field], direction: order.direction },
    { column: `${query.alias}.id`, property: 'id', direction: order.direction },
  ]);
}

/** How a list of named records is sorted. */
export type RecordOrder = Order<RecordOrderField<'NAME'>>;

/** How a list of titled records (sources, reviews) is sorted. */
export type TitledRecordOrder = Order<RecordOrderField<'TITLE'>>;

/** Pages a list of records in `order`, by their label (name or title) unless told. */
function paginateRecords<E extends ObjectLiteral & RecordTimes, L extends 'name' | 'title'>(
  query: SelectQueryBuilder<E>,
  page: PageRequest,
  order: Order<RecordOrderField<Uppercase<L>>> | null,
  label: L,
) {
  const byLabel = { field: label.toUpperCase() as Uppercase<L>, direction: 'ASC' } as const;
  return paginateInOrder(
    query,
    page,
    order ?? byLabel,
    recordOrderColumns<E, L>(query.alias, label),
  );
}

/** Pages a list of named records in `order`, by name unless told. */
export const paginateNamed = <E extends ObjectLiteral & RecordTimes & { name: string }>(
  query: SelectQueryBuilder<E>,
  page: PageRequest,
  order: RecordOrder | null,
) => paginateRecords(query, page, order, 'name');

/** Pages a list of titled records in `order`, by title unless told. */
export const paginateTitled = <E extends ObjectLiteral & RecordTimes & { title: string }>(
  query: SelectQueryBuilder<E>,
  page: PageRequest,
  order: TitledRecordOrder | null,
) => paginateRecords(query, page, order, 'title');
