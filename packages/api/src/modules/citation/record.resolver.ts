import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type DataLoader from 'dataloader';
import { AuditEventConnection } from '../../core/graphql/audit-event.type';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import type { Context } from '../../core/context';
import { CitationType } from './citation.types';
import type { Citation } from './citation.store';

type CitationLoaderKey = {
  [K in keyof Context['loaders']]: Context['loaders'][K] extends DataLoader<string, Citation[]>
    ? K
    : never;
}[keyof Context['loaders']];

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
      @Ctx() { services }: Context,
    ) {
      return toConnection(await services.audit.history(typeName, record.id, page));
    }
  }
  return AuditedFieldsResolver;
}

/**
 * The fields every recorded fact has: `history` and `sources` (its citations, down to the
 * passage). A type's resolver extends `RecordResolver(Type, 'TypeName', 'typeCitations')`.
 */
export function RecordResolver(type: ClassType, typeName: string, citations: CitationLoaderKey) {
  @Resolver(() => type)
  abstract class RecordFieldsResolver extends AuditedResolver(type, typeName) {
    @FieldResolver(() => [CitationType], {
      description: 'The documents this record comes from, with the passages.',
    })
    sources(@Root() record: { id: string }, @Ctx() { loaders }: Context) {
      return loaders[citations].load(record.id);
    }
  }
  return RecordFieldsResolver;
}
