import { PersonDetailDocument, type PersonDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';
import { routes } from '../routes';
import { AsOf } from '../components/AsOf';
import { Fact, FactList } from '../components/Facts';
import { MemberLink } from '../components/MemberLink';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { Loaded } from '../components/Status';
import { Source } from '../components/Source';
import { Summary } from '../components/Summary';
import { Updated } from '../components/Updated';
import { History } from '../components/History';
import { records, useLiveRefresh, type Watch } from '../live';

type Person = NonNullable<PersonDetailQuery['person']>;

/**
 * The person and the positions, representations and responsibilities shown. The API tells new
 * ones by actor or forum, not by person, so those appear with the next refresh.
 */
function watched(person: Person | null | undefined): Watch[] {
  if (!person) return [];
  return [
    { record: person.id },
    ...records(person.positions, person.representations, person.responsibilities),
  ];
}

export function PersonPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(PersonDetailDocument, { slug, asOf });
  const refreshedAt = useLiveRefresh(watched(state.data?.person), state.refetch);
  return (
    <Loaded state={state} pick={(data) => data.person}>
      {(person) => (
        <article className="page">
          <header className="page-header">
            <p className="eyebrow">{t.person}</p>
            <h1>{person.name}</h1>
            {person.positions.length ? (
              <p className="lead">
                {person.positions.map((position, i) => (
                  <span key={position.id}>
                    {i > 0 ? '; ' : ''}
                    {position.title},{' '}
                    <Link to={routes.actor(position.actor.slug)}>{position.actor.name}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            <Summary facts={[[t.workContact, person.workContact]]} />
            <Source citations={person.sources} />
            <AsOf />
            <Updated at={refreshedAt} />
          </header>

          <div className="columns">
            <Section id="positions" title={t.positions}>
              <FactList items={person.positions}>
                {(position) => (
                  <Fact record={position}>
                    {position.title}
                    <span className="muted"> · </span>
                    <Link to={routes.actor(position.actor.slug)}>{position.actor.name}</Link>
                  </Fact>
                )}
              </FactList>
            </Section>

            <Section id="representations" title={t.representations}>
              <FactList items={person.representations}>
                {(membership) => (
                  <Fact
                    record={membership}
                    meta={
                      <>
                        <span>
                          {t.representsFor} <MemberLink member={membership.member} />
                        </span>
                        {membership.category ? <span>{membership.category}</span> : null}
                      </>
                    }
                  >
                    <Link to={routes.forum(membership.forum.slug)}>{membership.forum.name}</Link>
                    {membership.role !== 'MEMBER' ? (
                      <span className="badge">{label(membership.role)}</span>
                    ) : null}
                  </Fact>
                )}
              </FactList>
            </Section>

            <Section id="person-responsibilities" title={t.responsibilities} wide>
              <Responsibilities rows={person.responsibilities} />
            </Section>
            <History id={person.id} refreshedAt={refreshedAt} />
          </div>
        </article>
      )}
    </Loaded>
  );
}
