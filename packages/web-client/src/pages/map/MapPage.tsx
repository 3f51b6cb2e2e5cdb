import type { Core } from 'cytoscape';
import { WhoDoesWhatDocument, type WhoDoesWhatQuery } from '@samverkan/schema';
import { useMemo, useRef, useState } from 'react';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { useLocation } from '../../router';
import { Changes } from './Changes';
import { Exports } from './Exports';
import { useMapFilter } from './filter';
import { Filters } from './Filters';
import { Graph } from './Graph';
import { Legend } from './Legend';
import { NodeCard } from './NodeCard';
import { Replay } from './Replay';
import { useReplay } from './replay';
import '../maps.css';
import './map.css';

type Drawn = { graph: WhoDoesWhatQuery['whoDoesWhat']; day: string };

/**
 * The map to show: the answer for `day` once it is in, until then the last one (so a replay
 * steps from map to map, never through an empty canvas that would lose the nodes' places).
 */
function useDrawn(graph: Drawn['graph'] | undefined, day: string): Drawn | null {
  const [last, setLast] = useState<Drawn | null>(null);
  if (graph && graph !== last?.graph) setLast({ graph, day });
  return graph ? { graph, day } : last;
}

export function MapPage() {
  const { t } = useT();
  const { params } = useLocation();
  const { options, filter, waiting } = useMapFilter(params);
  const replay = useReplay(filter, waiting);
  const state = useQuery(WhoDoesWhatDocument, { filter }, waiting);
  const drawn = useDrawn(state.data?.whoDoesWhat, replay.shown);
  const cyRef = useRef<Core | null>(null);
  // What is chosen, and whether from the list below the map (then its card takes the focus).
  const [chosen, setChosen] = useState<{ id: string; fromList: boolean } | null>(null);
  // Where the card was opened from (the list's button, or the drawing): closing it goes back there.
  const stage = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const closeCard = () => {
    setChosen(null);
    (opener.current?.isConnected ? opener.current : stage.current)?.focus();
  };
  const selected = chosen?.id ?? null;
  const graph = drawn?.graph;
  const nodes = useMemo(() => graph?.nodes ?? [], [graph]);
  const edges = useMemo(() => graph?.edges ?? [], [graph]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const selectedNode = selected ? byId.get(selected) : undefined;
  const focus = params.get('focus');

  return (
    <article className="map-page">
      <h1>{t.mapTitle}</h1>
      <p className="lead">{t.mapIntro}</p>
      <Filters options={options.data} focusLabel={focus ? byId.get(focus)?.label : undefined}>
        <Exports cyRef={cyRef} day={drawn?.day ?? null} />
      </Filters>
      <Replay
        stops={replay.stops}
        index={replay.index}
        today={replay.today}
        drawn={Boolean(state.data)}
        undated={replay.undated}
      />
      {state.status === 'error' ? (
        <div className="notice" role="alert">
          <p>{state.error.message}</p>
        </div>
      ) : null}
      <p className="map-status" role="status">
        {drawn
          ? `${nodes.length} ${t.mapNodesCount}, ${edges.length} ${t.mapEdgesCount}`
          : state.status === 'error'
            ? ''
            : t.loading}
      </p>
      <div className="map-layout">
        <div className="map-stage" ref={stage} tabIndex={-1} role="group" aria-label={t.mapDrawing}>
          {drawn && nodes.length > 0 ? (
            <Graph
              nodes={nodes}
              edges={edges}
              appeared={replay.appeared}
              day={drawn.day}
              selected={selected}
              onSelect={(id) => {
                opener.current = null;
                setChosen(id ? { id, fromList: false } : null);
              }}
              cyRef={cyRef}
            />
          ) : drawn ? (
            <p className="notice">{t.mapEmpty}</p>
          ) : (
            <div className="map-canvas map-canvas-empty" />
          )}
        </div>
        <aside className="map-side">
          {selectedNode ? (
            <NodeCard
              node={selectedNode}
              nodes={byId}
              edges={edges}
              takeFocus={chosen?.fromList ?? false}
              onClose={closeCard}
            />
          ) : null}
          <Legend nodes={nodes} edges={edges} appeared={replay.appeared.size > 0} />
        </aside>
      </div>
      <Changes day={replay.shown} state={replay.changes} />
      <section className="map-list" aria-labelledby="map-list-title">
        <h2 id="map-list-title">{t.mapNodes}</h2>
        <ul>
          {nodes.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === node.id}
                onClick={(event) => {
                  opener.current = event.currentTarget;
                  setChosen({ id: node.id, fromList: true });
                }}
              >
                {node.label}
              </button>{' '}
              <span className="muted">({t.nodeKinds[node.kind] ?? node.kind})</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export default MapPage;
