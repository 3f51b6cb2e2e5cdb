import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AuditEventEntity } from '../../core/audit/audit-event.entity';
import { InvalidArgument } from '../../core/errors';
import { Access, PUBLIC } from '../../core/graphql/access';
import { toConnection } from '../../core/graphql/connection';
import { isNodeType, loadNode, Node } from '../../core/graphql/node';
import { argumentId, toGlobalId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { ChangeConnection, ChangesArgs, ChangeType } from './changes.types';

@Resolver(() => ChangeType)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'What changed in the region since an instant, oldest first, from the audit log: for integrators that keep a copy in step. Page on with `after: pageInfo.endCursor`; a change never moves in this order, though one whose transaction was still open may appear behind a cursor already read.',
  })
  @Access(PUBLIC)
  async changes(@Args() args: ChangesArgs, @Ctx() { services }: Context) {
    const unknown = (args.types ?? []).filter((type) => !isNodeType(type));
    if (unknown.length > 0) {
      throw new InvalidArgument(
        'types',
        `"types" names record types such as "Actor" or "Forum"; no record type is called ${unknown
          .map((type) => `"${type}"`)
          .join(', ')}.`,
      );
    }
    const areaId = args.area ? argumentId(args.area, 'Area', 'area') : null;
    const page = await services.change.list(
      { since: args.since, recordTypes: args.types, areaId },
      { first: args.first, after: args.after },
    );
    return toConnection(page);
  }

  @FieldResolver(() => ID)
  recordId(@Root() event: AuditEventEntity) {
    return toGlobalId(event.recordType, event.recordId);
  }

  @FieldResolver(() => Node, { nullable: true })
  record(@Root() event: AuditEventEntity, @Ctx() context: Context) {
    return loadNode(context.loaders, event.recordType, event.recordId);
  }
}
