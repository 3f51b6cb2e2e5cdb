import { RetractResolver } from '../../core/graphql/retract';
import { defineModule } from '../../core/module';
import { ActorStrategiesResolver } from './actor.fields';
import { AreaStrategiesResolver } from './area.fields';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';
import { MeasurementEntity } from './measurement.entity';
import { MeasurementResolver } from './measurement.resolver';
import { MeasurementService } from './measurement.service';
import { MeasurementSubscriptionResolver } from './measurement.subscription';
import { Strategies1763900100000 } from './migrations/1763900100000-Strategies';
import { ObjectiveEntity } from './objective.entity';
import { ObjectiveResolver } from './objective.resolver';
import { ObjectiveService } from './objective.service';
import { StrategyEntity } from './strategy.entity';
import { StrategyResolver } from './strategy.resolver';
import { StrategyService } from './strategy.service';
import { StrategyTreeService } from './strategy-tree.service';
import { StrategyBulkResolver } from './strategy.bulk';

/** Strategies with their objectives, indicators and measurements. */
export const strategyModule = defineModule({
  name: 'strategy',
  entities: [StrategyEntity, ObjectiveEntity, IndicatorEntity, MeasurementEntity],
  migrations: [Strategies1763900100000],
  services: ({ dataSource, audit }) => {
    const services = {
      strategy: new StrategyService(dataSource, audit),
      objective: new ObjectiveService(dataSource, audit),
      indicator: new IndicatorService(dataSource, audit),
      measurement: new MeasurementService(dataSource, audit),
    };
    return { ...services, strategyTree: new StrategyTreeService(services) };
  },
  loaders: ({ strategy, objective, indicator, measurement }) => ({
    ...strategy.loaders(),
    ...objective.loaders(),
    ...indicator.loaders(),
    ...measurement.loaders(),
  }),
  nodeTypes: [
    ['Strategy', StrategyEntity, (loaders) => loaders.strategyById],
    ['Objective', ObjectiveEntity, (loaders) => loaders.objectiveById],
    ['Indicator', IndicatorEntity, (loaders) => loaders.indicatorById],
    ['Measurement', MeasurementEntity, (loaders) => loaders.measurementById],
  ],
  resolvers: [
    RetractResolver('Measurement', 'measurement', 'measurement'),
    StrategyResolver,
    StrategyBulkResolver,
    ObjectiveResolver,
    IndicatorResolver,
    MeasurementResolver,
    MeasurementSubscriptionResolver,
    ActorStrategiesResolver,
    AreaStrategiesResolver,
  ],
});

// What other modules use of this one.
export type { ObjectiveEntity } from './objective.entity';
export { objectiveCitations } from './objective.service';
export type { ObjectiveService } from './objective.service';
export { ObjectiveType } from './objective.types';
export { STRATEGY_TIMED_FIELDS, StrategyEntity } from './strategy.entity';
export type { StrategyKind, StrategyStatus } from './strategy.entity';
export { strategyCitations } from './strategy.service';
export { StrategyKindEnum, StrategyType } from './strategy.types';
