import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { SourceType } from '../source';
import { CitationType, TextPassageType } from './citation.types';
import type { Citation } from './citation.store';
import { findQuote } from './passage';

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => SourceType, { description: 'The cited document.' })
  source(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    return loaders.sourceById.load(citation.sourceId);
  }

  @FieldResolver(() => TextPassageType, {
    nullable: true,
    description:
      "Where the quotation stands in the source's `text`, to open the document at it; null without a quotation, a text, or when the text no longer holds it.",
  })
  async passage(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    if (!citation.quote) return null;
    const source = await loaders.sourceById.load(citation.sourceId);
    return source?.text ? findQuote(source.text, citation.quote) : null;
  }
}
