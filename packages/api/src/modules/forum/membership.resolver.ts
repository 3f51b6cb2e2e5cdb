import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { present } from '../../core/db/loaders';
import { Access } from '../../core/graphql/access';
import { reportedOn } from '../../core/errors';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import { KnownAtArg, timedFieldOf, ValueAsOfArg, valueAsOf } from '../../core/graphql/valid-time';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { PersonType, visiblePeople } from '../person';
import { ForumType } from './forum.types';
import type { ForumMembershipEntity } from './membership.entity';
import {
  ForumMember,
  ForumMembershipCreateInput,
  ForumMembershipEndInput,
  ForumMembershipPayload,
  ForumMembershipRepresentativeRetractInput,
  ForumMembershipType,
  ForumMembershipUpdateInput,
} from './membership.types';
import { forumMembershipCitations } from './membership.service';

/** The people a membership's list-valued timed field names on `asOf`, as known at `knownAt`. */
async function peopleOf(
  { loaders, viewer }: Pick<Context, 'loaders' | 'viewer'>,
  membership: ForumMembershipEntity,
  attribute: string,
  recorded: string[] | (() => Promise<string[]>),
  when: { asOf: string | null; knownAt: Date | null },
) {
  const field = timedFieldOf('ForumMembership')(membership, attribute);
  const personIds = (await valueAsOf(loaders, field, recorded, when)) ?? [];
  return visiblePeople(viewer, present(await loaders.personById.loadMany(personIds)));
}

@Resolver(() => ForumMembershipType)
export class ForumMembershipResolver extends RecordResolver(
  ForumMembershipType,
  'ForumMembership',
  forumMembershipCitations,
) {
  @Mutation(() => ForumMembershipPayload, {
    description: 'Records an actor or a forum as a member of a forum.',
  })
  @Access('EDITOR')
  forumMembershipCreate(
    @Arg('input', { description: 'The new membership.' }) input: ForumMembershipCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('forumMembership', async () => {
      const references = decodeInputIds((ids) => {
        const member = ids.oneOf(input.member, ['Actor', 'Forum'], 'member');
        return {
          forumId: ids.one(input.forum, 'Forum', 'forum') ?? '',
          memberActorId: member?.kind === 'Actor' ? member.id : null,
          memberForumId: member?.kind === 'Forum' ? member.id : null,
          representativeIds: ids.many(input.representatives ?? [], 'Person', 'representatives'),
          externalRepresentativeIds: ids.many(
            input.externalRepresentatives ?? [],
            'Person',
            'externalRepresentatives',
          ),
          sources: citationIds(ids, input.sources),
        };
      });
      const {
        forum: _f,
        member: _m,
        representatives: _r,
        externalRepresentatives: _e,
        sources: _s,
        ...fields
      } = input;
      return services.forumMembership.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => ForumMembershipPayload, {
    description: 'Changes a forum membership; pass the version you read.',
  })
  @Access('EDITOR')
  forumMembershipUpdate(
    @Arg('input', { description: 'The changes.' }) input: ForumMembershipUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('forumMembership', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'ForumMembership', 'id') ?? '',
        references: {
          representativeIds:
            input.representatives === undefined
              ? undefined
              : ids.many(input.representatives ?? [], 'Person', 'representatives'),
          externalRepresentativeIds:
            input.externalRepresentatives === undefined
              ? undefined
              : ids.many(input.externalRepresentatives ?? [], 'Person', 'externalRepresentatives'),
          sources: citationIds(ids, input.sources),
        },
      }));
      const { representatives: _r, externalRepresentatives: _e, sources: _s, ...fields } = input;
      return services.forumMembership.update(caller, { ...fields, ...references, id });
    });
  }

  @Mutation(() => ForumMembershipPayload, {
    description: 'Ends a forum membership: it no longer holds from validTo.',
  })
  @Access('EDITOR')
  forumMembershipEnd(
    @Arg('input', () => ForumMembershipEndInput, {
      description: 'Which membership, and when it ends.',
    })
    input: InstanceType<typeof ForumMembershipEndInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('forumMembership', async () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'ForumMembership', 'id') ?? '');
      return services.forumMembership.end(caller, { ...input, id });
    });
  }

  @Mutation(() => ForumMembershipPayload, {
    description:
      'Takes back a person listed by mistake as acting for the member (never true; to say they stopped, change the representatives): audited as RETRACT on the membership, with the reason.',
  })
  @Access('EDITOR')
  forumMembershipRepresentativeRetract(
    @Arg('input', { description: 'Which membership and person, and why.' })
    input: ForumMembershipRepresentativeRetractInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('forumMembership', async () => {
      const { id, personId } = decodeInputIds((ids) => ({
        id: ids.one(input.membership, 'ForumMembership', 'membership') ?? '',
        personId: ids.one(input.person, 'Person', 'person') ?? '',
      }));
      return services.forumMembership
        .retractPart(
          caller,
          { id, version: input.version, reason: input.reason },
          (fields, errors) => {
            const representatives = fields.representativeIds ?? [];
            if (!representatives.includes(personId)) {
              errors.add(
                'person',
                'NOT_FOUND',
                'This person is not listed as acting for the member.',
              );
            }
            return {
              ...fields,
              representativeIds: representatives.filter((p) => p !== personId),
              externalRepresentativeIds: (fields.externalRepresentativeIds ?? []).filter(
                (p) => p !== personId,
              ),
            };
          },
        )
        .catch((error: unknown) => {
          throw reportedOn(error, 'id', 'membership');
        });
    });
  }

  @FieldResolver(() => ForumType, { description: 'The forum.' })
  forum(@Root() membership: ForumMembershipEntity, @Ctx() { loaders }: Context) {
    return loaders.forumById.load(membership.forumId);
  }

  @FieldResolver(() => ForumMember, { description: 'The member: an actor or another forum.' })
  member(@Root() membership: ForumMembershipEntity, @Ctx() { loaders }: Context) {
    return membership.memberActorId
      ? loaders.actorById.load(membership.memberActorId)
      : loaders.forumById.load(membership.memberForumId!);
  }

  @FieldResolver(() => [PersonType], {
    description:
      'The people who act for the member in this forum, in order; for anonymous callers without those who object to publication.',
  })
  representatives(
    @Root() membership: ForumMembershipEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() context: Context,
  ) {
    const recorded = () => context.loaders.membershipRepresentativeIds.load(membership.id);
    return peopleOf(context, membership, 'representativeIds', recorded, { asOf, knownAt });
  }

  @FieldResolver(() => [PersonType], {
    description:
      'Of the representatives, those acting for the member without a position there (a consultant, a stand-in).',
  })
  externalRepresentatives(
    @Root() membership: ForumMembershipEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() context: Context,
  ) {
    const recorded = membership.externalRepresentativeIds;
    return peopleOf(context, membership, 'externalRepresentativeIds', recorded, { asOf, knownAt });
  }
}
