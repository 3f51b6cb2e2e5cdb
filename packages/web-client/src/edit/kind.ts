import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { UserErrorFieldsFragment } from '@samverkan/schema';
import { request } from '../graphql';
import { valuesOf, type FieldSpec, type Values } from './fields';

/** What a write answered: its user errors, and the record's address parts when it was made. */
export interface Written {
  errors: UserErrorFieldsFragment[];
  record: { slug?: string } | null;
}

/** A record as a form starts from it: its version and its values. */
export interface Loaded {
  version: number;
  values: Values;
}

/**
 * How a kind of record is edited: its form's fields, how the form reads the record afresh, and
 * the create and update mutations (given the API's input).
 */
export interface EditKind {
  typename: string;
  fields: readonly FieldSpec[];
  /**
   * What a new one takes from the page it is added on (a membership's forum, a position's
   * person), asked for where it is made from elsewhere: a passage of a source document.
   */
  given?: readonly FieldSpec[];
  load: (id: string) => Promise<Loaded | null>;
  create: (input: Record<string, unknown>) => Promise<Written>;
  update: (input: { id: string; version: number } & Record<string, unknown>) => Promise<Written>;
}

/** A mutation of one input whose answer is one payload (`{ actorCreate: { actor, userErrors } }`). */
type Write = TypedDocumentNode<object, { input: never }>;

/** The payload's user errors and the record it names (its `slug` the page's address). */
function written(answer: object): Written {
  const payload = Object.values(answer)[0] as { userErrors: UserErrorFieldsFragment[] };
  const record = Object.entries(payload).find(([key]) => key !== 'userErrors')?.[1];
  return { errors: payload.userErrors, record: (record as Written['record']) ?? null };
}

/**
 * A kind of record edited through its form: `edit` reads it by `node(id:)` (null when it is gone
 * or of another type), `create` and `update` write it.
 */
export function editKind(
  typename: string,
  fields: readonly FieldSpec[],
  documents: {
    edit: TypedDocumentNode<{ node: { __typename: string } | null }, { id: string }>;
    create: Write;
    update: Write;
  },
): EditKind {
  return {
    typename,
    fields,
    load: async (id) => {
      const { node } = await request(documents.edit, { id });
      if (node?.__typename !== typename) return null;
      const record = node as unknown as Record<string, unknown> & { version: number };
      return { version: record.version, values: valuesOf(fields, record) };
    },
    create: async (input) => written(await request(documents.create, { input: input as never })),
    update: async (input) => written(await request(documents.update, { input: input as never })),
  };
}

/** A change of a record that is not an edit (end, retract, a status): its user errors. */
export async function changeOf(document: Write, input: object) {
  return written(await request(document, { input: input as never })).errors;
}
