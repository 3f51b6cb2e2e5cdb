import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import {
  execute,
  getOperationAST,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  subscribe,
  type ExecutionResult,
} from 'graphql';
import { createLogger } from '../logger';
import { compiledErrors, compiledExecution } from './compiled-executor';
import { createFormatError } from './format-error';

/**
 * A small schema with what the API's schema has: enums whose values differ from their names,
 * input defaults, a @oneOf input, an interface, resolver errors with codes, null in a list.
 */
const Direction = new GraphQLEnumType({
  name: 'Direction',
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } },
});
const Order = new GraphQLInputObjectType({
  name: 'Order',
  fields: {
    field: { type: new GraphQLNonNull(GraphQLString) },
    direction: { type: new GraphQLNonNull(Direction), defaultValue: 'asc' },
  },
});
const Pick = new GraphQLInputObjectType({
  name: 'Pick',
  isOneOf: true,
  fields: { a: { type: GraphQLInt }, b: { type: GraphQLInt } },
});
const Named = new GraphQLInterfaceType({
  name: 'Named',
  fields: { name: { type: new GraphQLNonNull(GraphQLString) } },
  resolveType: (value: { kind: string }) => value.kind,
});
const item = (kind: string) =>
  new GraphQLObjectType({
    name: kind,
    interfaces: [Named],
    fields: {
      name: { type: new GraphQLNonNull(GraphQLString) },
      rank: { type: GraphQLInt },
      direction: { type: Direction, resolve: (_item, _args, context) => context.direction },
    },
  });
const [Actor, Forum] = [item('Actor'), item('Forum')];
const ITEMS = [
  { kind: 'Actor', name: 'Region', rank: 2 },
  { kind: 'Forum', name: 'Tillväxtrådet', rank: null },
  { kind: 'Actor', name: 'Almi', rank: 1 },
];
/** The items in the order asked for, as `items` and `named` give them. */
const ordered = ({ field, direction }: { field: 'name'; direction: 'asc' | 'desc' }) =>
  [...ITEMS].sort((x, y) => x[field].localeCompare(y[field]) * (direction === 'asc' ? 1 : -1));
const refuse = () => {
  throw new GraphQLError('Not for you.', { extensions: { code: 'FORBIDDEN' } });
};
const schema = new GraphQLSchema({
  types: [Actor, Forum],
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      named: {
        type: Named,
        args: { order: { type: new GraphQLNonNull(Order) } },
        subscribe: async function* (_root, { order }) {
          yield* ordered(order);
        },
        resolve: (item) => item,
      },
      refused: {
        type: GraphQLString,
        subscribe: async function* () {
          yield 'event';
        },
        resolve: refuse,
      },
    },
  }),
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLNonNull(new GraphQLList(Named)),
        args: { order: { type: new GraphQLNonNull(Order) } },
        resolve: (_root, { order }) => ordered(order),
      },
      pick: {
        type: GraphQLString,
        args: { pick: { type: new GraphQLNonNull(Pick) } },
        resolve: (_root, { pick }) => JSON.stringify(pick),
      },
      broken: {
        type: new GraphQLNonNull(GraphQLString),
        resolve: () => null,
      },
      refused: { type: GraphQLString, resolve: refuse },
    },
  }),
});

const QUERY = `
  query Items($order: Order!, $pick: Pick!) {
    items(order: $order) { __typename name ...Ranked }
    pick(pick: $pick)
    refused
  }
  fragment Ranked on Named { ... on Actor { rank direction } }
`;

let executor: GatewayExecutor;
beforeAll(async () => {
  executor = (await compiledExecution(schema).gateway.load({ apollo: {} })).executor!;
});

/** `query` through the compiled executor. */
function compiled(query: string, variables: Record<string, unknown> = {}, context: object = {}) {
  const document = parse(query);
  return executor({
    document,
    operationName: null,
    operation: getOperationAST(document)!,
    request: { variables },
    context,
  } as unknown as GatewayGraphQLRequestContext);
}

/** The same request through the compiled executor and through graphql-js. */
async function both(variables: Record<string, unknown>) {
  const context = { direction: 'desc' };
  const answer = await compiled(QUERY, variables, context);
  const reference = await execute({
    schema,
    document: parse(QUERY),
    variableValues: variables,
    contextValue: context,
  });
  return {
    compiled: JSON.parse(JSON.stringify(answer)),
    reference: JSON.parse(JSON.stringify(reference)),
  };
}

describe('the compiled executor', () => {
  it('answers as graphql-js does: enums, input defaults, an interface, nulls and errors', async () => {
    const { compiled, reference } = await both({ order: { field: 'name' }, pick: { b: 2 } });
    expect(compiled).toEqual(reference);
    expect(compiled.data.items.map((i: { name: string }) => i.name)).toEqual([
      'Almi',
      'Region',
      'Tillväxtrådet',
    ]);
    expect(compiled.data.items[0]).toMatchObject({
      __typename: 'Actor',
      rank: 1,
      direction: 'DESC',
    });
    expect(compiled.data.pick).toBe('{"b":2}');
    expect(compiled.errors).toEqual([
      expect.objectContaining({ path: ['refused'], extensions: { code: 'FORBIDDEN' } }),
    ]);
  });

  it('passes enum values given by name and sorts the other way', async () => {
    const { compiled, reference } = await both({
      order: { field: 'name', direction: 'DESC' },
      pick: { a: 1 },
    });
    expect(compiled).toEqual(reference);
    expect(compiled.data.items[0].name).toBe('Tillväxtrådet');
  });

  it.each([
    ['a @oneOf input with two fields', { order: { field: 'name' }, pick: { a: 1, b: 2 } }],
    ['an unknown enum value', { order: { field: 'name', direction: 'UP' }, pick: { a: 1 } }],
    ['a missing required field', { order: {}, pick: { a: 1 } }],
  ])('refuses %s before anything runs, as graphql-js words it', async (_case, variables) => {
    const { compiled, reference } = await both(variables);
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors.length).toBeGreaterThan(0);
    expect(compiled).toEqual(reference);
  });

  it('masks a null our resolver gave a required field, as graphql-js does (found by fuzz.test.ts)', async () => {
    const { errors } = await compiled('{ broken }');
    const format = createFormatError(createLogger('silent'));
    expect(errors!.map((error) => format(error, error, 'request-1'))).toEqual([
      expect.objectContaining({
        message: expect.not.stringContaining('non-nullable'),
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'request-1' },
      }),
    ]);
  });
});

/** Every event of a subscription, or the one answer it gave instead, as JSON would carry it. */
async function delivered(stream: AsyncIterable<ExecutionResult> | ExecutionResult) {
  const events: ExecutionResult[] = [];
  if (!(Symbol.asyncIterator in stream)) events.push(stream);
  else for await (const event of stream) events.push(event);
  return JSON.parse(JSON.stringify(events));
}

/** A subscription through the compiled executor (as graphql-ws calls it) and through graphql-js. */
async function subscribedBoth(query: string, variables: Record<string, unknown>) {
  const args = {
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: { direction: 'desc' },
  };
  return {
    compiled: await delivered(await compiledExecution(schema).subscribe(args)),
    reference: await delivered(await subscribe(args)),
  };
}

describe('subscriptions through the compiled executor', () => {
  const NAMED = `subscription Named($order: Order!) {
    named(order: $order) { __typename name ...Ranked }
  }
  fragment Ranked on Named { ... on Actor { rank direction } }`;

  it('deliver each event as graphql-js does: input defaults, an interface, enums', async () => {
    const { compiled, reference } = await subscribedBoth(NAMED, { order: { field: 'name' } });
    expect(compiled).toEqual(reference);
    expect(
      compiled.map((event: { data: { named: { name: string } } }) => event.data.named.name),
    ).toEqual(['Almi', 'Region', 'Tillväxtrådet']);
    expect(compiled[0].data.named).toMatchObject({ rank: 1, direction: 'DESC' });
  });

  it('refuse bad variables before subscribing, as graphql-js words it', async () => {
    const { compiled, reference } = await subscribedBoth(NAMED, {
      order: { field: 'name', direction: 'UP' },
    });
    expect(compiled).toEqual(reference);
    expect(compiled[0].errors[0].message).toMatch(/UP/);
  });

  it("give an event's error its code once passed through compiledErrors (as the server does)", async () => {
    const stream = await compiledExecution(schema).subscribe({
      schema,
      document: parse('subscription { refused }'),
    });
    const [event] = (await delivered(stream)) as ExecutionResult[];
    expect(event.data).toEqual({ refused: null });
    expect(JSON.parse(JSON.stringify(compiledErrors(event.errors!, 'request-2')))).toEqual([
      expect.objectContaining({
        message: 'Not for you.',
        path: ['refused'],
        extensions: { code: 'FORBIDDEN', requestId: 'request-2' },
      }),
    ]);
  });
});
