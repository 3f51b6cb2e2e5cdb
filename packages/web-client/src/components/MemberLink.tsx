import { Link } from '../router';

/** A forum's member, an actor or another forum, linked to its page. */
export function MemberLink({
  member,
}: {
  member: { __typename: 'Actor' | 'Forum'; slug: string; name: string };
}) {
  const pages = member.__typename === 'Actor' ? 'actors' : 'forums';
  return <Link to={`/${pages}/${member.slug}`}>{member.name}</Link>;
}
