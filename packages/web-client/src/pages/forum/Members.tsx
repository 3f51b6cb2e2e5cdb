import { Fact, FactList } from '../../components/Facts';
import { inlineLinks } from '../../components/InlineLinks';
import { MemberLink } from '../../components/MemberLink';
import { Section } from '../../components/Section';
import { useT } from '../../i18n';
import { routes } from '../../routes';
import type { Forum } from './ForumPage';

type Membership = Forum['members'][number];

/**
 * Members grouped by the category the source gives, in the order the categories first appear;
 * members without a category last.
 */
function byCategory(members: readonly Membership[], other: string) {
  const groups = new Map<string, Membership[]>();
  for (const member of members) {
    if (!member.category) continue;
    groups.set(member.category, [...(groups.get(member.category) ?? []), member]);
  }
  const rest = members.filter((member) => !member.category);
  return [...groups.entries(), ...(rest.length ? [[other, rest] as [string, Membership[]]] : [])];
}

/** One member: the actor or forum, its role unless a plain member, who represents it. */
function Member({ membership }: { membership: Membership }) {
  const { t, label } = useT();
  const representatives = inlineLinks(membership.representatives, (person) => ({
    to: routes.person(person.slug),
    name: person.name,
  }));
  return (
    <Fact
      record={{ sources: membership.sources }}
      meta={
        representatives ? (
          <span>
            {t.representatives}: {representatives}
          </span>
        ) : null
      }
    >
      <MemberLink member={membership.member} />
      {membership.role !== 'MEMBER' ? (
        <span className="badge">{label(membership.role)}</span>
      ) : null}
    </Fact>
  );
}

/** The forum's members, grouped by category, each group a region named by its category. */
export function Members({ members }: { members: Forum['members'] }) {
  const { t } = useT();
  return (
    <Section id="members" title={t.members} count={members.length} wide>
      {members.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="member-groups">
          {byCategory(members, t.otherMembers).map(([category, group]) => (
            <section key={category} className="member-group" aria-label={category}>
              <h3>
                {category} <span className="count">{group.length}</span>
              </h3>
              <FactList items={group}>
                {(membership) => <Member membership={membership} />}
              </FactList>
            </section>
          ))}
        </div>
      )}
    </Section>
  );
}
