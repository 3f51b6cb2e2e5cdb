import { identifiersText } from '../../components/identifiers';
import { inlineLinks } from '../../components/InlineLinks';
import { RecordHeader } from '../../components/RecordHeader';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { RecordActions } from '../../edit/RecordActions';
import type { Forum } from './ForumPage';

/** The forum's kind and status, name, goal, who convenes and chairs it, what it belongs to. */
export function ForumHeader({
  forum,
  refreshedAt,
  onChanged,
}: {
  forum: Forum;
  refreshedAt: number | null;
  onChanged: () => void;
}) {
  const { t, label } = useT();
  return (
    <RecordHeader
      kind={label(forum.kind)}
      status={forum.status ?? undefined}
      name={forum.name}
      actions={
        <RecordActions
          typename="Forum"
          record={forum}
          ended={forum.dissolvedOn !== null}
          onChanged={onChanged}
        />
      }
      lead={forum.goal}
      facts={[
        [
          t.convenor,
          forum.convenor && (
            <Link to={routes.actor(forum.convenor.slug)}>{forum.convenor.name}</Link>
          ),
        ],
        [t.chair, forum.chair?.name],
        [
          t.parent,
          forum.parent && <Link to={routes.forum(forum.parent.slug)}>{forum.parent.name}</Link>,
        ],
        [
          t.anchoredIn,
          inlineLinks(forum.anchoredIn, (strategy) => ({
            to: routes.strategy(strategy.slug),
            name: strategy.shortName ?? strategy.name,
          })),
        ],
        [t.identifiers, identifiersText(forum.identifiers)],
      ]}
      refreshedAt={refreshedAt}
    />
  );
}
