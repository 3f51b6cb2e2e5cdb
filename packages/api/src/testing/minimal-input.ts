import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { toGlobalId } from '../core/relay/global-id';

/** Values GraphQL accepts for each scalar: what a variable of that type may be. */
const SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: toGlobalId('Actor', '00000000-0000-0000-0000-000000000000'),
  Int: 1,
  Float: 1,
  Boolean: false,
  LocalDate: '2024-01-01',
  DateTimeISO: '2024-01-01T00:00:00Z',
  JSONObject: {},
};

/**
 * The smallest value of `type` that passes GraphQL's own checks (required fields only; one field
 * of a @oneOf input): enough to reach the access check, which comes before any resolver.
 */
export function minimalValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return minimalValue(type.ofType);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    if (named.isOneOf) {
      const [first] = fields;
      return { [first.name]: minimalValue(first.type) };
    }
    return Object.fromEntries(
      fields
        .filter((field) => isNonNullType(field.type))
        .map((f) => [f.name, minimalValue(f.type)]),
    );
  }
  if (!(named.name in SCALARS)) throw new Error(`No sample value for the scalar ${named.name}`);
  return SCALARS[named.name];
}

/**
 * An operation calling the root field `field` of `operation` with minimal arguments as variables,
 * selecting `__typename` (or, for a list or scalar, the field itself).
 */
export function minimalOperation(
  operation: 'query' | 'mutation' | 'subscription',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((arg) => isNonNullType(arg.type));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = 'getFields' in named ? ' { __typename }' : '';
  return {
    query: `${operation}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, minimalValue(arg.type)])),
  };
}
