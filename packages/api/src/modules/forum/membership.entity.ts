import { Column, Entity } from 'typeorm';
import { ValidTimeEntity } from '../../core/db/record-entity';

export const MEMBERSHIP_ROLES = ['CHAIR', 'MEMBER', 'CONVENOR', 'SECRETARIAT', 'OBSERVER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** The fields that change in the world, so hold for periods (core/db/timeline.ts). */
export const MEMBERSHIP_TIMED_FIELDS = ['representativeIds', 'externalRepresentativeIds'] as const;

/**
 * A member's place in a forum for a period [validFrom, validTo). The member is an actor or
 * another forum: exactly one of `memberActorId` and `memberForumId` is set.
 */
@Entity('forum_membership')
export class ForumMembershipEntity extends ValidTimeEntity {
  @Column('uuid', { name: 'forum_id' })
  forumId: string;

  @Column('uuid', { name: 'member_actor_id', nullable: true })
  memberActorId: string | null;

  @Column('uuid', { name: 'member_forum_id', nullable: true })
  memberForumId: string | null;

  /** The group the sources list the member under ("Myndigheter", "Regionala aktörer"). */
  @Column('text', { nullable: true })
  category: string | null;

  @Column('text')
  role: MembershipRole;

  /** Of the representatives, those acting for the member without a position there. */
  @Column('uuid', { name: 'external_representative_ids', array: true })
  externalRepresentativeIds: string[];
}
