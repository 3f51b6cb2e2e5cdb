import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { AgendaItemPayload } from '../meeting';
import { PutOnNextAgendaInput } from './follow-up.types';

@Resolver()
export class FollowUpResolver {
  @Mutation(() => AgendaItemPayload, {
    description:
      'Puts an open question or an action on the agenda of its forum’s next meeting (the first starting after now), last.',
  })
  @Access('EDITOR')
  putOnNextAgenda(
    @Arg('input', { description: 'What to put on the agenda.' }) input: PutOnNextAgendaInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('agendaItem', async () => {
      const references = decodeInputIds((ids) => ({
        openQuestionId: ids.optionalOfKind(input.openQuestion, 'OpenQuestion', 'openQuestion'),
        actionId: ids.optionalOfKind(input.action, 'Action', 'action'),
      }));
      return services.followUp.putOnNextAgenda(caller, references);
    });
  }
}
