import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { HEIGHT, WIDTH, type Shape } from './areas';
import { shadeOf } from './shades';

/**
 * The areas as SVG, each shaded by its value and named by it ("Östersund: 3 aktörer"); a link to
 * its page once the API has counted it (it has a page only if the register holds it). The
 * attribution beneath.
 */
export function AreaMap({
  shapes,
  title,
  values,
  max,
  unit,
}: {
  shapes: Shape[];
  /** The map's accessible name: what it shows. */
  title: string;
  /** The value of each area by code; undefined until the figures are in. */
  values: Map<string, number> | undefined;
  /** The largest value shown, the darkest shade. */
  max: number;
  /** What the values count, in lower case ("aktörer"). */
  unit: string;
}) {
  const { t } = useT();
  return (
    <figure className="geo-figure">
      {shapes.length ? (
        <svg
          className="geo-map"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={title}
          aria-busy={values === undefined}
          data-areas={shapes.length}
        >
          {shapes.map((shape) => {
            const value = values?.get(shape.code) ?? 0;
            const name = `${shape.name}: ${values ? value : t.geoNoData} ${unit}`;
            const drawn = (
              <>
                <title>{name}</title>
                <path d={shape.d} fill={shadeOf(value, max)} data-code={shape.code} />
              </>
            );
            return values?.has(shape.code) ? (
              <Link
                key={shape.code}
                to={routes.area(shape.code)}
                aria-label={name}
                className="geo-area"
              >
                {drawn}
              </Link>
            ) : (
              <g key={shape.code} className="geo-area geo-area-unknown">
                {drawn}
              </g>
            );
          })}
        </svg>
      ) : (
        <p className="loading" role="status">
          {t.loading}
        </p>
      )}
      <figcaption className="geo-attribution">{t.geoAttribution}</figcaption>
    </figure>
  );
}
