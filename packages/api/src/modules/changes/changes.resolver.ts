import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AuditEventEntity } from '../../core/audit/audit-event.entity';
import { Access, PUBLIC } from '../../core/graphql/access';
import { toConnection } from '../../core/graphql/connection';
import { loadNode, Node } from '../../core/graphql/node';
import { argumentId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { ChangeConnection, ChangesArgs, ChangeType } from './changes.types';

@Resolver(() => ChangeType)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'What changed in the region since an instant, oldest first, from the audit log: for integrators that keep a copy in step. Page on with `after: pageInfo.endCursor`; a change never moves in this order, though one whose transaction was still open may appear behind a cursor already read.',
  })
  @Access(PUBLIC)
  async changes(@Args() args: ChangesArgs, @Ctx() { services, viewer }: Context) {
    const areaId = args.area ? argumentId(args.area, 'Area', 'area') : null;
    const page = await services.change.list(
      viewer,
      { since: args.since, recordTypes: args.types, areaId },
      { first: args.first, after: args.after },
    );
    return toConnection(page);
  }

  @FieldResolver(() => Node, { nullable: true })
  record(@Root() event: AuditEventEntity, @Ctx() context: Context) {
    return loadNode(context, event.recordType, event.recordId);
  }
}
