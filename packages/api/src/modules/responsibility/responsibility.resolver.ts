import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { nodeRegistration } from '../../core/graphql/node';
import { mutationPayload } from '../../core/graphql/payload';
import { AsOfArg } from '../../core/graphql/valid-time';
import { decodeInputIds, fromGlobalId } from '../../core/relay/global-id';
import { today } from '../../core/valid-time';
import type { Context } from '../../core/context';
import type { Loaders } from '../../loaders';
import { ActorType } from '../actor/actor.types';
import { AreaType } from '../area/area.types';
import { citationIds } from '../citation/citation.input';
import { RecordResolver } from '../citation/record.resolver';
import { ForumType } from '../forum/forum.types';
import { PersonType } from '../person/person.types';
import { ObjectiveType } from '../strategy/objective.types';
import { StrategyType } from '../strategy/strategy.types';
import { TopicType } from '../topic/topic.types';
import { RACI_OF } from './raci';
import {
  RESPONSIBILITY_SUBJECT,
  subjectOf,
  type ResponsibilityEntity,
  type ResponsibilityRole,
  type SubjectKind,
} from './responsibility.entity';
import type { ResponsibilityListFilter } from './responsibility.service';
import {
  MandateType,
  RaciRoleEnum,
  ResponsibilityCreateInput,
  ResponsibilityEndInput,
  ResponsibilityPayload,
  ResponsibilityRoleEnum,
  ResponsibilitySubject,
  ResponsibilityType,
  ResponsibilityUpdateInput,
} from './responsibility.types';
import type { InputIds } from '../../core/relay/global-id';

/** The subject's global ID as `{ kind, id }`; another kind of record is a WRONG_KIND error. */
function decodeSubject(ids: InputIds, globalId: string) {
  const decoded = fromGlobalId(globalId);
  if (decoded && (RESPONSIBILITY_SUBJECT.kinds as string[]).includes(decoded.type))
    return { kind: decoded.type as SubjectKind, id: decoded.id };
  if (decoded) {
    ids.errors.add(
      'subject',
      'WRONG_KIND',
      `A responsibility is for a strategy, objective, forum, area or topic, not a ${decoded.type.toLowerCase()}.`,
    );
  } else ids.one(globalId, 'Subject', 'subject');
  return { kind: 'Area' as SubjectKind, id: '' };
}

function mandateFields(mandate: { text: string; reference?: string | null } | null | undefined) {
  if (mandate === undefined) return {};
  return { mandate: mandate?.text ?? null, mandateReference: mandate?.reference ?? null };
}

@Resolver(() => ResponsibilityType)
export class ResponsibilityResolver extends RecordResolver(
  ResponsibilityType,
  'Responsibility',
  'responsibilityCitations',
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
        subject: decodeSubject(ids, input.subject),
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
    description: 'The person acting for the actor, if any.',
  })
  person(@Root() responsibility: ResponsibilityEntity, @Ctx() { loaders }: Context) {
    return responsibility.personId ? loaders.personById.load(responsibility.personId) : null;
  }

  @FieldResolver(() => ResponsibilitySubject, { description: 'What it is for.' })
  subject(@Root() responsibility: ResponsibilityEntity, @Ctx() context: Context) {
    const { kind, id } = subjectOf(responsibility);
    return nodeRegistration(kind)?.loader(context).load(id);
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

type ListLoader = (loaders: Loaders) => (filter: ResponsibilityListFilter) => {
  load: (id: string) => Promise<ResponsibilityEntity[]>;
};

/** `responsibilities(role, asOf)` on a type that responsibilities point at. */
function ResponsibilitiesField(type: ClassType, list: ListLoader, description: string) {
  @Resolver(() => type)
  class ResponsibilitiesFieldResolver {
    @FieldResolver(() => [ResponsibilityType], { description })
    responsibilities(
      @Root() record: { id: string },
      @Arg('role', () => ResponsibilityRoleEnum, { nullable: true, description: 'Only this role.' })
      role: ResponsibilityRole | null,
      @AsOfArg() asOf: string | null,
      @Ctx() { loaders }: Context,
    ) {
      return list(loaders)({ asOf: asOf ?? today(), role }).load(record.id);
    }
  }
  return ResponsibilitiesFieldResolver;
}

export const RESPONSIBILITY_LIST_RESOLVERS = [
  ResponsibilitiesField(
    ActorType,
    (l) => l.responsibilitiesOfActor,
    'What this actor is responsible for on the day.',
  ),
  ResponsibilitiesField(
    PersonType,
    (l) => l.responsibilitiesOfPerson,
    'Responsibilities this person acts in on the day.',
  ),
  ResponsibilitiesField(
    StrategyType,
    (l) => l.responsibilitiesForStrategy,
    'Who does what for this strategy on the day.',
  ),
  ResponsibilitiesField(
    ObjectiveType,
    (l) => l.responsibilitiesForObjective,
    'Who does what for this objective on the day.',
  ),
  ResponsibilitiesField(
    ForumType,
    (l) => l.responsibilitiesForForum,
    'Who does what for this forum on the day.',
  ),
  ResponsibilitiesField(
    AreaType,
    (l) => l.responsibilitiesForArea,
    'Who does what for this area on the day.',
  ),
  ResponsibilitiesField(
    TopicType,
    (l) => l.responsibilitiesForTopic,
    'Who does what on this topic on the day.',
  ),
];
