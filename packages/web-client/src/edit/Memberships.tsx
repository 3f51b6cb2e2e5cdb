import { ForumMembershipEndDocument, ForumMembershipRetractDocument } from '@samverkan/schema';
import { request } from '../graphql';
import { useT } from '../i18n';
import { AddRelation, RelationControls, type Relation } from './Relations';

/** A forum's member: edit (role, category, representatives), end or retract, for those who may. */
export function MembershipControls({
  membership,
  forum,
  onChanged,
}: {
  membership: Relation & { member: { name?: string } };
  forum: string;
  onChanged: () => void;
}) {
  const { t } = useT();
  const member = membership.member.name ?? '';
  return (
    <RelationControls
      typename="ForumMembership"
      relation={membership}
      what={member}
      endWhat={(day) => t.editEndMembershipWhat(member, forum, day)}
      end={async (input) =>
        (await request(ForumMembershipEndDocument, { input })).forumMembershipEnd.userErrors
      }
      retract={async (input) =>
        (await request(ForumMembershipRetractDocument, { input })).forumMembershipRetract.userErrors
      }
      onChanged={onChanged}
    />
  );
}

/** A new member of the forum, with its role, category and representatives. */
export function AddMembership({
  forum,
  onChanged,
}: {
  forum: { id: string; name: string };
  onChanged: () => void;
}) {
  const { t } = useT();
  return (
    <AddRelation
      typename="ForumMembership"
      label={t.editAddMember}
      title={t.editAddMemberTitle(forum.name)}
      fixed={{ forum: forum.id }}
      onChanged={onChanged}
    />
  );
}
