import { getMetadataStorage } from 'type-graphql';

/**
 * Fields that only read a property of their object (no resolver method, middleware or access
 * rule, the same name in the schema) resolve as GraphQL's default does. type-graphql otherwise
 * gives each such field a resolver of its own that builds a context object and runs an empty
 * middleware chain for every value, and graphql-jit reads a field without a resolver inline: on a
 * page of a few thousand values that wrapping cost more than the reading.
 */
export function resolvePlainFieldsByDefault(): void {
  for (const field of getMetadataStorage().fields) {
    const plain = !field.middlewares?.length && !field.roles && field.name === field.schemaName;
    if (plain && field.simple === undefined) field.simple = true;
  }
}
