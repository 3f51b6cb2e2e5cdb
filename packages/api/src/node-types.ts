import { registerNodeType } from './core/graphql/node';
import { ActorEntity } from './modules/actor/actor.entity';
import { AreaEntity } from './modules/area/area.entity';
import { SourceEntity } from './modules/source/source.entity';

/** The types `node(id:)` can refetch, and how to tell their records apart. */
registerNodeType({ name: 'Area', entity: AreaEntity, loader: (c) => c.loaders.areaById });
registerNodeType({ name: 'Source', entity: SourceEntity, loader: (c) => c.loaders.sourceById });
registerNodeType({ name: 'Actor', entity: ActorEntity, loader: (c) => c.loaders.actorById });
