import { ActorDetailDocument, type ActorDetailQuery } from '@samverkan/schema';
import { useAsOf } from '../day';
import { useT } from '../i18n';
import { records, type Watch } from '../live';
import { Link } from '../router';
import { routes } from '../routes';
import { Fact, FactList } from '../components/Facts';
import { History } from '../components/History';
import { inlineLinks } from '../components/InlineLinks';
import { RecordHeader } from '../components/RecordHeader';
import { RecordPage } from '../components/RecordPage';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { Source } from '../components/Source';

type Actor = NonNullable<ActorDetailQuery['actor']>;

/** The actor, its responsibilities (new ones too) and the positions and memberships shown. */
function watched(actor: Actor): Watch[] {
  return [
    { record: actor.id },
    { responsibilities: { actor: actor.id } },
    ...records(actor.positions, actor.memberships),
  ];
}

export function ActorPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const asOf = useAsOf();
  return (
    <RecordPage
      query={ActorDetailDocument}
      variables={{ slug, asOf }}
      pick={(data) => data.actor}
      watched={watched}
    >
      {(actor, refreshedAt) => (
        <>
          <RecordHeader
            kind={t.actor}
            name={actor.name}
            shortName={actor.shortName}
            lead={actor.description}
            facts={[
              [t.sector, label(actor.sector)],
              [t.level, label(actor.level)],
              [t.type, label(actor.type)],
              [
                t.areas,
                inlineLinks(actor.areas, (area) => ({
                  to: routes.area(area.code),
                  name: area.name,
                })),
              ],
              [
                t.parent,
                actor.parent && (
                  <Link to={routes.actor(actor.parent.slug)}>{actor.parent.name}</Link>
                ),
              ],
              [
                t.website,
                actor.website && (
                  <a href={actor.website} rel="noreferrer">
                    {actor.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                  </a>
                ),
              ],
            ]}
            refreshedAt={refreshedAt}
          />

          <div className="columns">
            <Section id="responsibilities" title={t.responsibilities} wide>
              <Responsibilities rows={actor.responsibilities} />
            </Section>

            <Section id="memberships" title={t.memberships}>
              <FactList items={actor.memberships}>
                {(membership) => (
                  <Fact record={membership}>
                    <Link to={routes.forum(membership.forum.slug)}>{membership.forum.name}</Link>
                    <span className="muted">
                      {' '}
                      · {label(membership.role)}
                      {membership.category ? ` · ${membership.category}` : ''}
                    </span>
                  </Fact>
                )}
              </FactList>
            </Section>

            <Section id="positions" title={t.people}>
              <FactList items={actor.positions}>
                {(position) => (
                  <Fact record={position}>
                    <Link to={routes.person(position.person.slug)}>{position.person.name}</Link>
                    <span className="muted"> · {position.title}</span>
                  </Fact>
                )}
              </FactList>
            </Section>

            {actor.sources.length ? (
              <Section id="sources" title={t.sources}>
                <Source citations={actor.sources} />
              </Section>
            ) : null}
            <History id={actor.id} refreshedAt={refreshedAt} />
          </div>
        </>
      )}
    </RecordPage>
  );
}
