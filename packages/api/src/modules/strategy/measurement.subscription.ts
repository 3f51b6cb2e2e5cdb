import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { Change, changeFields, changesWithin, deliveryLoaders } from '../../core/graphql/change';
import type { RecordChangeEvent } from '../../core/pubsub/live-events';
import type { Context } from '../../context';
import type { Loaders } from '../../services';
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
    ...changesWithin<Args, Loaders>({
      recordType: 'Measurement',
      argument: 'indicator',
      parentType: 'Indicator',
      load: (loaders, id) => loaders.measurementById.load(id),
      parentProperty: 'indicatorId',
    }),
  })
  @Access(PUBLIC)
  async measurementChanged(
    @Root() event: RecordChangeEvent,
    @Arg('indicator', () => ID, { description: 'The indicator whose values to watch.' })
    _indicator: string,
    @Ctx() context: Context,
  ): Promise<MeasurementChangeType> {
    const loaders = deliveryLoaders(context, event);
    return {
      ...changeFields(event),
      measurement: await loaders.measurementById.load(event.recordId),
    };
  }
}
