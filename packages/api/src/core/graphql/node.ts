import { hasRole, type Role, type Viewer } from '../auth/roles';
import { withheldFrom } from '../auth/publication';
import { kept } from '../kept';
import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  InterfaceType,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import type DataLoader from 'dataloader';
import { type GraphQLSchema, isAbstractType } from 'graphql';

/**
 * The Relay `Node` interface. Each node type registers how to tell its records apart and which of
 * a request's loaders loads them by id; `node(id:)`, `nodes(ids:)` and the `id` field all go
 * through this registry. The composition root registers the types the modules declare.
 */
interface NodeTypeRegistration {
  entity: abstract new (...args: never[]) => object;
  /** Picks the request's loader that loads a record by id. */
  loader: (loaders: never) => DataLoader<string, object | null>;
  /** A record of the register (audited, a `RecordType`), or an object of the API's own. */
  record: boolean;
  /** The role a caller needs to refetch one; none: as the record's own rules say. */
  role: Role | null;
}

/**
 * How a node type differs from a record of the register: `record: false` for the API's own
 * objects (a webhook), which the audit log does not record and `RecordType` does not list;
 * `role` for those only callers of that role may refetch (`node(id:)` answers null to others).
 */
export interface NodeTypeOptions {
  record?: boolean;
  role?: Role;
}

const registry = new Map<string, NodeTypeRegistration>();

/**
 * The node types as a GraphQL enum, `FORUM_MEMBERSHIP` for "ForumMembership" (as the audit log
 * and `node` name them): the enum's values are read when the schema is built, after every module
 * has registered its types.
 */
export const RecordTypeEnum: Record<string, string> = {};
const recordTypeDescriptions: Record<string, { description: string }> = {};
registerEnumType(RecordTypeEnum, {
  name: 'RecordType',
  description: 'A type of record: the types `node(id:)` refetches and the audit log records.',
  valuesConfig: recordTypeDescriptions,
});

export function registerNodeType(
  name: string,
  entity: NodeTypeRegistration['entity'],
  loader: NodeTypeRegistration['loader'],
  options: NodeTypeOptions = {},
): void {
  const record = options.record ?? true;
  registry.set(name, { entity, loader, record, role: options.role ?? null });
  if (!record) return;
  const value = name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
  RecordTypeEnum[value] = name;
  recordTypeDescriptions[value] = { description: `Records of the type ${name}.` };
}

/** Every registered record type: its GraphQL name and its entity. */
export function registeredNodeTypes(): [name: string, entity: NodeTypeRegistration['entity']][] {
  return [...registry].flatMap(([name, { entity, record }]) => (record ? [[name, entity]] : []));
}

/** The node type of each class met so far: `nodeTypeOf` runs for every id and abstract value. */
const typeOfClass = new Map<unknown, string>();

export function nodeTypeOf(value: object): string {
  return kept(typeOfClass, value.constructor, () => {
    for (const [name, registration] of registry) {
      if (value instanceof registration.entity) return name;
    }
    throw new Error(`No node type is registered for ${value.constructor.name}`);
  });
}

/** Whether `typeName` is a type of record of the register (not an object of the API's own). */
export function isRecordType(typeName: string): boolean {
  return registry.get(typeName)?.record ?? false;
}

/**
 * Every abstract type of the schema (`Node` and the unions of node types) tells a value's type by
 * `nodeTypeOf`, which answers at once. type-graphql wraps each `resolveType` in an async function;
 * this puts the plain one back, so no promise is made per value and graphql-jit (which cannot
 * await a type) can compile the schema's operations. Fails on an abstract type of another kind.
 */
export function resolveNodeTypesSynchronously(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const unknown = schema.getPossibleTypes(type).filter(({ name }) => !registry.has(name));
    if (unknown.length)
      throw new Error(`${type.name} has types that are not node types: ${unknown.join(', ')}`);
    type.resolveType = (value: object) => nodeTypeOf(value);
  }
}

/**
 * A record of a node type by its database id, through the request's loaders; null if none, for
 * a caller without the type's role (`NodeTypeOptions.role`), and for an anonymous caller also
 * when the record is withheld from them (`withheldFrom`).
 */
export async function loadNode(
  { loaders, viewer }: { loaders: unknown; viewer: Viewer | null },
  typeName: string,
  id: string,
): Promise<object | null> {
  const registration = registry.get(typeName);
  if (!registration) return null;
  if (registration.role && !(viewer && hasRole(viewer.role, registration.role))) return null;
  const record = await registration.loader(loaders as never).load(id);
  return withheldFrom(viewer, record) ? null : record;
}

@InterfaceType('Node', {
  description: 'An object with a globally unique ID, refetchable with `node(id:)`.',
  resolveType: (value: object) => nodeTypeOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'The globally unique, opaque ID of this object.' })
  id: string;
}

/** The fields every record type has besides its id. */
@ObjectType()
export abstract class RecordNode extends Node {
  @Field(() => Int, { description: 'Increases with every change; pass it back to update.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the record last changed.' })
  updatedAt: Date;
}
