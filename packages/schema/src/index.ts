/**
 * The typed GraphQL documents both clients use. Each is a TypedDocumentNode: a client that runs
 * it gets its result and variables typed from the API's schema.
 */
export * from './generated/graphql';
export * from './transfer';
