import {
  createUnionType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Node, nodeTypeOf } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import {
  ChangesFromField,
  EndInput,
  ValidTimeCreateInput,
  ValidTimeNode,
  ValidTimeUpdateInput,
} from '../../core/graphql/valid-time';
import { enumOf } from '../../core/graphql/enums';
import { ActorType } from '../actor';
import { CitationInput } from '../citation';
import { ForumType } from './forum.types';
import { MEMBERSHIP_ROLES, type MembershipRole } from './membership.entity';

export const MembershipRoleEnum = enumOf(MEMBERSHIP_ROLES);
registerEnumType(MembershipRoleEnum, {
  name: 'MembershipRole',
  description: 'The part a member plays in a forum.',
  valuesConfig: {
    CHAIR: { description: 'Chairs the forum (ordförande).' },
    MEMBER: { description: 'An ordinary member (ledamot, deltagare).' },
    CONVENOR: { description: 'Convenes the forum and hosts its meetings (sammankallande).' },
    SECRETARIAT: { description: 'Runs the secretariat (sekretariat, kansli).' },
    OBSERVER: { description: "Takes part without a member's mandate (adjungerad, observatör)." },
  },
});

export const ForumMember = createUnionType({
  name: 'ForumMember',
  description: 'Who can be a member of a forum: an actor, or another forum.',
  types: () => [ActorType, ForumType] as const,
  resolveType: (value: object) => nodeTypeOf(value),
});

@ObjectType('ForumMembership', {
  implements: Node,
  description: "A member's place in a forum (an actor or another forum) for a period.",
})
export class ForumMembershipType extends ValidTimeNode {
  @Field(() => String, {
    nullable: true,
    description: 'The group the sources list the member under, e.g. "Myndigheter".',
  })
  category: string | null;

  @Field(() => MembershipRoleEnum, { description: 'The part the member plays.' })
  role: MembershipRole;
}

@InputType('ForumMembershipCreateInput', {
  description: "A member's place in a forum: an actor or another forum.",
})
export class ForumMembershipCreateInput extends ValidTimeCreateInput {
  @Field(() => ID, { description: 'The forum.' })
  forum: string;

  @Field(() => ID, { description: 'The member: the ID of an Actor or of another Forum.' })
  member: string;

  @Field(() => String, {
    nullable: true,
    description: 'The group the sources list the member under, e.g. "Regionala aktörer".',
  })
  category?: string | null;

  @Field(() => MembershipRoleEnum, { nullable: true, description: 'The part. Default: MEMBER.' })
  role?: MembershipRole | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The people who act for the member, in order.',
  })
  representatives?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Of the representatives, those acting for the member without a position there (a consultant, a stand-in); everyone else must hold a position at a member actor when they begin to act (replaces the list).',
  })
  externalRepresentatives?: string[] | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('ForumMembershipUpdateInput', {
  description:
    'Changes to a membership; omitted fields stay as they are. Forum and member cannot change.',
})
export class ForumMembershipUpdateInput extends ValidTimeUpdateInput {
  @Field(() => ID, { description: 'The membership to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The group (null clears it).' })
  category?: string | null;

  @Field(() => MembershipRoleEnum, {
    nullable: true,
    description: 'The part (null: MEMBER).',
  })
  role?: MembershipRole | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The people who act for the member (replaces the list).',
  })
  representatives?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Of the representatives, those acting for the member without a position there (a consultant, a stand-in); everyone else must hold a position at a member actor when they begin to act (replaces the list).',
  })
  externalRepresentatives?: string[] | null;

  @ChangesFromField('representatives and external representatives')
  changesFrom?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const ForumMembershipEndInput = EndInput('ForumMembership');

export const ForumMembershipPayload = Payload(ForumMembershipType, 'ForumMembership', {
  description: 'The result of creating, changing or ending a forum membership.',
  noun: 'membership',
});

@InputType('ForumMembershipRepresentativeRetractInput', {
  description: 'Which person was never acting for a member, and why.',
})
export class ForumMembershipRepresentativeRetractInput {
  @Field(() => ID, { description: 'The membership.' })
  membership: string;

  @Field(() => Int, { description: 'The version of the membership you read.' })
  version: number;

  @Field(() => ID, { description: 'The person listed by mistake as acting for the member.' })
  person: string;

  @Field({ description: 'Why it was never true: kept with it in the audit log.' })
  reason: string;
}
