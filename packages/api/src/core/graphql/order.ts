import { Arg, Field, InputType, registerEnumType } from 'type-graphql';
import type { Order, OrderDirection } from '../relay/order';
import { enumOf } from './enums';

export const OrderDirectionEnum = enumOf<OrderDirection>(['ASC', 'DESC']);
registerEnumType(OrderDirectionEnum, {
  name: 'OrderDirection',
  description: 'Ascending or descending order.',
  valuesConfig: {
    ASC: { description: 'Smallest first.' },
    DESC: { description: 'Largest first.' },
  },
});

const RECORD_TIMES = {
  CREATED_AT: 'By when they were recorded.',
  UPDATED_AT: 'By when they last changed.',
} as const;

/** The order fields every named record has, as `OrderInput` takes them. */
export const RECORD_ORDER = { NAME: 'By name.', ...RECORD_TIMES } as const;

/** The order fields of records with a title instead of a name (sources, reviews). */
export const TITLED_RECORD_ORDER = { TITLE: 'By title.', ...RECORD_TIMES } as const;

/**
 * Declares `<Name>Order` (and its enum `<Name>OrderField`) for a list of `things`: the fields it
 * may be sorted by, each with its description, and a direction. A list takes it as `orderBy`.
 */
export function OrderInput<F extends string>(
  name: string,
  things: string,
  fields: Record<F, string>,
) {
  const FieldEnum = enumOf(Object.keys(fields) as F[]);
  registerEnumType(FieldEnum, {
    name: `${name}OrderField`,
    description: `What to sort ${things} by.`,
    valuesConfig: Object.fromEntries(
      Object.entries<string>(fields).map(([field, description]) => [field, { description }]),
    ) as Record<F, { description: string }>,
  });

  @InputType(`${name}Order`, { description: `How to sort ${things}; ties are broken by id.` })
  class OrderInputType implements Order<F> {
    @Field(() => FieldEnum, { description: 'What to sort by.' })
    field: F;

    @Field(() => OrderDirectionEnum, { defaultValue: 'ASC', description: 'Which way.' })
    direction: OrderDirection;
  }
  return OrderInputType;
}

/** The `orderBy` argument of a list sorted by `OrderInput`'s input; `byDefault` says how it is sorted without. */
export function OrderByArg(input: ReturnType<typeof OrderInput>, byDefault: string) {
  return Arg('orderBy', () => input, {
    nullable: true,
    description: `How to sort them (default ${byDefault}).`,
  });
}
