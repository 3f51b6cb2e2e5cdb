import { AsOf } from '../../components/AsOf';
import { InlineLinks } from '../../components/InlineLinks';
import { Summary } from '../../components/Summary';
import { Updated } from '../../components/Updated';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Forum } from './ForumPage';

/** The forum's kind and status, name, goal, who convenes and chairs it, what it belongs to. */
export function ForumHeader({ forum, refreshedAt }: { forum: Forum; refreshedAt: number | null }) {
  const { t, label } = useT();
  return (
    <header className="page-header">
      <p className="eyebrow">
        {label(forum.kind)}
        {forum.status !== 'ACTIVE' ? ` · ${label(forum.status)}` : ''}
      </p>
      <h1>{forum.name}</h1>
      {forum.goal ? <p className="lead">{forum.goal}</p> : null}
      <Summary
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
            forum.anchoredIn.length > 0 && (
              <InlineLinks
                links={forum.anchoredIn.map((strategy) => ({
                  to: routes.strategy(strategy.slug),
                  name: strategy.shortName ?? strategy.name,
                }))}
              />
            ),
          ],
        ]}
      />
      <AsOf />
      <Updated at={refreshedAt} />
    </header>
  );
}
