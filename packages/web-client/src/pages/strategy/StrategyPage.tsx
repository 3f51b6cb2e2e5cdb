import { StrategyDetailDocument, type StrategyDetailQuery } from '@samverkan/schema';
import { useAsOf, useKnownAt } from '../../day';
import { useT } from '../../i18n';
import type { Watch } from '../../live';
import { History } from '../../components/History';
import { AddRelation } from '../../edit/Relations';
import { RecordPage } from '../../components/RecordPage';
import { routes } from '../../routes';
import { Responsibilities } from '../../components/Responsibilities';
import { Section } from '../../components/Section';
import { Objectives } from './Objectives';
import { RaciMatrix } from './RaciMatrix';
import { StrategyHeader } from './StrategyHeader';
import './strategy.css';

export type Strategy = NonNullable<StrategyDetailQuery['strategy']>;

/**
 * The strategy, each objective and indicator, the responsibilities for any of them and the
 * indicators' values (new ones too). New objectives appear with the next refresh.
 */
function watched(strategy: Strategy): Watch[] {
  const subjects = [strategy, ...strategy.objectives];
  const indicators = strategy.objectives.flatMap((objective) => objective.indicators);
  return [
    ...subjects.map((subject) => ({ record: subject.id })),
    ...subjects.map((subject) => ({ responsibilities: { subject: subject.id } })),
    ...indicators.flatMap((indicator) => [
      { record: indicator.id },
      { measurements: indicator.id },
    ]),
  ];
}

export function StrategyPage({ slug }: { slug: string }) {
  const { t } = useT();
  const asOf = useAsOf();
  const knownAt = useKnownAt();
  return (
    <RecordPage
      query={StrategyDetailDocument}
      variables={{ slug, asOf, knownAt }}
      pick={(data) => data.strategy}
      watched={watched}
      address={(strategy) => routes.strategy(strategy.slug)}
    >
      {(strategy, refreshedAt, changed) => (
        <>
          <StrategyHeader strategy={strategy} refreshedAt={refreshedAt} onChanged={changed} />
          <div className="columns">
            <Section id="raci" title={t.raci} wide>
              <p className="muted small">{t.raciIntro}</p>
              <RaciMatrix
                strategy={strategy.id}
                name={strategy.shortName ?? strategy.name}
                asOf={asOf}
                knownAt={knownAt}
                refreshedAt={refreshedAt}
              />
            </Section>
            <Objectives strategy={strategy} onChanged={changed} />
            <Section id="strategy-responsibilities" title={t.strategyResponsibilities} wide>
              <Responsibilities rows={strategy.responsibilities} show="actor" onChanged={changed} />
              <AddRelation
                typename="Responsibility"
                label={t.editAddResponsibility}
                title={t.editAddResponsibilityTitle(strategy.name)}
                fixed={{ subject: strategy.id }}
                may={strategy.viewerCanUpdate}
                onChanged={changed}
              />
            </Section>
            <History id={strategy.id} refreshedAt={refreshedAt} />
          </div>
        </>
      )}
    </RecordPage>
  );
}
