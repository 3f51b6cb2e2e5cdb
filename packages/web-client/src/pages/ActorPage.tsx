import { ActorDetailDocument, type ActorDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';
import { routes } from '../routes';
import { Responsibilities } from '../components/Responsibilities';
import { Loaded } from '../components/Status';
import { Source } from '../components/Source';
import { AsOf } from '../components/AsOf';
import { Updated } from '../components/Updated';
import { History } from '../components/History';
import { Fact, FactList } from '../components/Facts';
import { InlineLinks } from '../components/InlineLinks';
import { Section } from '../components/Section';
import { Summary } from '../components/Summary';
import { records, useLiveRefresh, type Watch } from '../live';

type Actor = NonNullable<ActorDetailQuery['actor']>;

/** The actor, its responsibilities (new ones too) and the positions and memberships shown. */
function watched(actor: Actor | null | undefined): Watch[] {
  if (!actor) return [];
  return [
    { record: actor.id },
    { responsibilities: { actor: actor.id } },
    ...records(actor.positions, actor.memberships),
  ];
}

export function ActorPage({ slug }: { slug: string }) {
  const { t, label } = useT();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(ActorDetailDocument, { slug, asOf });
  const refreshedAt = useLiveRefresh(watched(state.data?.actor), state.refetch);
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
            <Summary
              facts={[
                [t.sector, label(actor.sector)],
                [t.level, label(actor.level)],
                [t.type, label(actor.type)],
                [
                  t.areas,
                  actor.areas.length > 0 && (
                    <InlineLinks
                      links={actor.areas.map((area) => ({
                        to: routes.area(area.code),
                        name: area.name,
                      }))}
                    />
                  ),
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
            />
            <AsOf />
            <Updated at={refreshedAt} />
          </header>

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
        </article>
      )}
    </Loaded>
  );
}
