import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type DataLoader from 'dataloader';
import { AuditedResolver } from '../../core/graphql/audited.resolver';
import type { Context } from '../../context';
import { CitationType } from './citation.types';
import type { Citation, CitationStore } from './citation.store';

/**
 * The request's loader of citations, as this module declares it. Named here rather than taken
 * from the composed `Loaders`, which would make each module's resolvers depend on every module's
 * types, which TypeScript cannot resolve while it composes them.
 */
type CitationLoaders = { citations: DataLoader<string, Citation[]> };

/**
 * The fields every recorded fact has: `history` and `sources` (its citations, down to the
 * passage). A type's resolver extends `RecordResolver(Type, 'TypeName', typeCitations)`, the last
 * its `CitationStore`.
 */
export function RecordResolver(type: ClassType, typeName: string, citations: CitationStore) {
  citations.recordType = typeName;
  @Resolver(() => type)
  abstract class RecordFieldsResolver extends AuditedResolver(type, typeName) {
    @FieldResolver(() => [CitationType], {
      description: 'The documents this record comes from, with the passages.',
    })
    sources(@Root() record: { id: string }, @Ctx() { loaders }: Context) {
      return (loaders as unknown as CitationLoaders).citations.load(citations.keyOf(record.id));
    }
  }
  return RecordFieldsResolver;
}
