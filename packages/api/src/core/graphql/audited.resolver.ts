import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { historyLoaders } from '../audit/history.loaders';
import type { LoadersOf } from '../db/loaders';
import type { Context } from '../context';
import { AuditEventConnection } from './audit-event.type';
import { PageArgs, toConnection } from './connection';

type HistoryContext = Context<unknown, LoadersOf<ReturnType<typeof historyLoaders>>>;

/** `history` (the audit trail) for a type's resolver: `extends AuditedResolver(Type, 'Name')`. */
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
  }
  return AuditedFieldsResolver;
}
