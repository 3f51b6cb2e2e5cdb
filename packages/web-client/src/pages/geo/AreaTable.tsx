import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Shape } from './areas';
import type { Counts } from './counts';

/**
 * The map's figures as a table, areas in alphabetical order, each a link to its page where the
 * API counted it (the register holds it).
 */
export function AreaTable({
  shapes,
  title,
  counts,
}: {
  shapes: Shape[];
  title: string;
  counts: Counts | null;
}) {
  const { t } = useT();
  return (
    <section aria-labelledby="geo-table-title">
      <h2 id="geo-table-title">{title}</h2>
      <table className="geo-table">
        <thead>
          <tr>
            <th scope="col">{t.area}</th>
            <th scope="col">{t.geoActors}</th>
            <th scope="col">{t.geoResponsibilities}</th>
          </tr>
        </thead>
        <tbody>
          {[...shapes]
            .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
            .map((shape) => (
              <tr key={shape.code}>
                <th scope="row">
                  {counts?.actors.has(shape.code) ? (
                    <Link to={routes.area(shape.code)}>{shape.name}</Link>
                  ) : (
                    shape.name
                  )}
                </th>
                <td>{counts?.actors.get(shape.code) ?? 0}</td>
                <td>{counts?.responsibilities.get(shape.code) ?? 0}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
