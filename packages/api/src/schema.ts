import 'reflect-metadata';
import { buildSchemaSync, type PubSub } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { assertEveryRootFieldHasAccessRule, authChecker } from './core/graphql/access';
import { renewLoadersAfterMutations } from './core/graphql/fresh-after-mutation';
import { resolveNodeTypesSynchronously } from './core/graphql/node';
import { NodeResolver } from './core/graphql/node.resolver';
import { AuditEventFieldsResolver } from './core/graphql/audit-event.resolver';
import { AuditEventType } from './core/graphql/audit-event.type';
import { resolvePlainFieldsByDefault } from './core/graphql/plain-fields';
import { refuseUnstorableArguments } from './core/graphql/storable-arguments';
import { applyOneOfInputs } from './core/graphql/one-of';
import { describeRootTypes } from './core/graphql/root-types';
import { RecordChangeResolver } from './core/graphql/record-change.resolver';
import { MODULE_RESOLVERS } from './modules';

/** For schemas that never deliver events (the SDL printer): type-graphql requires a pub/sub. */
const UNUSED_PUB_SUB = createPubSub();
const schemas = new WeakMap<PubSub, GraphQLSchema>();

/**
 * The API's GraphQL schema; needs no database. Refuses root fields without an access rule.
 * Subscriptions listen on `pubSub` (an app's `LiveEvents.pubSub`); without one the schema is the
 * same, its subscriptions just never receive anything. One schema is built per pub/sub, so two
 * apps in one process (tests) each deliver their own events.
 */
export function buildApiSchema(pubSub: PubSub = UNUSED_PUB_SUB): GraphQLSchema {
  let schema = schemas.get(pubSub);
  if (!schema) {
    resolvePlainFieldsByDefault();
    schema = buildSchemaSync({
      // The platform's resolvers (`node`, `nodes`, `recordChanged`) and every module's.
      resolvers: [
        NodeResolver,
        RecordChangeResolver,
        AuditEventFieldsResolver(AuditEventType),
        ...MODULE_RESOLVERS,
      ],
      authChecker,
      pubSub,
      validate: false,
    });
    assertEveryRootFieldHasAccessRule(schema);
    applyOneOfInputs(schema);
    describeRootTypes(schema);
    renewLoadersAfterMutations(schema);
    resolveNodeTypesSynchronously(schema);
    refuseUnstorableArguments(schema);
    schemas.set(pubSub, schema);
  }
  return schema;
}
