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

/** The order fields of every named record: name, when recorded, when changed. */
type RecordOrderField = 'NAME' | 'CREATED_AT' | 'UPDATED_AT';

/** What every named record has, to be sorted by. */
interface NamedRecord {
  id: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns of a named record's order fields, for the table aliased `alias`. */
function recordOrderColumns<E extends NamedRecord>(
  alias: string,
): OrderColumns<E, RecordOrderField> {
  return {
    NAME: { column: `${alias}.name`, property: 'name' },
    CREATED_AT: { column: `${alias}.created_at`, property: 'createdAt' },
    UPDATED_AT: { column: `${alias}.updated_at`, property: 'updatedAt' },
  };
}

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

/** The order most lists have unless told: by name, A to Ö. */
const BY_NAME: Order<'NAME'> = { field: 'NAME', direction: 'ASC' };

/** How a list of named records is sorted. */
export type RecordOrder = Order<RecordOrderField>;

/** Pages a list of named records in `order`, by name unless told. */
export function paginateNamed<E extends ObjectLiteral & NamedRecord>(
  query: SelectQueryBuilder<E>,
  page: PageRequest,
  order: RecordOrder | null,
) {
  return paginateInOrder(query, page, order ?? BY_NAME, recordOrderColumns<E>(query.alias));
}
