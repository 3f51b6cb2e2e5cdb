import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import {
  MapOptionsDocument,
  WhoDoesWhatDocument,
  type WhoDoesWhatFilter,
  type WhoDoesWhatQuery,
} from '@samverkan/schema';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { AsOf } from '../components/AsOf';
import { Source } from '../components/Source';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, setParams, useLocation } from '../router';

type MapNode = WhoDoesWhatQuery['whoDoesWhat']['nodes'][number];
type MapEdge = WhoDoesWhatQuery['whoDoesWhat']['edges'][number];

/** Shape by node kind. */
export const SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  ACTOR: 'ellipse',
  PERSON: 'round-triangle',
  FORUM: 'round-rectangle',
  STRATEGY: 'diamond',
  OBJECTIVE: 'round-diamond',
  TOPIC: 'hexagon',
  AREA: 'round-pentagon',
};
/** The legend's small SVG stand-ins for the shapes. */
const SHAPE_ICONS: Record<string, string> = {
  ACTOR: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z',
  PERSON: 'M8 1.5 15 14.5H1z',
  FORUM: 'M2 3h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z',
  STRATEGY: 'M8 0.5 15.5 8 8 15.5 0.5 8z',
  OBJECTIVE: 'M8 2.5 13.5 8 8 13.5 2.5 8z',
  TOPIC: 'M4 1.5h8L16 8l-4 6.5H4L0 8z',
  AREA: 'M8 1l7 5-2.7 8.5H3.7L1 6z',
};
/** Colour by sector (actors); other kinds in neutral tones. Checked against white text. */
export const SECTOR_COLOURS: Record<string, string> = {
  PUBLIC: '#1d5fa8',
  BUSINESS: '#b34a00',
  ACADEMIA: '#6a3d9a',
  CIVIL_SOCIETY: '#2f7d32',
};
const KIND_COLOURS: Record<string, string> = {
  PERSON: '#5c6670',
  FORUM: '#0e7c86',
  STRATEGY: '#8a6d00',
  OBJECTIVE: '#a0812a',
  TOPIC: '#7a5c61',
  AREA: '#4b6b3c',
  ACTOR: '#44505c',
};
/** Line style and colour by edge kind. */
const EDGE_STYLES: Record<string, { color: string; style: 'solid' | 'dashed' | 'dotted' }> = {
  RESPONSIBILITY: { color: '#b3261e', style: 'solid' },
  MEMBERSHIP: { color: '#0e7c86', style: 'solid' },
  POSITION: { color: '#5c6670', style: 'dotted' },
  REPRESENTS: { color: '#6a3d9a', style: 'dashed' },
  PARENT: { color: '#44505c', style: 'dashed' },
  IMPLEMENTS: { color: '#8a6d00', style: 'dashed' },
  ANCHORED_IN: { color: '#8a6d00', style: 'dotted' },
};
const ROLES = ['LEADS', 'CONVENES', 'EXECUTES', 'CONTRIBUTES', 'FUNDS', 'CONSULTED', 'INFORMED'];
const SECTORS = ['PUBLIC', 'BUSINESS', 'ACADEMIA', 'CIVIL_SOCIETY'];
const FOCUS_KEYS: Record<string, keyof WhoDoesWhatFilter> = {
  ACTOR: 'actor',
  AREA: 'area',
  FORUM: 'forum',
  STRATEGY: 'strategy',
  OBJECTIVE: 'objective',
};

export function colourOf(node: Pick<MapNode, 'kind' | 'sector'>): string {
  return (node.sector && SECTOR_COLOURS[node.sector]) || KIND_COLOURS[node.kind] || '#44505c';
}

/** The page of a node, where the client has one. */
export function pathOf(node: MapNode): string | null {
  switch (node.kind) {
    case 'ACTOR':
      return node.slug ? `/actors/${node.slug}` : null;
    case 'FORUM':
      return node.slug ? `/forums/${node.slug}` : null;
    case 'STRATEGY':
      return node.slug ? `/strategies/${node.slug}` : null;
    case 'PERSON':
      return node.slug ? `/people/${node.slug}` : null;
    case 'AREA':
      return node.code ? `/areas/${node.code}` : null;
    default:
      return null;
  }
}

function useMapFilter(params: URLSearchParams) {
  const options = useQuery(MapOptionsDocument, {});
  const data = options.data;
  const forum = params.get('forum');
  const strategy = params.get('strategy');
  const area = params.get('area');
  const focus = params.get('focus');
  const focusKind = params.get('focusKind') ?? '';
  const depth = Number(params.get('depth') ?? '2');
  const needsOptions = Boolean(forum || strategy || area);
  const filter: WhoDoesWhatFilter = {};
  if (data) {
    const forumId = data.forums.nodes.find((f) => f.slug === forum)?.id;
    const strategyId = data.strategies.nodes.find((s) => s.slug === strategy)?.id;
    const areaId = data.areas.nodes.find((a) => a.code === area)?.id;
    if (forumId) filter.forum = forumId;
    if (strategyId) filter.strategy = strategyId;
    if (areaId) filter.area = areaId;
  }
  const focusKey = FOCUS_KEYS[focusKind];
  if (focus && focusKey) (filter as Record<string, unknown>)[focusKey] = focus;
  if (Number.isInteger(depth) && depth >= 0 && depth <= 4) filter.depth = depth;
  const role = params.get('role');
  if (role && ROLES.includes(role)) filter.role = role as WhoDoesWhatFilter['role'];
  const sector = params.get('sector');
  if (sector && SECTORS.includes(sector)) filter.sector = sector as WhoDoesWhatFilter['sector'];
  const asOf = params.get('asOf');
  if (asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) filter.asOf = asOf;
  return { options, filter, waiting: needsOptions && !data };
}

function Select({
  label,
  name,
  value,
  choices,
}: {
  label: string;
  name: string;
  value: string;
  choices: { value: string; label: string }[];
}) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="map-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) =>
          setParams({ [name]: event.target.value || null, focus: null, focusKind: null })
        }
      >
        <option value="">{t.mapAll}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Legend({ nodes, edges }: { nodes: MapNode[]; edges: MapEdge[] }) {
  const { t, label } = useT();
  const kinds = Object.keys(SHAPES).filter((kind) => nodes.some((n) => n.kind === kind));
  const sectors = SECTORS.filter((sector) => nodes.some((n) => n.sector === sector));
  const edgeKinds = Object.keys(EDGE_STYLES).filter((kind) => edges.some((e) => e.kind === kind));
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">{t.mapLegend}</h2>
      <h3>{t.mapShapes}</h3>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d={SHAPE_ICONS[kind]} fill={KIND_COLOURS[kind]} />
            </svg>
            {t.nodeKinds[kind] ?? kind}
          </li>
        ))}
      </ul>
      <h3>{t.mapColours}</h3>
      <ul>
        {sectors.map((sector) => (
          <li key={sector}>
            <span className="swatch" style={{ background: SECTOR_COLOURS[sector] }} />
            {label(sector)}
          </li>
        ))}
      </ul>
      <h3>{t.mapLines}</h3>
      <ul>
        {edgeKinds.map((kind) => (
          <li key={kind}>
            <svg viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                stroke={EDGE_STYLES[kind].color}
                strokeWidth="2.5"
                strokeDasharray={
                  EDGE_STYLES[kind].style === 'dashed'
                    ? '6 3'
                    : EDGE_STYLES[kind].style === 'dotted'
                      ? '2 3'
                      : undefined
                }
              />
            </svg>
            {t.edgeKinds[kind] ?? kind}
          </li>
        ))}
      </ul>
    </section>
  );
}

function NodeCard({
  node,
  nodes,
  edges,
  onClose,
}: {
  node: MapNode;
  nodes: Map<string, MapNode>;
  edges: MapEdge[];
  onClose: () => void;
}) {
  const { t, label } = useT();
  const path = pathOf(node);
  const own = edges.filter((e) => e.source === node.id || e.target === node.id);
  const focusKind = FOCUS_KEYS[node.kind] ? node.kind : null;
  return (
    <section className="map-card" aria-labelledby="map-card-title">
      <div className="map-card-head">
        <h2 id="map-card-title">{node.label}</h2>
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
          const other = nodes.get(edge.source === node.id ? edge.target : edge.source);
          return (
            <li key={edge.id}>
              {edge.source === node.id ? '→ ' : '← '}
              <span>{edge.role ? label(edge.role) : edge.label}</span>{' '}
              <strong>{other?.label}</strong> <Source citations={edge.sources} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function elementsOf(nodes: MapNode[], edges: MapEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((node) => ({
      data: {
        id: node.id,
        label: node.shortName || node.label,
        shape: SHAPES[node.kind] ?? 'ellipse',
        colour: colourOf(node),
        size: node.kind === 'PERSON' || node.kind === 'OBJECTIVE' ? 22 : 34,
      },
    })),
    ...edges.map((edge) => ({
      data: {
        id: `e-${edge.id}`,
        source: edge.source,
        target: edge.target,
        colour: EDGE_STYLES[edge.kind]?.color ?? '#888',
        lineStyle: EDGE_STYLES[edge.kind]?.style ?? 'solid',
        width: edge.role === 'LEADS' || edge.role === 'CONVENES' ? 3 : 1.5,
      },
    })),
  ];
}

function Graph({
  nodes,
  edges,
  selected,
  onSelect,
  cyRef,
}: {
  nodes: MapNode[];
  edges: MapEdge[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  cyRef: { current: Core | null };
}) {
  const container = useRef<HTMLDivElement>(null);
  const select = useEffectEvent((id: string | null) => onSelect(id));
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: elementsOf(nodes, edges),
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'font-size': 10,
            'font-family': 'system-ui, sans-serif',
            color: '#1b2530',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            'border-width': 1.5,
            'border-color': '#ffffff',
          },
        },
        {
          selector: 'node:selected',
          style: { 'border-width': 4, 'border-color': '#ffbf47' },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'line-style': 'data(lineStyle)' as unknown as 'solid',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.7,
            'curve-style': 'bezier',
            opacity: 0.75,
          },
        },
      ],
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
      },
    });
    cy.on('tap', 'node', (event) => select(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) select(null);
    });
    cyRef.current = cy;
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [nodes, edges, cyRef]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (selected) cy.getElementById(selected).select();
  }, [selected, cyRef, nodes]);
  return (
    <div
      ref={container}
      className="map-canvas"
      data-nodes={nodes.length}
      data-edges={edges.length}
      aria-hidden="true"
    />
  );
}

export function MapPage() {
  const { t, label } = useT();
  const { params } = useLocation();
  const { options, filter, waiting } = useMapFilter(params);
  const state = useQuery(WhoDoesWhatDocument, { filter }, waiting);
  const cyRef = useRef<Core | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const data = state.data?.whoDoesWhat;
  const nodes = useMemo(() => data?.nodes ?? [], [data]);
  const edges = useMemo(() => data?.edges ?? [], [data]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const selectedNode = selected ? byId.get(selected) : undefined;
  const focus = params.get('focus');
  const focusNode = focus ? byId.get(focus) : undefined;

  const exportPng = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'samverkan-map.png';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const o = options.data;
  return (
    <article className="map-page">
      <h1>{t.mapTitle}</h1>
      <p className="lead">{t.mapIntro}</p>
      <form
        className="map-filters"
        aria-label={t.mapFilters}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t.forum}
          name="forum"
          value={params.get('forum') ?? ''}
          choices={(o?.forums.nodes ?? []).map((f) => ({ value: f.slug, label: f.name }))}
        />
        <Select
          label={t.strategy}
          name="strategy"
          value={params.get('strategy') ?? ''}
          choices={(o?.strategies.nodes ?? []).map((s) => ({ value: s.slug, label: s.name }))}
        />
        <Select
          label={t.area}
          name="area"
          value={params.get('area') ?? ''}
          choices={(o?.areas.nodes ?? []).map((a) => ({ value: a.code, label: a.name }))}
        />
        <Select
          label={t.role}
          name="role"
          value={params.get('role') ?? ''}
          choices={ROLES.map((r) => ({ value: r, label: label(r) }))}
        />
        <Select
          label={t.sector}
          name="sector"
          value={params.get('sector') ?? ''}
          choices={SECTORS.map((s) => ({ value: s, label: label(s) }))}
        />
        <AsOf />
        <div className="map-filter-actions">
          {focus ? (
            <span>
              {t.mapFocused} <strong>{focusNode?.label ?? '…'}</strong>{' '}
              <label>
                {t.mapDepth}{' '}
                <select
                  value={params.get('depth') ?? '2'}
                  onChange={(event) => setParams({ depth: event.target.value })}
                >
                  {[0, 1, 2, 3, 4].map((d) => (
                    <option key={d}>{d}</option>
                  ))}
                </select>
              </label>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setParams({ focus: null, focusKind: null, depth: null })}
              >
                {t.mapClearFocus}
              </button>
            </span>
          ) : null}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setParams({
                forum: null,
                strategy: null,
                area: null,
                role: null,
                sector: null,
                focus: null,
                focusKind: null,
                depth: null,
              })
            }
          >
            {t.mapReset}
          </button>
          <button type="button" className="button" onClick={exportPng} disabled={!data}>
            {t.mapExport}
          </button>
        </div>
      </form>
      {state.status === 'error' ? (
        <div className="notice" role="alert">
          <p>{state.error.message}</p>
        </div>
      ) : null}
      <p className="map-status" role="status">
        {data
          ? `${nodes.length} ${t.mapNodesCount}, ${edges.length} ${t.mapEdgesCount}`
          : state.status === 'error'
            ? ''
            : t.loading}
      </p>
      <div className="map-layout">
        <div className="map-stage">
          {data && nodes.length > 0 ? (
            <Graph
              nodes={nodes}
              edges={edges}
              selected={selected}
              onSelect={setSelected}
              cyRef={cyRef}
            />
          ) : data ? (
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
              onClose={() => setSelected(null)}
            />
          ) : null}
          <Legend nodes={nodes} edges={edges} />
        </aside>
      </div>
      <section className="map-list" aria-labelledby="map-list-title">
        <h2 id="map-list-title">{t.mapNodes}</h2>
        <ul>
          {nodes.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === node.id}
                onClick={() => setSelected(node.id)}
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
