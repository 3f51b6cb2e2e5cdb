import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';

/**
 * After each mutation the request's loaders start afresh, so neither its payload nor a later
 * field of the same request shows a value a loader cached before the write. Mutations of one
 * request run one after another, each with its payload, so this covers every later read.
 */
export function renewLoadersAfterMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: Context, info) => {
      const result: unknown = await resolve(source, args, context, info);
      context.loaders = context.newLoaders();
      return result;
    };
  }
}
