import { ActorDetailDocument, type ActorDetailQuery } from '@samverkan/schema';
import { useAsOf, useKnownAt } from '../day';
import { identifiersText } from '../components/identifiers';
import { useT } from '../i18n';
import { records, type Watch } from '../live';
import { Link } from '../router';
import { routes } from '../routes';
import { Fact, FactList, type Recorded } from '../components/Facts';
import { History } from '../components/History';
import { inlineLinks } from '../components/InlineLinks';
import { RecordHeader } from '../components/RecordHeader';
import { RecordPage } from '../components/RecordPage';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { Source } from '../components/Source';
import { RecordActions } from '../edit/RecordActions';
import { AddRelation } from '../edit/Relations';

type Actor = NonNullable<ActorDetailQuery['actor']>;

/** The actor, its responsibilities (new ones too) and the positions and memberships shown. */
function watched(actor: Actor): Watch[] {
  return [
    { record: actor.id },
    { responsibilities: { actor: actor.id } },
    ...records(actor.positions, actor.memberships),
  ];
}

/**
 * The records the actor is tied to (its memberships, its people's positions): each a link to the
 * other side's page (`link`: its address and name), then in muted print what the tie is, when
 * known (a position the sources give no title has none).
 */
function Ties<T extends Recorded & { id: string }>({
  ties,
  link,
  detail,
}: {
  ties: readonly T[];
  link: (tie: T) => [to: string, name: string];
  detail: (tie: T) => string | null;
}) {
  return (
    <FactList items={ties}>
      {(tie) => {
        const [to, name] = link(tie);
        return (
          <Fact record={tie}>
            <Link to={to}>{name}</Link>
            {detail(tie) ? <span className="muted"> · {detail(tie)}</span> : null}
          </Fact>
        );
      }}
    </FactList>
  );
}

export function ActorPage({ slug }: { slug: string }) {
  const { t, label, date } = useT();
  const asOf = useAsOf();
  const knownAt = useKnownAt();
  return (
    <RecordPage
      query={ActorDetailDocument}
      variables={{ slug, asOf, knownAt }}
      pick={(data) => data.actor}
      watched={watched}
      address={(actor) => routes.actor(actor.slug)}
    >
      {(actor, refreshedAt, changed) => (
        <>
          <RecordHeader
            kind={t.actor}
            name={actor.name}
            shortName={actor.shortName}
            actions={
              <RecordActions
                typename="Actor"
                record={actor}
                ended={actor.archivedOn !== null}
                onChanged={changed}
              />
            }
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
              [t.identifiers, identifiersText(actor.identifiers)],
              [t.archivedOn, actor.archivedOn && date(actor.archivedOn)],
            ]}
            refreshedAt={refreshedAt}
          />

          <div className="columns">
            <Section id="responsibilities" title={t.responsibilities} wide>
              <Responsibilities rows={actor.responsibilities} onChanged={changed} />
              <AddRelation
                typename="Responsibility"
                label={t.editAddResponsibility}
                title={t.editAddResponsibilityTitle(actor.name)}
                fixed={{ actor: actor.id }}
                may={actor.viewerCanUpdate}
                onChanged={changed}
              />
            </Section>

            <Section id="memberships" title={t.memberships}>
              <Ties
                ties={actor.memberships}
                link={(membership) => [routes.forum(membership.forum.slug), membership.forum.name]}
                detail={(membership) =>
                  [label(membership.role), membership.category].filter(Boolean).join(' · ')
                }
              />
            </Section>

            <Section id="positions" title={t.people}>
              <Ties
                ties={actor.positions}
                link={(position) => [routes.person(position.person.slug), position.person.name]}
                detail={(position) => position.title}
              />
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
