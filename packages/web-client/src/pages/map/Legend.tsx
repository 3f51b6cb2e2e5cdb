import { useT, wordFor } from '../../i18n';
import { ACTOR_SECTORS } from '../../enums';
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

/** A short stretch of a line as the map draws it. */
function LineSample({ colour, width, dashes }: { colour: string; width: number; dashes?: string }) {
  return (
    <svg viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
      <line
        x1="0"
        y1="4"
        x2="28"
        y2="4"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashes}
      />
    </svg>
  );
}

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
  const sectors = ACTOR_SECTORS.filter((sector) => nodes.some((n) => n.sector === sector));
  const lines = lineKeysOf(edges);
  return (
    <section className="map-box map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">{t.legend}</h2>
      <h3>{t.mapShapes}</h3>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d={SHAPE_ICONS[kind]} fill={KIND_COLOURS[kind]} />
            </svg>
            {wordFor(t.nodeKinds, kind) ?? kind}
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
            <LineSample
              colour={edgeStyleOf({ kind, role }).color}
              width={2.5}
              dashes={DASHES[edgeStyleOf({ kind, role }).style]}
            />
            {wordFor(t.edgeKinds, kind) ?? kind}
            {role ? `: ${label(role).toLowerCase()}` : ''}
          </li>
        ))}
        {appeared ? (
          <li>
            <LineSample colour={APPEARED_COLOUR} width={APPEARED_WIDTH} />
            {t.mapLegendAppeared}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
