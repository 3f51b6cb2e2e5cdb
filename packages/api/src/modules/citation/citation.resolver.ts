import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { SourceType } from '../source';
import { CitationType } from './citation.types';
import type { Citation } from './citation.store';

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => SourceType, { description: 'The cited document.' })
  source(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    return loaders.sourceById.load(citation.sourceId);
  }
}
