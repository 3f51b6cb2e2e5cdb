import { AreaActorsDocument, AreaDetailDocument } from '@samverkan/schema';
import { useState } from 'react';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { usePageText } from '../pages-i18n';
import { Link, useLocation } from '../router';
import { AsOf } from '../components/AsOf';
import { Responsibilities } from '../components/Responsibilities';
import { Loaded, Period } from '../components/Status';
import { Source } from '../components/Source';
import '../pages.css';

const FIRST = 100; // the API's largest page
const SHOWN = 24;

function AreaActors({ area }: { area: string }) {
  const { t, label } = useT();
  const p = usePageText();
  const [all, setAll] = useState(false);
  const state = useQuery(AreaActorsDocument, { area, first: FIRST });
  return (
    <Loaded state={state} pick={(data) => data.actors}>
      {(actors) =>
        actors.nodes.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <>
            <ul className="facts actor-list">
              {(all ? actors.nodes : actors.nodes.slice(0, SHOWN)).map((actor) => (
                <li key={actor.slug} className="fact">
                  <div className="fact-main">
                    <Link to={`/actors/${actor.slug}`}>{actor.name}</Link>
                  </div>
                  <div className="fact-meta">
                    <span>{label(actor.type)}</span>
                    <span>{label(actor.sector)}</span>
                  </div>
                </li>
              ))}
            </ul>
            {!all && actors.nodes.length > SHOWN ? (
              <button type="button" className="link-button" onClick={() => setAll(true)}>
                {p.showAll(actors.totalCount)}
              </button>
            ) : null}
          </>
        )
      }
    </Loaded>
  );
}

export function AreaPage({ code }: { code: string }) {
  const { t, label } = useT();
  const p = usePageText();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(AreaDetailDocument, { code, asOf });
  return (
    <Loaded state={state} pick={(data) => data.area}>
      {(area) => (
        <article className="page">
          <header className="page-header">
            <p className="eyebrow">{p.areaKinds[area.kind] ?? p.area}</p>
            <h1>{area.name}</h1>
            <dl className="summary">
              {area.parent ? (
                <div>
                  <dt>{p.parentArea}</dt>
                  <dd>
                    <Link to={`/areas/${area.parent.code}`}>{area.parent.name}</Link>
                  </dd>
                </div>
              ) : null}
              {area.identifiers.length ? (
                <div>
                  <dt>{p.identifiers}</dt>
                  <dd>
                    {area.identifiers
                      .map((id) => `${id.scheme.toUpperCase()} ${id.identifier}`)
                      .join(' · ')}
                  </dd>
                </div>
              ) : null}
            </dl>
            <Source citations={area.sources} />
            <AsOf />
          </header>

          <div className="columns">
            {area.children.length ? (
              <section className="card wide" aria-labelledby="children">
                <h2 id="children">
                  {p.children} <span className="count">{area.children.length}</span>
                </h2>
                <ul className="link-list">
                  {area.children.map((child) => (
                    <li key={child.code}>
                      <Link to={`/areas/${child.code}`}>{child.name}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            <section className="card" aria-labelledby="actors">
              <h2 id="actors">{p.actorsHere}</h2>
              <AreaActors area={area.id} />
            </section>

            <section className="card" aria-labelledby="strategies">
              <h2 id="strategies">{p.strategiesHere}</h2>
              {area.strategies.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <ul className="facts">
                  {area.strategies.map((strategy) => (
                    <li key={strategy.slug} className="fact">
                      <div className="fact-main">
                        <Link to={`/strategies/${strategy.slug}`}>{strategy.name}</Link>
                      </div>
                      <div className="fact-meta">
                        <span>{label(strategy.kind)}</span>
                        <Period from={strategy.periodFrom} to={strategy.periodTo} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section className="card wide" aria-labelledby="area-responsibilities">
              <h2 id="area-responsibilities">{t.responsibilities}</h2>
              <Responsibilities rows={area.responsibilities} show="actor" />
            </section>
          </div>
        </article>
      )}
    </Loaded>
  );
}
