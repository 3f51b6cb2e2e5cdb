import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { Directive } from 'type-graphql';

/**
 * Marks an input type `@oneOf`: a caller gives exactly one of its fields, and GraphQL itself
 * refuses anything else before a resolver runs. (type-graphql 2.0.0-rc.4 has no option for it:
 * the class carries the directive, and `applyOneOfInputs` sets what graphql-js checks.)
 */
export const OneOf = (): ClassDecorator => Directive('@oneOf');

/** Sets `isOneOf` on every input type whose class is marked `@OneOf()`. */
export function applyOneOfInputs(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    if (type.astNode?.directives?.some((directive) => directive.name.value === 'oneOf')) {
      type.isOneOf = true;
    }
  }
}
