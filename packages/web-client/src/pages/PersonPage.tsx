import { PersonDetailDocument, type PersonDetailQuery } from '@samverkan/schema';
import { useAsOf, useKnownAt } from '../day';
import { identifiersText } from '../components/identifiers';
import { useT } from '../i18n';
import { records, type Watch } from '../live';
import { Link } from '../router';
import { routes } from '../routes';
import { Fact, FactList } from '../components/Facts';
import { History } from '../components/History';
import { MemberLink } from '../components/MemberLink';
import { RecordHeader } from '../components/RecordHeader';
import { RecordPage } from '../components/RecordPage';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { RecordActions } from '../edit/RecordActions';
import { AddPosition, PositionControls } from '../edit/Positions';

type Person = NonNullable<PersonDetailQuery['person']>;

/**
 * The person and the positions, representations and responsibilities shown. The API tells new
 * ones by actor or forum, not by person, so those appear with the next refresh.
 */
function watched(person: Person): Watch[] {
  return [
    { record: person.id },
    ...records(person.positions, person.representations, person.responsibilities),
  ];
}

export function PersonPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const asOf = useAsOf();
  const knownAt = useKnownAt();
  return (
    <RecordPage
      query={PersonDetailDocument}
      variables={{ slug, asOf, knownAt }}
      pick={(data) => data.person}
      watched={watched}
      address={(person) => routes.person(person.slug)}
    >
      {(person, refreshedAt, changed) => (
        <>
          <RecordHeader
            kind={t.person}
            name={person.name}
            actions={<RecordActions typename="Person" record={person} onChanged={changed} />}
            lead={
              person.positions.length > 0 &&
              person.positions.map((position, i) => (
                <span key={position.id}>
                  {i > 0 ? '; ' : ''}
                  {position.title ? `${position.title}, ` : ''}
                  <Link to={routes.actor(position.actor.slug)}>{position.actor.name}</Link>
                </span>
              ))
            }
            facts={[
              [t.workContact, person.workContact],
              [t.identifiers, identifiersText(person.identifiers)],
            ]}
            sources={person.sources}
            refreshedAt={refreshedAt}
          />

          <div className="columns">
            <Section id="positions" title={t.positions}>
              <FactList items={person.positions}>
                {(position) => (
                  <Fact record={position}>
                    {position.title ? (
                      <>
                        {position.title}
                        <span className="muted"> · </span>
                      </>
                    ) : null}
                    <Link to={routes.actor(position.actor.slug)}>{position.actor.name}</Link>
                    <PositionControls
                      position={position}
                      person={person.name}
                      onChanged={changed}
                    />
                  </Fact>
                )}
              </FactList>
              <AddPosition person={person} onChanged={changed} />
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
        </>
      )}
    </RecordPage>
  );
}
