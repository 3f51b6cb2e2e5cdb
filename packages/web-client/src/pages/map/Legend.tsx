import { useT } from '../../i18n';
import { SECTORS } from './filter';
import {
  APPEARED_COLOUR,
  APPEARED_WIDTH,
  DASHES,
  edgeStyleOf,
  KIND_COLOURS,
  SECTOR_COLOURS,
  SHAPES,
  SHAPE_ICONS,
  lineKeysOf,
  type MapEdge,
  type MapNode,
} from './style';

/** What the shapes, colours and lines mean; `appeared`: some edges are highlighted as new. */
export function Legend({
  nodes,
  edges,
  appeared,
}: {
  nodes: MapNode[];
  edges: MapEdge[];
  appeared: boolean;
}) {
  const { t, label } = useT();
  const kinds = Object.keys(SHAPES).filter((kind) => nodes.some((n) => n.kind === kind));
  const sectors = SECTORS.filter((sector) => nodes.some((n) => n.sector === sector));
  const lines = lineKeysOf(edges);
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
        {lines.map(({ kind, role }) => (
          <li key={`${kind}:${role}`}>
            <svg viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                stroke={edgeStyleOf({ kind, role }).color}
                strokeWidth="2.5"
                strokeDasharray={DASHES[edgeStyleOf({ kind, role }).style]}
              />
            </svg>
            {t.edgeKinds[kind] ?? kind}
            {role ? `: ${label(role).toLowerCase()}` : ''}
          </li>
        ))}
        {appeared ? (
          <li>
            <svg viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                stroke={APPEARED_COLOUR}
                strokeWidth={APPEARED_WIDTH}
              />
            </svg>
            {t.mapLegendAppeared}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
