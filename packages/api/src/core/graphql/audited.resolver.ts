import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { historyLoaders } from '../audit/history.loaders';
import { mayChangeRecords, type writableLoaders } from '../auth/writable';
import type { LoadersOf } from '../db/loaders';
import type { Context } from '../context';
import { AuditEventConnection } from './audit-event.type';
import { PageArgs, toConnection } from './connection';

type HistoryContext = Context<
  unknown,
  LoadersOf<ReturnType<typeof historyLoaders> & ReturnType<typeof writableLoaders>>
>;

/**
 * `history` (the audit trail) and `viewerCanUpdate` for a type's resolver:
 * `extends AuditedResolver(Type, 'Name')`.
 */
export function AuditedResolver(type: ClassType, typeName: string) {
  @Resolver(() => type)
  abstract class AuditedFieldsResolver {
    @FieldResolver(() => AuditEventConnection, {
      description: 'Changes to this record, newest first.',
    })
    async history(
      @Root() record: { id: string },
      @Args() page: PageArgs,
      @Ctx() { loaders }: HistoryContext,
    ) {
      // Spread: the family tells pages apart by their arguments, not by the args object.
      return toConnection(await loaders.history({ ...page }).load(`${typeName}:${record.id}`));
    }

    @FieldResolver(() => Boolean, {
      description:
        'Whether the viewer may change this record: update, end, retract, archive, restore or ' +
        'merge it (as the mutations decide: an editor within the areas the record belongs to, ' +
        'or an admin). False for anonymous callers and readers.',
    })
    viewerCanUpdate(@Root() record: { id: string }, @Ctx() { viewer, loaders }: HistoryContext) {
      // Asked of every record on a page: no load for those who may change none.
      if (!mayChangeRecords(viewer)) return false;
      return loaders.writable.load({ viewer, type: typeName, id: record.id });
    }
  }
  return AuditedFieldsResolver;
}
