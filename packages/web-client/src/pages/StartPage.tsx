import { useT } from '../i18n';
import { Link } from '../router';

const EXAMPLES = [
  { to: '/actors/region-jamtland-harjedalen', name: 'Region Jämtland Härjedalen', kind: 'ACTOR' },
  { to: '/forums/lanspartnerskapet', name: 'Länspartnerskapet', kind: 'FORUM' },
  { to: '/strategies/rus', name: 'Regional utvecklingsstrategi', kind: 'STRATEGY' },
];

export function StartPage() {
  const { t } = useT();
  return (
    <article className="page start">
      <header className="hero">
        <h1>{t.tagline}</h1>
        <p className="lead">{t.startIntro}</p>
        <p>{t.startSearch}</p>
      </header>
      <ul className="tiles">
        {EXAMPLES.map((example) => (
          <li key={example.to}>
            <Link to={example.to} className="tile">
              <span className="eyebrow">{t.kinds[example.kind]}</span>
              <span className="tile-title">{example.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
