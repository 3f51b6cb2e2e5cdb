import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type DataLoader from 'dataloader';
import { AuditedResolver } from '../../core/graphql/audited.resolver';
import type { Context } from '../../context';
import { CitationType } from './citation.types';
import type { Citation } from './citation.store';

/**
 * The name of the request's loader of a type's citations (`actorCitations`). Only its form is
 * typed: a type from the composed `Loaders` would make each module's resolvers depend on every
 * module's types, which TypeScript cannot resolve while it composes them.
 */
type CitationLoaderName = `${string}Citations`;

/**
 * The fields every recorded fact has: `history` and `sources` (its citations, down to the
 * passage). A type's resolver extends `RecordResolver(Type, 'TypeName', 'typeCitations')`.
 */
export function RecordResolver(type: ClassType, typeName: string, citations: CitationLoaderName) {
  @Resolver(() => type)
  abstract class RecordFieldsResolver extends AuditedResolver(type, typeName) {
    @FieldResolver(() => [CitationType], {
      description: 'The documents this record comes from, with the passages.',
    })
    sources(@Root() record: { id: string }, @Ctx() { loaders }: Context) {
      const loader = (loaders as unknown as Record<string, DataLoader<string, Citation[]>>)[
        citations
      ];
      return loader.load(record.id);
    }
  }
  return RecordFieldsResolver;
}
