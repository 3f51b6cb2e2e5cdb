import type { GraphQLSchema } from 'graphql';

/** The root types' descriptions, which type-graphql has no place for. */
export function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = 'What can be read: public data, to anyone.';
  if (mutation) {
    mutation.description =
      'What can be changed, by a token with the role each field names; every change is validated, versioned and audited, and refused input comes back as `userErrors`.';
  }
  if (subscription) {
    subscription.description =
      'What can be followed live over WebSocket (graphql-ws): changes, told once committed.';
  }
}
