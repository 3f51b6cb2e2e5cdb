import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loadNode } from '../../core/graphql/node';
import type { Context } from '../../context';
import { SourceType, type SourceEntity } from '../source';
import { SourceCitationType } from './citation.types';
import { inTextOrder } from './citing';

@Resolver(() => SourceType)
export class SourceCitationsResolver {
  @FieldResolver(() => [SourceCitationType], {
    description:
      'The records that cite this document, each citation with its quotation, section and passage, in the order the passages stand in the text (those without a passage last). Only records the caller may read.',
  })
  async citedBy(@Root() source: SourceEntity, @Ctx() context: Context) {
    const citing = await context.loaders.citingRecords.load(source.id);
    const withRecords = await Promise.all(
      citing.map(async (c) => ({
        ...c,
        record: await loadNode(context, c.recordType, c.recordId),
      })),
    );
    return inTextOrder(
      source.text,
      withRecords.filter((c) => c.record !== null),
    );
  }
}
