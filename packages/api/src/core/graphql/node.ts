import { Field, GraphQLISODateTime, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type DataLoader from 'dataloader';
import type { Context } from '../context';

/**
 * The Relay `Node` interface. Each node type registers how to tell its records apart and how to
 * load them; `node(id:)`, `nodes(ids:)` and the `id` field all go through this registry.
 */
interface NodeTypeRegistration {
  name: string;
  entity: abstract new (...args: never[]) => object;
  loader: (context: Context) => DataLoader<string, object | null>;
}

const registry = new Map<string, NodeTypeRegistration>();

export function registerNodeType(registration: NodeTypeRegistration): void {
  registry.set(registration.name, registration);
}

export function nodeTypeOf(value: object): string {
  for (const registration of registry.values()) {
    if (value instanceof registration.entity) return registration.name;
  }
  throw new Error(`No node type is registered for ${value.constructor.name}`);
}

export function nodeRegistration(typeName: string): NodeTypeRegistration | undefined {
  return registry.get(typeName);
}

/** A record of a node type by its database id, through the request's loader; null if none. */
export async function loadNodeOfType(
  context: Context,
  typeName: string,
  id: string,
): Promise<object | null> {
  const registration = registry.get(typeName);
  return registration ? registration.loader(context).load(id) : null;
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
