import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { AuditedResolver } from '../../core/graphql/audited.resolver';
import { SourceType } from '../source';
import { IndicatorType } from './indicator.types';
import type { MeasurementEntity } from './measurement.entity';
import {
  MeasurementCreateInput,
  MeasurementPayload,
  MeasurementType,
  MeasurementUpdateInput,
} from './measurement.types';

@Resolver(() => MeasurementType)
export class MeasurementResolver extends AuditedResolver(MeasurementType, 'Measurement') {
  @Mutation(() => MeasurementPayload, { description: 'Records a value of an indicator.' })
  @Access('EDITOR')
  measurementCreate(
    @Arg('input', { description: 'The new value.' }) input: MeasurementCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('measurement', async () => {
      const references = decodeInputIds((ids) => ({
        indicatorId: ids.one(input.indicator, 'Indicator', 'indicator') ?? '',
        sourceId: ids.optional(input.source, 'Source', 'source'),
      }));
      return services.measurement.create(caller, { ...input, ...references });
    });
  }

  @Mutation(() => MeasurementPayload, {
    description: 'Changes a measurement; pass the version you read.',
  })
  @Access('EDITOR')
  measurementUpdate(
    @Arg('input', { description: 'The changes.' }) input: MeasurementUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('measurement', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Measurement', 'id') ?? '',
        sourceId: ids.optional(input.source, 'Source', 'source'),
      }));
      return services.measurement.update(caller, { ...input, ...references });
    });
  }

  @FieldResolver(() => IndicatorType, { description: 'The indicator measured.' })
  indicator(@Root() measurement: MeasurementEntity, @Ctx() { loaders }: Context) {
    return loaders.indicatorById.load(measurement.indicatorId);
  }

  @FieldResolver(() => SourceType, {
    nullable: true,
    description: 'The document the figure comes from.',
  })
  source(@Root() measurement: MeasurementEntity, @Ctx() { loaders }: Context) {
    return measurement.sourceId ? loaders.sourceById.load(measurement.sourceId) : null;
  }
}
