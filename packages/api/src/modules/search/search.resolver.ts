import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { loadNode } from '../../core/graphql/node';
import type { Context } from '../../context';
import { DEFAULT_SEARCH_HITS } from './search.service';
import type { SearchKind } from './searchable-kinds';
import { SearchCountType, SearchHitType, SearchKindEnum } from './search.types';

const QUERY = 'What the person typed.';
const KINDS = 'Only these kinds of record (default: every kind).';

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => [SearchHitType], {
    description:
      'Type-ahead search across every kind of record people look for (`SearchKind`): one list, best match first (see `SearchHit.rank`). Diacritics and case do not count ("lansstyrelsen"); every word counts as a prefix ("läns part" finds "Länspartnerskapet"), without its definite or plural ending ("forumet"), stemmed or as written (short names such as "MIUN", initials); from three letters a part of a compound in a name ("partnerskap"), from six a near miss ("lansstyrelsn"). Fewer than two letters find nothing. `searchCounts` counts the hits of each kind, for a page of all results with kind filters.',
  })
  @Access(PUBLIC)
  async search(
    @Arg('query', { description: QUERY }) query: string,
    @Arg('kinds', () => [SearchKindEnum], { nullable: true, description: KINDS })
    kinds: SearchKind[] | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SEARCH_HITS,
      description: 'How many hits at most (1 to 50).',
    })
    first: number | null,
    @Ctx() context: Context,
  ): Promise<SearchHitType[]> {
    const hits = await context.services.search.search(query, { kinds, first }, context.viewer);
    const nodes = await Promise.all(hits.map((hit) => loadNode(context, hit.nodeType, hit.id)));
    return hits.flatMap((hit, index) => {
      const node = nodes[index];
      return node ? [{ ...hit, node }] : [];
    });
  }

  @Query(() => [SearchCountType], {
    description:
      'How many records of each kind `search` finds for the same query, every kind asked for listed (those with none at 0) in a fixed order (actors, people, forums, areas, strategies …): for a page of all results with a filter per kind. One SQL statement.',
  })
  @Access(PUBLIC)
  searchCounts(
    @Arg('query', { description: QUERY }) query: string,
    @Arg('kinds', () => [SearchKindEnum], { nullable: true, description: KINDS })
    kinds: SearchKind[] | null,
    @Ctx() context: Context,
  ): Promise<SearchCountType[]> {
    return context.services.search.counts(query, kinds, context.viewer);
  }
}
