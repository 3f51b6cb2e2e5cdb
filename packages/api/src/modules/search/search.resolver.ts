import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { loadNode } from '../../core/graphql/node';
import type { Context } from '../../context';
import { DEFAULT_SEARCH_HITS } from './search.service';
import type { SearchKind } from './searchable-kinds';
import { SearchHitType, SearchKindEnum } from './search.types';

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => [SearchHitType], {
    description:
      'Type-ahead search across actors, people, forums, strategies, objectives, topics and meetings: one list, best match first. Every word counts as a prefix ("läns part" finds "Länspartnerskapet"), stemmed or as written (short names such as "MIUN"); fewer than two letters find nothing.',
  })
  @Access(PUBLIC)
  async search(
    @Arg('query', { description: 'What the person typed.' }) query: string,
    @Arg('kinds', () => [SearchKindEnum], {
      nullable: true,
      description: 'Only these kinds of record (default: every kind).',
    })
    kinds: SearchKind[] | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SEARCH_HITS,
      description: 'How many hits at most (1 to 50).',
    })
    first: number | null,
    @Ctx() context: Context,
  ): Promise<SearchHitType[]> {
    const hits = await context.services.search.search(query, { kinds, first });
    const nodes = await Promise.all(
      hits.map((hit) => loadNode(context.loaders, hit.nodeType, hit.id)),
    );
    return hits.flatMap((hit, index) => {
      const node = nodes[index];
      return node ? [{ ...hit, node }] : [];
    });
  }
}
