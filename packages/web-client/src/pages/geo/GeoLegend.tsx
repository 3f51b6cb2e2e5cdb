import { useT } from '../../i18n';
import { binColour, binsOf } from './shades';

/** The shades and the values each stands for: 0, then up to five ranges up to `max`. */
export function GeoLegend({ max, unit }: { max: number; unit: string }) {
  const { t } = useT();
  const bins = binsOf(max);
  return (
    <section className="map-box map-legend" aria-labelledby="geo-legend-title">
      <h2 id="geo-legend-title">
        {t.legend}: {unit}
      </h2>
      <ul>
        {Array.from({ length: bins + 1 }, (_, i) => {
          const lo = Math.floor(((i - 1) * max) / bins) + 1;
          const hi = Math.floor((i * max) / bins);
          return (
            <li key={i}>
              <span className="swatch" style={{ background: binColour(i, bins) }} />
              {i === 0 ? '0' : lo === hi ? String(hi) : `${lo}–${hi}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
