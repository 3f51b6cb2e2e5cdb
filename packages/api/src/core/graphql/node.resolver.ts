import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from './access';
import { loadNode, Node, nodeTypeOf } from './node';
import { fromGlobalId, toGlobalId } from '../relay/global-id';
import type { Context } from '../context';

async function loadGlobalId(globalId: string, context: Context): Promise<object | null> {
  const decoded = fromGlobalId(globalId);
  return decoded ? loadNode(context, decoded.type, decoded.id) : null;
}

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Refetches any object by its global ID.' })
  @Access(PUBLIC)
  node(@Arg('id', () => ID, { description: 'A global ID.' }) id: string, @Ctx() context: Context) {
    return loadGlobalId(id, context);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Refetches objects by their global IDs, in order; null where none exists.',
  })
  @Access(PUBLIC)
  nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs.' }) ids: string[],
    @Ctx() context: Context,
  ) {
    return Promise.all(ids.map((id) => loadGlobalId(id, context)));
  }

  @FieldResolver(() => ID)
  id(@Root() record: { id: string }) {
    return toGlobalId(nodeTypeOf(record), record.id);
  }
}
