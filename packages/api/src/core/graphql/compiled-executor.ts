import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import type { Context } from '../context';
import { kept } from '../kept';

/**
 * Executes operations with graphql-jit: each document is compiled once into a function that
 * resolves its fields and completes its values without graphql-js's generic walk, which took a
 * third of the CPU of a large answer (a county's map, a strategy page), and most of what a
 * subscription's event cost to execute for each subscriber. Over HTTP, Apollo still parses,
 * validates and caches documents, and hands execution over through its gateway interface, the
 * one place it takes another executor; over a WebSocket, graphql-ws does the same and hands over
 * through its `execute` and `subscribe`. Both share the compiled documents.
 *
 * Variables are coerced by graphql-js first: graphql-jit leaves out input fields' defaults,
 * does not know `@oneOf`, and words its errors differently. What graphql-js accepts is given to
 * the compiled query as plain input again (defaults filled in).
 */
export interface CompiledExecution {
  /** Apollo Server's `gateway`: operations over HTTP. */
  gateway: GatewayInterface;
  /** graphql-ws's `execute`: queries and mutations over a WebSocket. */
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  /** graphql-ws's `subscribe`: each event executed with the compiled document. */
  subscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult>;
}

export function compiledExecution(schema: GraphQLSchema): CompiledExecution {
  const compile = compiledOperations(schema);
  /** The compiled operation and its variables as its input, or the errors that stop it. */
  const prepare = (
    document: DocumentNode,
    operationName: string | null | undefined,
    operation: OperationDefinitionNode | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ): { query: CompiledQuery; input: Record<string, unknown> } | ExecutionResult => {
    if (!operation) return { errors: [new GraphQLError('The document has no such operation.')] };
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    const query = compile(document, operationName ?? null);
    if (!isCompiledQuery(query)) return { errors: compiledErrors(query.errors ?? []) };
    return { query, input: asInput(schema, operation, coerced.coerced) };
  };
  /** What graphql-ws hands over, prepared. */
  const prepareArgs = ({ document, operationName, variableValues }: ExecutionArgs) =>
    prepare(document, operationName, getOperationAST(document, operationName), variableValues);

  return {
    gateway: {
      async load() {
        return {
          executor: async ({ document, operationName, operation, request, context }) => {
            const prepared = prepare(document, operationName, operation, request.variables);
            if (!('query' in prepared)) return prepared;
            const result = await prepared.query.query(undefined, context, prepared.input);
            if (!result.errors) return result;
            const { requestId } = context as Partial<Context>;
            return { ...result, errors: compiledErrors(result.errors, requestId) };
          },
        };
      },
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => {};
      },
      async stop() {},
    },
    // Their results' errors are graphql-jit's: the server's `onNext` passes them through
    // `compiledErrors` (mapping each event's answer here would cost another async iterator).
    async execute(args) {
      const prepared = prepareArgs(args);
      return 'query' in prepared
        ? prepared.query.query(args.rootValue, args.contextValue, prepared.input)
        : prepared;
    },
    // The events' stream as graphql-js makes it, each event executed compiled: graphql-jit's own
    // `subscribe` gives each event its coerced variables as if they were input (an enum's value
    // for its name), which fails.
    async subscribe(args) {
      const prepared = prepareArgs(args);
      if (!('query' in prepared)) return prepared;
      const stream = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in stream)) return stream;
      return mapAsyncIterator(stream, (event) =>
        prepared.query.query(event, args.contextValue, prepared.input),
      );
    },
  };
}

/** An operation compiled, or the errors that kept it from compiling. */
type Compiled = CompiledQuery | ExecutionResult;

/** Compiles each operation once (Apollo reuses the document of a query it has seen). */
function compiledOperations(schema: GraphQLSchema) {
  const compiled = new WeakMap<DocumentNode, Map<string | null, Compiled>>();
  return (document: DocumentNode, operationName: string | null): Compiled =>
    kept(
      kept(compiled, document, () => new Map()),
      operationName,
      () => compileQuery(schema, document, operationName ?? undefined),
    );
}

/** Coerced variable values as a client would send them: enum names, serialised scalars. */
function asInput(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  coerced: Record<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!(name in coerced)) continue;
    // Validation has made sure the variable's type exists and is an input type.
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    const literal = astFromValue(coerced[name], type);
    input[name] = literal ? valueFromASTUntyped(literal) : null;
  }
  return input;
}

/**
 * graphql-jit's errors carry no `extensions` object where Apollo expects one; made again as
 * graphql-js's, with the resolver's original error (and so its code) and the locations kept.
 * An error of an operation's execution names the request it happened in (`formatError` quotes it
 * to the caller): Apollo formats errors without the context.
 */
export function compiledErrors(
  errors: readonly GraphQLError[],
  requestId?: string,
): GraphQLError[] {
  return errors.map((error) => {
    const made = new GraphQLError(error.message, {
      path: error.path,
      // An error on a path that no resolver threw is the executor's check of what a resolver
      // gave (a null for a required field): a failure of ours, masked like one (format-error.ts).
      originalError: error.originalError ?? (error.path ? new Error(error.message) : undefined),
      extensions: { ...error.extensions, ...(requestId ? { requestId } : {}) },
    });
    // graphql-jit gives locations without the nodes graphql-js would compute them from.
    return Object.assign(made, { locations: error.locations });
  });
}
