import { StrategyDetailDocument, type StrategyDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';
import { routes } from '../routes';
import { AsOf } from '../components/AsOf';
import { LineChart } from '../components/LineChart';
import { RaciTable } from '../components/RaciTable';
import { InlineLinks } from '../components/InlineLinks';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { Loaded, Period } from '../components/Status';
import { Source } from '../components/Source';
import { Summary } from '../components/Summary';
import { Updated } from '../components/Updated';
import { History } from '../components/History';
import { useLiveRefresh, type Watch } from '../live';
import '../pages.css';

type Strategy = NonNullable<StrategyDetailQuery['strategy']>;
type Objective = Strategy['objectives'][number];

/**
 * The strategy, each objective and indicator, the responsibilities for any of them and the
 * indicators' values (new ones too). New objectives appear with the next refresh.
 */
function watched(strategy: Strategy | null | undefined): Watch[] {
  if (!strategy) return [];
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

/** The objectives come in tree order; this nests them by their parent. */
function tree(objectives: readonly Objective[]) {
  const children = new Map<string | null, Objective[]>();
  const ids = new Set(objectives.map((o) => o.id));
  for (const objective of objectives) {
    const parent = objective.parent && ids.has(objective.parent.id) ? objective.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), objective]);
  }
  return children;
}

function ObjectiveItem({
  objective,
  nodes,
}: {
  objective: Objective;
  nodes: Map<string | null, Objective[]>;
}) {
  const { t, label } = useT();
  const kids = nodes.get(objective.id) ?? [];
  return (
    <li className="objective" id={objective.id}>
      <div className="objective-head">
        <span className="code">{objective.code}</span>
        <span className="objective-title">{objective.title}</span>
        <Source citations={objective.sources} />
      </div>
      {objective.description ? <p className="objective-text">{objective.description}</p> : null}
      {objective.responsibilities.length ? (
        <ul className="chips" aria-label={t.responsibilities}>
          {objective.responsibilities.map((r) => (
            <li key={r.id} className={`chip chip-${r.raci}`}>
              <Link to={routes.actor(r.actor.slug)}>{r.actor.name}</Link>
              <span className="muted"> · {label(r.role)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {objective.indicators.length ? (
        <ul className="indicators" aria-label={t.indicators}>
          {objective.indicators.map((indicator) => (
            <li key={indicator.id} className="indicator">
              <div className="indicator-head">
                <strong>{indicator.name}</strong>
                <span className="badge">
                  {t.directions[indicator.direction] ?? indicator.direction}
                </span>
                <Source citations={indicator.sources} />
              </div>
              <LineChart
                name={indicator.name}
                unit={indicator.unit}
                points={indicator.measurements}
                target={indicator.target}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {kids.length ? (
        <ol className="objectives">
          {kids.map((kid) => (
            <ObjectiveItem key={kid.id} objective={kid} nodes={nodes} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

export function StrategyPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(StrategyDetailDocument, { slug, asOf });
  const refreshedAt = useLiveRefresh(watched(state.data?.strategy), state.refetch);
  return (
    <Loaded state={state} pick={(data) => data.strategy}>
      {(strategy) => {
        const children = tree(strategy.objectives);
        return (
          <article className="page">
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
                      <Link to={routes.strategy(strategy.implements.slug)}>
                        {strategy.implements.name}
                      </Link>
                    ),
                  ],
                  [
                    t.area,
                    strategy.area && (
                      <Link to={routes.area(strategy.area.code)}>{strategy.area.name}</Link>
                    ),
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

            <div className="columns">
              <Section id="raci" title={t.raci} wide>
                <p className="muted small">{t.raciIntro}</p>
                <RaciTable
                  strategy={strategy.id}
                  name={strategy.shortName ?? strategy.name}
                  asOf={asOf}
                  refreshedAt={refreshedAt}
                />
              </Section>

              <Section id="objectives" title={t.objectives} count={strategy.objectives.length} wide>
                {strategy.objectives.length === 0 ? (
                  <p className="muted">{t.noObjectives}</p>
                ) : (
                  <ol className="objectives objectives-root">
                    {(children.get(null) ?? []).map((objective) => (
                      <ObjectiveItem key={objective.id} objective={objective} nodes={children} />
                    ))}
                  </ol>
                )}
              </Section>

              <Section id="strategy-responsibilities" title={t.strategyResponsibilities} wide>
                <Responsibilities rows={strategy.responsibilities} show="actor" />
              </Section>
              <History id={strategy.id} refreshedAt={refreshedAt} />
            </div>
          </article>
        );
      }}
    </Loaded>
  );
}
