import { defineModule } from '../../core/module';
import { MapChangeResolver, MapEdgeResolver, MapNodeResolver, MapResolver } from './map.resolver';
import { MapService } from './map.service';
import { MapEdges1763900900000 } from './migrations/1763900900000-MapEdges';
import { KnownAt1763901050000 } from './migrations/1763901050000-KnownAt';
import { MapWalkIndexes1763901200000 } from './migrations/1763901200000-MapWalkIndexes';
import { TimedEdges1763901900000 } from './migrations/1763901900000-TimedEdges';
import { RepresentativePeriods1763902200000 } from './migrations/1763902200000-RepresentativePeriods';
import { SuccessionEdges1763903900000 } from './migrations/1763903900000-SuccessionEdges';
import { AreaEdges1763904050000 } from './migrations/1763904050000-AreaEdges';
import { AttributeEdges1763904200000 } from './migrations/1763904200000-AttributeEdges';

/** The who-does-what map: the graph on a day, its changes between days, its timeline. */
export const mapModule = defineModule({
  name: 'map',
  migrations: [
    MapEdges1763900900000,
    KnownAt1763901050000,
    MapWalkIndexes1763901200000,
    TimedEdges1763901900000,
    RepresentativePeriods1763902200000,
    SuccessionEdges1763903900000,
    AreaEdges1763904050000,
    AttributeEdges1763904200000,
  ],
  services: ({ dataSource }) => ({ map: new MapService(dataSource) }),
  resolvers: [MapResolver, MapNodeResolver, MapEdgeResolver, MapChangeResolver],
});
