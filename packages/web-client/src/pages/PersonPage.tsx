import { PersonDetailDocument } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { usePageText } from '../pages-i18n';
import { Link, useLocation } from '../router';
import { AsOf } from '../components/AsOf';
import { Responsibilities } from '../components/Responsibilities';
import { Loaded, Period } from '../components/Status';
import { Source } from '../components/Source';
import '../pages.css';

export function PersonPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const p = usePageText();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(PersonDetailDocument, { slug, asOf });
  return (
    <Loaded state={state} pick={(data) => data.person}>
      {(person) => (
        <article className="page">
          <header className="page-header">
            <p className="eyebrow">{p.person}</p>
            <h1>{person.name}</h1>
            {person.positions.length ? (
              <p className="lead">
                {person.positions.map((position, i) => (
                  <span key={position.id}>
                    {i > 0 ? '; ' : ''}
                    {position.title},{' '}
                    <Link to={`/actors/${position.actor.slug}`}>{position.actor.name}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            {person.workContact ? (
              <dl className="summary">
                <div>
                  <dt>{p.workContact}</dt>
                  <dd>{person.workContact}</dd>
                </div>
              </dl>
            ) : null}
            <Source citations={person.sources} />
            <AsOf />
          </header>

          <div className="columns">
            <section className="card" aria-labelledby="positions">
              <h2 id="positions">{p.positions}</h2>
              {person.positions.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <ul className="facts">
                  {person.positions.map((position) => (
                    <li key={position.id} className="fact">
                      <div className="fact-main">
                        {position.title}
                        <span className="muted"> · </span>
                        <Link to={`/actors/${position.actor.slug}`}>{position.actor.name}</Link>
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

            <section className="card" aria-labelledby="representations">
              <h2 id="representations">{p.representations}</h2>
              {person.representations.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <ul className="facts">
                  {person.representations.map((membership) => (
                    <li key={membership.id} className="fact">
                      <div className="fact-main">
                        <Link to={`/forums/${membership.forum.slug}`}>{membership.forum.name}</Link>
                        {membership.role !== 'MEMBER' ? (
                          <span className="badge">{label(membership.role)}</span>
                        ) : null}
                      </div>
                      <div className="fact-meta">
                        {membership.member.__typename === 'Actor' ? (
                          <span>
                            {p.representsFor}{' '}
                            <Link to={`/actors/${membership.member.slug}`}>
                              {membership.member.name}
                            </Link>
                          </span>
                        ) : membership.member.__typename === 'Forum' ? (
                          <span>
                            {p.representsFor}{' '}
                            <Link to={`/forums/${membership.member.slug}`}>
                              {membership.member.name}
                            </Link>
                          </span>
                        ) : null}
                        {membership.category ? <span>{membership.category}</span> : null}
                        <Period from={membership.validFrom} to={membership.validTo} />
                        <Source citations={membership.sources} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section className="card wide" aria-labelledby="person-responsibilities">
              <h2 id="person-responsibilities">{t.responsibilities}</h2>
              <Responsibilities rows={person.responsibilities} />
            </section>
          </div>
        </article>
      )}
    </Loaded>
  );
}
