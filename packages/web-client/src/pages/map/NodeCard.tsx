import { useEffect, useRef } from 'react';
import { Source } from '../../components/Source';
import { useT } from '../../i18n';
import { Link, setParams } from '../../router';
import { recordUrl } from '../../routes';
import { FOCUS_KEYS } from './filter';
import { relationWords } from './relation';
import type { MapEdge, MapNode } from './style';

/** The map's node kinds are the API's type names in capitals: ACTOR for `Actor`. */
const typenameOf = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();

/**
 * A node's card: its kind, its page, a focus on it, and its relations in words with their
 * sources. `takeFocus`: the node was picked away from the canvas (from the list), so the card
 * takes the focus, which brings it into view where the user is looking.
 */
export function NodeCard({
  node,
  nodes,
  edges,
  takeFocus,
  onClose,
}: {
  node: MapNode;
  nodes: Map<string, MapNode>;
  edges: MapEdge[];
  takeFocus: boolean;
  onClose: () => void;
}) {
  const translation = useT();
  const { t, label } = translation;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus, node.id]);
  const path = recordUrl({ ...node, __typename: typenameOf(node.kind) });
  const own = edges.filter((e) => e.source === node.id || e.target === node.id);
  const focusKind = FOCUS_KEYS[node.kind] ? node.kind : null;
  return (
    <section className="map-box map-card" aria-labelledby="map-card-title">
      <div className="map-card-head">
        <h2 id="map-card-title" ref={heading} tabIndex={-1}>
          {node.label}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t.mapClose}
        </button>
      </div>
      <p className="muted">
        {t.nodeKinds[node.kind] ?? node.kind}
        {node.sector ? ` · ${label(node.sector)}` : ''}
        {node.actorType ? ` · ${label(node.actorType)}` : ''}
      </p>
      <p className="map-card-actions">
        {path ? <Link to={path}>{t.mapOpen}</Link> : null}
        {focusKind ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setParams(
                {
                  focus: node.id,
                  focusKind,
                  depth: '2',
                  forum: null,
                  strategy: null,
                  area: null,
                },
                false,
              )
            }
          >
            {t.mapFocus}
          </button>
        ) : null}
      </p>
      <h3>{t.mapRelations}</h3>
      <ul className="map-card-edges">
        {own.map((edge) => {
          const words = relationWords(edge, translation);
          const name = (id: string) =>
            id === node.id ? node.label : <strong>{nodes.get(id)?.label}</strong>;
          return (
            <li key={edge.id}>
              {words ? (
                <>
                  {name(edge.source)} {words.between} {name(edge.target)}
                  {words.after ? ` ${words.after}` : ''}
                </>
              ) : (
                <span lang="en">
                  {name(edge.source)} {edge.label} {name(edge.target)}
                </span>
              )}{' '}
              <Source citations={edge.sources} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
