import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from './access';
import { loadNode, Node, nodeTypeOf } from './node';
import { fromGlobalId, toGlobalId } from '../relay/global-id';
import type { Context } from '../context';

/** What a module offers that the node lookup uses: where merged duplicates lead (modules/merge). */
type NodeContext = Context<unknown, { mergedInto: { load(id: string): Promise<string | null> } }>;

/** The object a global ID names; the id of a duplicate merged into another leads to that one. */
async function loadGlobalId(globalId: string, context: NodeContext): Promise<object | null> {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return null;
  const found = await loadNode(context, decoded.type, decoded.id);
  if (found) return found;
  const into = await context.loaders.mergedInto.load(decoded.id);
  return into ? loadNode(context, decoded.type, into) : null;
}

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Refetches any object by its global ID.' })
  @Access(PUBLIC)
  node(@Arg('id', () => ID, { description: 'A global ID.' }) id: string, @Ctx() context: Context) {
    return loadGlobalId(id, context as NodeContext);
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
    return Promise.all(ids.map((id) => loadGlobalId(id, context as NodeContext)));
  }

  @FieldResolver(() => ID)
  id(@Root() record: { id: string }) {
    return toGlobalId(nodeTypeOf(record), record.id);
  }
}
