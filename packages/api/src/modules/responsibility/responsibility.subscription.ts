import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  ObjectType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import {
  Change,
  changeFields,
  deliveryLoaders,
  changedRecord,
  filterLoaders,
  type ChangeFilterData,
} from '../../core/graphql/change';
import { RECORD_CHANGED, type RecordChangeEvent } from '../../core/pubsub/live-events';
import { argumentId, argumentOneOf } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { Loaders } from '../../services';
import {
  RESPONSIBILITY_SUBJECT,
  subjectOf,
  type ResponsibilityEntity,
  type ResponsibilityRole,
  type SubjectKind,
} from './responsibility.entity';
import { ResponsibilityRoleEnum, ResponsibilityType } from './responsibility.types';

@InputType('ResponsibilityChangeFilter', {
  description: 'Which responsibilities to hear about: every field given must match.',
})
export class ResponsibilityChangeFilter {
  @Field(() => ID, { nullable: true, description: 'Only those this actor holds.' })
  actor?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only those for this subject: a Strategy, Objective, Forum, Area or Topic.',
  })
  subject?: string | null;

  @Field(() => ResponsibilityRoleEnum, { nullable: true, description: 'Only this role.' })
  role?: ResponsibilityRole | null;
}

@ObjectType('ResponsibilityChange', {
  description: 'A responsibility was recorded, changed or ended.',
})
export class ResponsibilityChangeType extends Change {
  @Field(() => ResponsibilityType, {
    nullable: true,
    description: 'The responsibility as it is now, after the change.',
  })
  responsibility: ResponsibilityEntity | null;
}

interface Wanted {
  actorId: string | null;
  subject: { kind: SubjectKind; id: string } | null;
  role: ResponsibilityRole | null;
}

/** The filter's IDs decoded; a malformed one is a BAD_USER_INPUT error when subscribing. */
function wanted(filter: ResponsibilityChangeFilter | null | undefined): Wanted {
  const actorId = filter?.actor ? argumentId(filter.actor, 'Actor', 'filter.actor') : null;
  const subject = filter?.subject
    ? argumentOneOf(filter.subject, RESPONSIBILITY_SUBJECT.kinds, 'filter.subject')
    : null;
  return { actorId, subject, role: filter?.role ?? null };
}

/** Whether the responsibility, as it is after the change, is one the filter asks for. */
export function matchesFilter(responsibility: ResponsibilityEntity, filter: Wanted): boolean {
  if (filter.actorId && responsibility.actorId !== filter.actorId) return false;
  if (filter.role && responsibility.role !== filter.role) return false;
  if (filter.subject) {
    const subject = subjectOf(responsibility);
    if (subject.kind !== filter.subject.kind || subject.id !== filter.subject.id) return false;
  }
  return true;
}

type Args = { filter?: ResponsibilityChangeFilter | null };

@Resolver()
export class ResponsibilitySubscriptionResolver {
  @Subscription(() => ResponsibilityChangeType, {
    description:
      'Responsibilities being recorded, changed or ended, told once committed. The filter is ' +
      'matched against the responsibility as it is after the change. Public data: anyone may ' +
      'subscribe.',
    topics: ({ args }) => {
      wanted((args as Args).filter);
      return RECORD_CHANGED;
    },
    filter: async ({ payload, args, context }: ChangeFilterData<Args, Loaders>) => {
      if (payload.recordType !== 'Responsibility') return false;
      const responsibility = await changedRecord(
        filterLoaders(context, payload),
        payload,
        (loaders, id) => loaders.responsibilityById.load(id),
      );
      return responsibility !== null && matchesFilter(responsibility, wanted(args.filter));
    },
  })
  @Access(PUBLIC)
  async responsibilityChanged(
    @Root() event: RecordChangeEvent,
    @Arg('filter', () => ResponsibilityChangeFilter, {
      nullable: true,
      description: 'Which responsibilities; none: all of them.',
    })
    _filter: ResponsibilityChangeFilter | null,
    @Ctx() context: Context,
  ): Promise<ResponsibilityChangeType> {
    const loaders = deliveryLoaders(context, event);
    return {
      ...changeFields(event),
      responsibility: await loaders.responsibilityById.load(event.recordId),
    };
  }
}
