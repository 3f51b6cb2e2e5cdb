import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { AgendaItemPayload } from '../meeting';
import { FollowUpScheduleInput } from './follow-up.types';

@Resolver()
export class FollowUpResolver {
  @Mutation(() => AgendaItemPayload, {
    description:
      'Schedules the follow-up of an open question or an action: puts it on the agenda of its forum’s next meeting (the first starting after now), last. Idempotent: when an upcoming meeting of the forum already takes it up, answers with that agenda item and writes nothing.',
  })
  @Access('EDITOR')
  followUpSchedule(
    @Arg('input', { description: 'What to put on the agenda.' }) input: FollowUpScheduleInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('agendaItem', async () => {
      const references = decodeInputIds((ids) => ({
        openQuestionId: ids.optionalOfKind(input.openQuestion, 'OpenQuestion', 'openQuestion'),
        actionId: ids.optionalOfKind(input.action, 'Action', 'action'),
      }));
      return services.followUp.schedule(caller, references);
    });
  }
}
