import { mandateFields } from './responsibility.service';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { loadNode } from '../../core/graphql/node';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { citationIds, RecordResolver } from '../citation';
import { PersonType, visiblePerson } from '../person';
import { RACI_OF } from './raci';
import {
  RESPONSIBILITY_SUBJECT,
  subjectOf,
  type ResponsibilityEntity,
} from './responsibility.entity';
import {
  MandateType,
  RaciRoleEnum,
  ResponsibilityCreateInput,
  ResponsibilityEndInput,
  ResponsibilityPayload,
  ResponsibilitySubject,
  ResponsibilityType,
  ResponsibilityUpdateInput,
} from './responsibility.types';
import { responsibilityCitations } from './responsibility.service';

@Resolver(() => ResponsibilityType)
export class ResponsibilityResolver extends RecordResolver(
  ResponsibilityType,
  'Responsibility',
  responsibilityCitations,
) {
  @Mutation(() => ResponsibilityPayload, {
    description: "Records who does what: an actor's role for a subject.",
  })
  @Access('EDITOR')
  responsibilityCreate(
    @Arg('input', { description: 'The new responsibility.' }) input: ResponsibilityCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('responsibility', async () => {
      const references = decodeInputIds((ids) => ({
        actorId: ids.one(input.actor, 'Actor', 'actor') ?? '',
        personId: ids.optional(input.person, 'Person', 'person'),
        // Checked before the service runs: decodeInputIds throws when the subject is wrong.
        subject: ids.oneOf(input.subject, RESPONSIBILITY_SUBJECT.kinds, 'subject')!,
        sources: citationIds(ids, input.sources),
      }));
      const { mandate, ...fields } = input;
      return services.responsibility.create(caller, {
        ...fields,
        ...references,
        ...mandateFields(mandate),
      });
    });
  }

  @Mutation(() => ResponsibilityPayload, {
    description: 'Changes a responsibility; pass the version you read.',
  })
  @Access('EDITOR')
  responsibilityUpdate(
    @Arg('input', { description: 'The changes.' }) input: ResponsibilityUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('responsibility', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Responsibility', 'id') ?? '',
        personId: ids.optional(input.person, 'Person', 'person'),
        sources: citationIds(ids, input.sources),
      }));
      const { mandate, person: _person, ...fields } = input;
      return services.responsibility.update(caller, {
        ...fields,
        ...references,
        ...mandateFields(mandate),
      });
    });
  }

  @Mutation(() => ResponsibilityPayload, {
    description: 'Ends a responsibility: no longer held from validTo.',
  })
  @Access('EDITOR')
  responsibilityEnd(
    @Arg('input', () => ResponsibilityEndInput, {
      description: 'Which responsibility, and when it ends.',
    })
    input: InstanceType<typeof ResponsibilityEndInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('responsibility', async () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'Responsibility', 'id') ?? '');
      return services.responsibility.end(caller, { ...input, id });
    });
  }

  @FieldResolver(() => ActorType, { description: 'The actor that holds it.' })
  actor(@Root() responsibility: ResponsibilityEntity, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(responsibility.actorId);
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description:
      'The person acting for the actor, if any; null for anonymous callers when they object to publication.',
  })
  async person(@Root() responsibility: ResponsibilityEntity, @Ctx() { loaders, viewer }: Context) {
    const { personId } = responsibility;
    return personId ? visiblePerson(viewer, await loaders.personById.load(personId)) : null;
  }

  @FieldResolver(() => ResponsibilitySubject, { description: 'What it is for.' })
  subject(@Root() responsibility: ResponsibilityEntity, @Ctx() context: Context) {
    const { kind, id } = subjectOf(responsibility);
    return loadNode(context, kind, id);
  }

  @FieldResolver(() => RaciRoleEnum, { description: 'The plain RACI letter of the role.' })
  raci(@Root() responsibility: ResponsibilityEntity) {
    return RACI_OF[responsibility.role];
  }

  @FieldResolver(() => MandateType, {
    nullable: true,
    description: 'What gives the actor this responsibility.',
  })
  mandate(@Root() responsibility: ResponsibilityEntity) {
    return responsibility.mandate
      ? { text: responsibility.mandate, reference: responsibility.mandateReference }
      : null;
  }
}
