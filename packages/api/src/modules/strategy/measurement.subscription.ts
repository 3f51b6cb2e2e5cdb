import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import {
  Change,
  changeFields,
  deliveryLoaders,
  filterLoaders,
  type ChangeFilterData,
} from '../../core/graphql/change';
import { RECORD_CHANGED, type RecordChangeEvent } from '../../core/pubsub/live-events';
import { argumentId } from '../../core/relay/global-id';
import type { Context } from '../../core/context';
import type { MeasurementEntity } from './measurement.entity';
import { MeasurementType } from './measurement.types';

@ObjectType('MeasurementChange', {
  description: "An indicator's value was recorded or changed.",
})
export class MeasurementChangeType extends Change {
  @Field(() => MeasurementType, {
    nullable: true,
    description: 'The measurement as it is now, after the change.',
  })
  measurement: MeasurementEntity | null;
}

type Args = { indicator: string };

/**
 * A new value has an id nobody watches yet, so `recordChanged` cannot tell it; this tells the
 * values of one indicator, as `forumMembershipChanged` tells the members of one forum.
 */
@Resolver()
export class MeasurementSubscriptionResolver {
  @Subscription(() => MeasurementChangeType, {
    description:
      "Changes to an indicator's values (recorded or changed), told once committed. Public " +
      'data: anyone may subscribe.',
    topics: ({ args }) => {
      argumentId((args as Args).indicator, 'Indicator', 'indicator');
      return RECORD_CHANGED;
    },
    filter: async ({ payload, args, context }: ChangeFilterData<Args>) => {
      if (payload.recordType !== 'Measurement') return false;
      const indicatorId = argumentId(args.indicator, 'Indicator', 'indicator');
      const measurement = await filterLoaders(context).measurementById.load(payload.recordId);
      return measurement?.indicatorId === indicatorId;
    },
  })
  @Access(PUBLIC)
  async measurementChanged(
    @Root() event: RecordChangeEvent,
    @Arg('indicator', () => ID, { description: 'The indicator whose values to watch.' })
    _indicator: string,
    @Ctx() context: Context,
  ): Promise<MeasurementChangeType> {
    const loaders = deliveryLoaders(context);
    return {
      ...changeFields(event),
      measurement: await loaders.measurementById.load(event.recordId),
    };
  }
}
