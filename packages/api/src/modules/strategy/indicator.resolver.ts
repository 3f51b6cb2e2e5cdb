import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { FromArg, ToArg } from '../../core/graphql/valid-time';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import type { IndicatorEntity } from './indicator.entity';
import {
  IndicatorCreateInput,
  IndicatorPayload,
  IndicatorType,
  IndicatorUpdateInput,
} from './indicator.types';
import { MeasurementType } from './measurement.types';
import { ObjectiveType } from './objective.types';
import { indicatorCitations } from './indicator.service';

@Resolver(() => IndicatorType)
export class IndicatorResolver extends RecordResolver(
  IndicatorType,
  'Indicator',
  indicatorCitations,
) {
  @Mutation(() => IndicatorPayload, { description: 'Records an indicator of an objective.' })
  @Access('EDITOR')
  indicatorCreate(
    @Arg('input', { description: 'The new indicator.' }) input: IndicatorCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('indicator', async () => {
      const references = decodeInputIds((ids) => ({
        objectiveId: ids.one(input.objective, 'Objective', 'objective') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.indicator.create(caller, { ...input, ...references });
    });
  }

  @Mutation(() => IndicatorPayload, {
    description: 'Changes an indicator; pass the version you read.',
  })
  @Access('EDITOR')
  indicatorUpdate(
    @Arg('input', { description: 'The changes.' }) input: IndicatorUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('indicator', async () => {
      const { id, sources } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Indicator', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.indicator.update(caller, { ...input, id, sources });
    });
  }

  @FieldResolver(() => ObjectiveType, { description: 'The objective it follows up.' })
  objective(@Root() indicator: IndicatorEntity, @Ctx() { loaders }: Context) {
    return loaders.objectiveById.load(indicator.objectiveId);
  }

  @FieldResolver(() => [MeasurementType], {
    description: 'Its measured values over time, oldest first.',
  })
  measurements(
    @Root() indicator: IndicatorEntity,
    @FromArg('values') from: string | null,
    @ToArg('values') to: string | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .measurementsOfIndicator({ from: from ?? null, to: to ?? null })
      .load(indicator.id);
  }
}
