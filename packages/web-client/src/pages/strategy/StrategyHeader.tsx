import { inlineLinks } from '../../components/InlineLinks';
import { RecordHeader } from '../../components/RecordHeader';
import { Period } from '../../components/Status';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { RecordActions } from '../../edit/RecordActions';
import type { Strategy } from './StrategyPage';

/** The strategy's kind and status, name, description, period and what it is tied to. */
export function StrategyHeader({
  strategy,
  refreshedAt,
  onChanged,
}: {
  strategy: Strategy;
  refreshedAt: number | null;
  onChanged: () => void;
}) {
  const { t, label } = useT();
  return (
    <RecordHeader
      kind={label(strategy.kind)}
      status={strategy.status ?? undefined}
      name={strategy.name}
      shortName={strategy.shortName}
      actions={<RecordActions typename="Strategy" record={strategy} onChanged={onChanged} />}
      lead={strategy.description}
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
          inlineLinks(strategy.anchoredForums, (forum) => ({
            to: routes.forum(forum.slug),
            name: forum.name,
          })),
        ],
      ]}
      sources={strategy.sources}
      refreshedAt={refreshedAt}
    />
  );
}
