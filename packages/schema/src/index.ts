/**
 * The typed GraphQL documents both clients use. Each is a TypedDocumentNode: a client that runs
 * it gets its result and variables typed from the API's schema. Each document is a module of its
 * own and the package has no side effects, so a bundle keeps only the documents it uses, each in
 * the chunk that uses it.
 */
export type * from './generated/graphql';
export * from './generated/documents';
export * from './transfer';
