import { Fact, FactList } from '../../components/Facts';
import { inlineLinks } from '../../components/InlineLinks';
import { MemberLink } from '../../components/MemberLink';
import { Section } from '../../components/Section';
import { useT } from '../../i18n';
import { routes } from '../../routes';
import { AddMembership, MembershipControls } from '../../edit/Memberships';
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

/** What editing a member needs: the forum's name, and reading the page again after a change. */
interface Editing {
  forum: string;
  onChanged: () => void;
}

/**
 * One member: the actor or forum, its role unless a plain member, who represents it, and the
 * controls of those who may change it.
 */
function Member({ membership, editing }: { membership: Membership; editing: Editing }) {
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
      <MembershipControls membership={membership} {...editing} />
    </Fact>
  );
}

/**
 * The forum's members, grouped by category, each group a region named by its category; editors
 * add members here.
 */
export function Members({ forum, onChanged }: { forum: Forum; onChanged: () => void }) {
  const { t } = useT();
  const { members } = forum;
  const editing = { forum: forum.name, onChanged };
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
                {(membership) => <Member membership={membership} editing={editing} />}
              </FactList>
            </section>
          ))}
        </div>
      )}
      <AddMembership forum={forum} onChanged={onChanged} />
    </Section>
  );
}
