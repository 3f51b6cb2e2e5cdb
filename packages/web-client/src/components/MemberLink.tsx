import { Link } from '../router';
import { recordUrl } from '../routes';

/** A forum's member, an actor or another forum, linked to its page. */
export function MemberLink({
  member,
}: {
  member: { __typename: 'Actor' | 'Forum'; slug: string; name: string };
}) {
  return <Link to={recordUrl(member)}>{member.name}</Link>;
}
