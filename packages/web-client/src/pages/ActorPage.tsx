import { ActorDetailDocument } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';
import { Responsibilities } from '../components/Responsibilities';
import { Loaded, Period } from '../components/Status';
import { Source } from '../components/Source';
import { AsOf } from '../components/AsOf';
import { Updated } from '../components/Updated';
import { useLiveRefresh } from '../live';

export function ActorPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(ActorDetailDocument, { slug, asOf });
  const refreshedAt = useLiveRefresh([state.data?.actor?.id], state.refetch);
  return (
    <Loaded state={state} pick={(data) => data.actor}>
      {(actor) => (
        <article className="page">
          <header className="page-header">
            <p className="eyebrow">{t.actor}</p>
            <h1>
              {actor.name}
              {actor.shortName && actor.shortName !== actor.name ? (
                <span className="short-name"> ({actor.shortName})</span>
              ) : null}
            </h1>
            {actor.description ? <p className="lead">{actor.description}</p> : null}
            <dl className="summary">
              <div>
                <dt>{t.sector}</dt>
                <dd>{label(actor.sector)}</dd>
              </div>
              <div>
                <dt>{t.level}</dt>
                <dd>{label(actor.level)}</dd>
              </div>
              <div>
                <dt>{t.type}</dt>
                <dd>{label(actor.type)}</dd>
              </div>
              {actor.areas.length ? (
                <div>
                  <dt>{t.areas}</dt>
                  <dd>
                    {actor.areas.map((area, i) => (
                      <span key={area.code}>
                        {i > 0 ? ', ' : ''}
                        <Link to={`/areas/${area.code}`}>{area.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              ) : null}
              {actor.parent ? (
                <div>
                  <dt>{t.parent}</dt>
                  <dd>
                    <Link to={`/actors/${actor.parent.slug}`}>{actor.parent.name}</Link>
                  </dd>
                </div>
              ) : null}
              {actor.website ? (
                <div>
                  <dt>{t.website}</dt>
                  <dd>
                    <a href={actor.website} rel="noreferrer">
                      {actor.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
            <AsOf />
            <Updated at={refreshedAt} />
          </header>

          <div className="columns">
            <section className="card wide" aria-labelledby="responsibilities">
              <h2 id="responsibilities">{t.responsibilities}</h2>
              <Responsibilities rows={actor.responsibilities} />
            </section>

            <section className="card" aria-labelledby="memberships">
              <h2 id="memberships">{t.memberships}</h2>
              {actor.memberships.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <ul className="facts">
                  {actor.memberships.map((membership) => (
                    <li key={membership.id} className="fact">
                      <div className="fact-main">
                        <Link to={`/forums/${membership.forum.slug}`}>{membership.forum.name}</Link>
                        <span className="muted">
                          {' '}
                          · {label(membership.role)}
                          {membership.category ? ` · ${membership.category}` : ''}
                        </span>
                      </div>
                      <div className="fact-meta">
                        <Period from={membership.validFrom} to={membership.validTo} />
                        <Source citations={membership.sources} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section className="card" aria-labelledby="positions">
              <h2 id="positions">{t.positions}</h2>
              {actor.positions.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <ul className="facts">
                  {actor.positions.map((position) => (
                    <li key={position.id} className="fact">
                      <div className="fact-main">
                        <Link to={`/people/${position.person.slug}`}>{position.person.name}</Link>
                        <span className="muted"> · {position.title}</span>
                      </div>
                      <div className="fact-meta">
                        <Period from={position.validFrom} to={position.validTo} />
                        <Source citations={position.sources} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {actor.sources.length ? (
              <section className="card" aria-labelledby="sources">
                <h2 id="sources">{t.sources}</h2>
                <Source citations={actor.sources} />
              </section>
            ) : null}
          </div>
        </article>
      )}
    </Loaded>
  );
}
