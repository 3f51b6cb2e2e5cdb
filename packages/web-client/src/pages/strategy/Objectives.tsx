import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { Indicators } from './Indicators';
import type { Strategy } from './StrategyPage';

export type Objective = Strategy['objectives'][number];

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

/**
 * An objective (the target of `#<id>` links), who holds which role, its indicators, its children;
 * for those who may, its controls and "add an indicator".
 */
function ObjectiveItem({
  objective,
  nodes,
  onChanged,
}: {
  objective: Objective;
  nodes: Map<string | null, Objective[]>;
  onChanged: () => void;
}) {
  const { t, label } = useT();
  const kids = nodes.get(objective.id) ?? [];
  const what = `${objective.code} ${objective.title}`;
  return (
    <li className="objective" id={objective.id}>
      <div className="objective-head">
        <span className="code">{objective.code}</span>
        <span className="objective-title">{objective.title}</span>
        <Source citations={objective.sources} />
        <RelationControls
          typename="Objective"
          relation={objective}
          what={what}
          onChanged={onChanged}
        />
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
        <Indicators indicators={objective.indicators} onChanged={onChanged} />
      ) : null}
      <AddRelation
        typename="Indicator"
        label={t.editAddIndicator}
        title={t.editAddIndicatorTitle(what)}
        fixed={{ objective: objective.id }}
        may={objective.viewerCanUpdate}
        onChanged={onChanged}
      />
      {kids.length ? (
        <ol className="objectives">
          {kids.map((kid) => (
            <ObjectiveItem key={kid.id} objective={kid} nodes={nodes} onChanged={onChanged} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/**
 * The strategy's objectives as a tree, or a word that it has none; for those who may change the
 * strategy, "add an objective" (under another one: its parent).
 */
export function Objectives({ strategy, onChanged }: { strategy: Strategy; onChanged: () => void }) {
  const { t } = useT();
  const { objectives } = strategy;
  const children = tree(objectives);
  return (
    <Section id="objectives" title={t.objectives} count={objectives.length} wide>
      {objectives.length === 0 ? (
        <p className="muted">{t.noObjectives}</p>
      ) : (
        <ol className="objectives objectives-root">
          {(children.get(null) ?? []).map((objective) => (
            <ObjectiveItem
              key={objective.id}
              objective={objective}
              nodes={children}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
      <AddRelation
        typename="Objective"
        label={t.editAddObjective}
        title={t.editAddObjectiveTitle(strategy.name)}
        fixed={{ strategy: strategy.id }}
        may={strategy.viewerCanUpdate}
        onChanged={onChanged}
      />
    </Section>
  );
}
