import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { loadNode } from '../../core/graphql/node';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds, type InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { DECISION_SUBJECT, type DecisionEntity } from './decision.entity';
import {
  DecisionCreateInput,
  DecisionPayload,
  DecisionSubject,
  DecisionType,
  DecisionUpdateInput,
} from './decision.types';
import { MeetingType } from './meeting.types';
import { decisionCitations } from './decision.service';

/** The ids in a decision's create or update input, decoded; `undefined` means "not given". */
function decisionReferences(ids: InputIds, input: DecisionCreateInput | DecisionUpdateInput) {
  return {
    meetingId: ids.optional(input.meeting, 'Meeting', 'meeting'),
    subject: ids.optionalOneOf(input.subject, DECISION_SUBJECT.kinds, 'subject'),
    reviewId: ids.optional(input.review, 'Review', 'review'),
    sources: citationIds(ids, input.sources),
  };
}

@Resolver(() => DecisionType)
export class DecisionResolver extends RecordResolver(DecisionType, 'Decision', decisionCitations) {
  @Mutation(() => DecisionPayload, { description: 'Records a decision.' })
  @Access('EDITOR')
  decisionCreate(
    @Arg('input', { description: 'The new decision.' }) input: DecisionCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('decision', async () => {
      const references = decodeInputIds((ids) => decisionReferences(ids, input));
      const { meeting: _m, subject: _s, review: _r, sources: _c, ...fields } = input;
      return services.decision.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => DecisionPayload, {
    description: 'Changes a decision; pass the version you read.',
  })
  @Access('EDITOR')
  decisionUpdate(
    @Arg('input', { description: 'The changes.' }) input: DecisionUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('decision', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Decision', 'id') ?? '',
        references: decisionReferences(ids, input),
      }));
      const { meeting: _m, subject: _s, review: _r, sources: _c, ...fields } = input;
      return services.decision.update(caller, { ...fields, ...references, id });
    });
  }

  @FieldResolver(() => MeetingType, {
    nullable: true,
    description: 'The meeting that decided it, if recorded.',
  })
  meeting(@Root() decision: DecisionEntity, @Ctx() { loaders }: Context) {
    return decision.meetingId ? loaders.meetingById.load(decision.meetingId) : null;
  }

  @FieldResolver(() => DecisionSubject, {
    nullable: true,
    description:
      'What it is about: a strategy, objective, forum or topic; null if none in particular.',
  })
  subject(@Root() decision: DecisionEntity, @Ctx() context: Context) {
    const subject = DECISION_SUBJECT.of(decision);
    return subject ? loadNode(context, subject.kind, subject.id) : null;
  }
}
