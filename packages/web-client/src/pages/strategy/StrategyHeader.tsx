import { AsOf } from '../../components/AsOf';
import { InlineLinks } from '../../components/InlineLinks';
import { Period } from '../../components/Status';
import { Source } from '../../components/Source';
import { Summary } from '../../components/Summary';
import { Updated } from '../../components/Updated';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Strategy } from './StrategyPage';

/** The strategy's kind and status, name, description, period and what it is tied to. */
export function StrategyHeader({
  strategy,
  refreshedAt,
}: {
  strategy: Strategy;
  refreshedAt: number | null;
}) {
  const { t, label } = useT();
  return (
    <header className="page-header">
      <p className="eyebrow">
        {label(strategy.kind)}
        {strategy.status !== 'ACTIVE' ? ` · ${label(strategy.status)}` : ''}
      </p>
      <h1>
        {strategy.name}
        {strategy.shortName && strategy.shortName !== strategy.name ? (
          <span className="short-name"> ({strategy.shortName})</span>
        ) : null}
      </h1>
      {strategy.description ? <p className="lead">{strategy.description}</p> : null}
      <Summary
        facts={[
          [
            t.period,
            (strategy.periodFrom || strategy.periodTo) && (
              <Period from={strategy.periodFrom} to={strategy.periodTo} />
            ),
          ],
          [
            t.owner,
            strategy.owner && (
              <Link to={routes.actor(strategy.owner.slug)}>{strategy.owner.name}</Link>
            ),
          ],
          [
            t.implements,
            strategy.implements && (
              <Link to={routes.strategy(strategy.implements.slug)}>{strategy.implements.name}</Link>
            ),
          ],
          [
            t.area,
            strategy.area && <Link to={routes.area(strategy.area.code)}>{strategy.area.name}</Link>,
          ],
          [
            t.anchoredForums,
            strategy.anchoredForums.length > 0 && (
              <InlineLinks
                links={strategy.anchoredForums.map((forum) => ({
                  to: routes.forum(forum.slug),
                  name: forum.name,
                }))}
              />
            ),
          ],
        ]}
      />
      <Source citations={strategy.sources} />
      <AsOf />
      <Updated at={refreshedAt} />
    </header>
  );
}
