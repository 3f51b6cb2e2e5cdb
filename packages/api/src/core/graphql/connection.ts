import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../relay/pagination';

@ObjectType({ description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Return the first n items (1 to 100, default 20).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Return the last n items (1 to 100).' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  countItems: () => Promise<number>;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type: the one connection shape of the
 * API. Resolvers return `toConnection(page)`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item, for `after` and `before`.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType implements ConnectionValue<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo: PageInfo;

    countItems: () => Promise<number>;

    @Field(() => Int, { description: 'How many items the whole list has (counted on request).' })
    totalCount(): Promise<number> {
      return this.countItems();
    }
  }
  return ConnectionType;
}

export function toConnection<T>(page: Page<T>): ConnectionValue<T> {
  return {
    edges: page.items,
    nodes: page.items.map((item) => item.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
    countItems: page.totalCount,
  };
}
