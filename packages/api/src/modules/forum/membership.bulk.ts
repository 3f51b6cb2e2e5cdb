import { Field, InputType } from 'type-graphql';
import { ValidTimeCreateInput } from '../../core/graphql/valid-time';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';
import type { MembershipRole } from './membership.entity';
import { MembershipRoleEnum } from './membership.types';

@InputType('ForumMembershipUpsertItem', {
  description:
    "A member's place in a forum as an external register has it: found by `key`, or else as the same membership (the member's in the forum in the same role, valid on `validFrom`, or today when it is left out); made when there is none. Give the member as `memberActor` or `memberForum`.",
})
export class ForumMembershipUpsertItem extends ValidTimeCreateInput {
  @Field(() => RecordKeyInput, {
    nullable: true,
    description: 'The membership by its ID; leave out to find it as the same membership.',
  })
  key?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The forum, by key.' })
  forum?: RecordKeyInput;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The member when an actor.' })
  memberActor?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The member when a forum.' })
  memberForum?: RecordKeyInput | null;

  @Field(() => MembershipRoleEnum, { nullable: true, description: 'Default: MEMBER.' })
  role?: MembershipRole | null;

  @Field(() => String, {
    nullable: true,
    description: 'The group the sources list the member under (null clears).',
  })
  category?: string | null;

  @Field(() => [RecordKeyInput], {
    nullable: true,
    description: 'The people acting for the member, in order, by key (replaces the list).',
  })
  representatives?: RecordKeyInput[] | null;

  @Field(() => [RecordKeyInput], {
    nullable: true,
    description:
      'Of the representatives, those acting without a position at the member (replaces the list).',
  })
  externalRepresentatives?: RecordKeyInput[] | null;
}

export const ForumMembershipBulkResolver = BulkUpsertResolver({
  mutation: 'forumMembershipsUpsert',
  recordType: 'ForumMembership',
  item: ForumMembershipUpsertItem,
  noun: 'Forum memberships',
  service: 'forumMembership',
  required: ['forum'],
  references: {
    forum: { kind: 'forum', field: 'forumId' },
    memberActor: { kind: 'actor', field: 'memberActorId' },
    memberForum: { kind: 'forum', field: 'memberForumId' },
    representatives: { kind: 'person', field: 'representativeIds', many: true },
    externalRepresentatives: { kind: 'person', field: 'externalRepresentativeIds', many: true },
  },
  description:
    'Creates or changes up to 1,000 forum memberships with their representatives (see `actorsUpsert`); one without a key is found as the same membership.',
});
