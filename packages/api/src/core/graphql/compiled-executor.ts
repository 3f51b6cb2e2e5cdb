import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import type { Context } from '../context';
import { kept } from '../kept';

/**
 * Executes operations with graphql-jit: each document is compiled once into a function that
 * resolves its fields and completes its values without graphql-js's generic walk, which took a
 * third of the CPU of a large answer (a county's map, a strategy page). Apollo still parses,
 * validates and caches documents, and hands execution over through its gateway interface, the
 * one place it takes another executor.
 *
 * Variables are coerced by graphql-js first: graphql-jit leaves out input fields' defaults,
 * does not know `@oneOf`, and words its errors differently. What graphql-js accepts is given to
 * the compiled query as plain input again (defaults filled in).
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayInterface {
  const compile = compiledOperations(schema);
  return {
    async load() {
      return {
        executor: async ({ document, operationName, operation, request, context }) => {
          const variables = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (variables.errors) return { errors: variables.errors };
          const query = compile(document, operationName);
          if (!isCompiledQuery(query)) {
            return { errors: (query.errors ?? []).map((error) => asGraphQLError(error)) };
          }
          const result = await query.query(
            undefined,
            context,
            asInput(schema, operation, variables.coerced),
          );
          if (!result.errors) return result;
          const { requestId } = context as Partial<Context>;
          return {
            ...result,
            errors: result.errors.map((error) => asGraphQLError(error, requestId)),
          };
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
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
function asGraphQLError(error: GraphQLError, requestId?: string): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    // An error on a path that no resolver threw is the executor's check of what a resolver gave
    // (a null for a required field): a failure of ours, masked like one (format-error.ts).
    originalError: error.originalError ?? (error.path ? new Error(error.message) : undefined),
    extensions: { ...error.extensions, ...(requestId ? { requestId } : {}) },
  });
  // graphql-jit gives locations without the nodes graphql-js would compute them from.
  return Object.assign(made, { locations: error.locations });
}
