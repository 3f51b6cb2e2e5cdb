import { ForumDetailDocument, type ForumDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';
import { routes } from '../routes';
import { AsOf } from '../components/AsOf';
import { Assessments } from '../components/Assessments';
import { Updated } from '../components/Updated';
import { History } from '../components/History';
import { records, useLiveRefresh, type Watch } from '../live';
import { Responsibilities } from '../components/Responsibilities';
import { Loaded } from '../components/Status';
import { Source } from '../components/Source';
import { Fact, FactList } from '../components/Facts';
import { InlineLinks } from '../components/InlineLinks';
import { MemberLink } from '../components/MemberLink';
import { Passage } from '../components/Passage';
import { Section } from '../components/Section';
import { Summary } from '../components/Summary';

type Forum = NonNullable<ForumDetailQuery['forum']>;
type Membership = Forum['members'][number];

/**
 * Members grouped by the category the source gives, in the order the categories first appear;
 * members without a category last.
 */
function byCategory(members: readonly Membership[], other: string) {
  const groups = new Map<string, Membership[]>();
  for (const member of members) {
    if (!member.category) continue;
    groups.set(member.category, [...(groups.get(member.category) ?? []), member]);
  }
  const rest = members.filter((member) => !member.category);
  return [...groups.entries(), ...(rest.length ? [[other, rest] as [string, Membership[]]] : [])];
}

/** The forum, its members and responsibilities (new ones too), its meetings and reviews shown. */
function watched(forum: Forum | null | undefined): Watch[] {
  if (!forum) return [];
  return [
    { record: forum.id },
    { forumMembers: forum.id },
    { responsibilities: { subject: forum.id } },
    ...records(forum.meetings, forum.reviews),
  ];
}

export function ForumPage({ slug }: { slug: string }) {
  const { t, label, date } = useT();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(ForumDetailDocument, { slug, asOf });
  const refreshedAt = useLiveRefresh(watched(state.data?.forum), state.refetch);
  return (
    <Loaded state={state} pick={(data) => data.forum}>
      {(forum) => (
        <article className="page">
          <header className="page-header">
            <p className="eyebrow">
              {label(forum.kind)}
              {forum.status !== 'ACTIVE' ? ` · ${label(forum.status)}` : ''}
            </p>
            <h1>{forum.name}</h1>
            {forum.goal ? <p className="lead">{forum.goal}</p> : null}
            <Summary
              facts={[
                [
                  t.convenor,
                  forum.convenor && (
                    <Link to={routes.actor(forum.convenor.slug)}>{forum.convenor.name}</Link>
                  ),
                ],
                [t.chair, forum.chair?.name],
                [
                  t.parent,
                  forum.parent && (
                    <Link to={routes.forum(forum.parent.slug)}>{forum.parent.name}</Link>
                  ),
                ],
                [
                  t.anchoredIn,
                  forum.anchoredIn.length > 0 && (
                    <InlineLinks
                      links={forum.anchoredIn.map((strategy) => ({
                        to: routes.strategy(strategy.slug),
                        name: strategy.shortName ?? strategy.name,
                      }))}
                    />
                  ),
                ],
              ]}
            />
            <AsOf />
            <Updated at={refreshedAt} />
          </header>

          <div className="columns">
            {forum.purpose.length ? (
              <Section id="purpose" title={t.purpose}>
                <ol className="purpose">
                  {forum.purpose.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ol>
                <Source citations={forum.sources} />
              </Section>
            ) : null}

            {forum.children.length ? (
              <Section id="children" title={t.presidium}>
                <FactList items={forum.children} keyOf={(child) => child.slug}>
                  {(child) => (
                    <Fact>
                      <Link to={routes.forum(child.slug)}>{child.name}</Link>
                      <span className="muted"> · {label(child.kind)}</span>
                    </Fact>
                  )}
                </FactList>
              </Section>
            ) : null}

            <Section id="members" title={t.members} count={forum.members.length} wide>
              {forum.members.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <div className="member-groups">
                  {byCategory(forum.members, t.otherMembers).map(([category, members]) => (
                    <section key={category} className="member-group" aria-label={category}>
                      <h3>
                        {category} <span className="count">{members.length}</span>
                      </h3>
                      <FactList items={members}>
                        {(membership) => (
                          <Fact
                            record={{ sources: membership.sources }}
                            meta={
                              membership.representatives.length ? (
                                <span>
                                  {t.representatives}:{' '}
                                  <InlineLinks
                                    links={membership.representatives.map((person) => ({
                                      to: routes.person(person.slug),
                                      name: person.name,
                                    }))}
                                  />
                                </span>
                              ) : null
                            }
                          >
                            <MemberLink member={membership.member} />
                            {membership.role !== 'MEMBER' ? (
                              <span className="badge">{label(membership.role)}</span>
                            ) : null}
                          </Fact>
                        )}
                      </FactList>
                    </section>
                  ))}
                </div>
              )}
            </Section>

            {forum.responsibilities.length ? (
              <Section id="forum-responsibilities" title={t.responsibilities} wide>
                <Responsibilities rows={forum.responsibilities} show="actor" />
              </Section>
            ) : null}

            {forum.assessments.length ? (
              <Section id="assessments" title={t.assessments} wide>
                <Assessments assessments={forum.assessments} />
              </Section>
            ) : null}

            {forum.meetings.length ? (
              <Section id="meetings" title={t.meetings} wide>
                <ol className="meetings">
                  {forum.meetings.map((meeting) => (
                    <li key={meeting.id} className="meeting">
                      <details>
                        <summary>
                          <span className="meeting-date">{date(meeting.startsAt)}</span>
                          <span className="meeting-title">{meeting.title}</span>
                          {meeting.format ? (
                            <span className="badge">{label(meeting.format)}</span>
                          ) : null}
                        </summary>
                        {meeting.theme ? <p>{meeting.theme}</p> : null}
                        {meeting.agenda.length ? (
                          <>
                            <h3>{t.agenda}</h3>
                            <ol className="agenda">
                              {meeting.agenda.map((item) => (
                                <li key={item.id}>
                                  {item.title}
                                  {item.presenters.length ? (
                                    <span className="muted">
                                      {' '}
                                      —{' '}
                                      {item.presenters
                                        .map((p) =>
                                          [p.person.name, p.actor?.name].filter(Boolean).join(', '),
                                        )
                                        .join('; ')}
                                    </span>
                                  ) : null}
                                </li>
                              ))}
                            </ol>
                          </>
                        ) : null}
                      </details>
                    </li>
                  ))}
                </ol>
              </Section>
            ) : null}

            {forum.reviews.map((review) => (
              <section
                key={review.id}
                className="card wide"
                aria-labelledby={`review-${review.id}`}
              >
                <p className="eyebrow">{t.reviews}</p>
                <h2 id={`review-${review.id}`}>
                  <Link to={routes.review(review.id)}>{review.title}</Link>
                </h2>
                {review.commissionedBy ? (
                  <p className="muted">
                    {t.commissionedBy}:{' '}
                    <Link to={routes.actor(review.commissionedBy.slug)}>
                      {review.commissionedBy.name}
                    </Link>
                  </p>
                ) : null}
                <p>
                  <Link to={routes.review(review.id)}>{t.openReview} →</Link>
                </p>
                {review.shifts.length ? (
                  <>
                    <h3>{t.shifts}</h3>
                    <ul className="shifts">
                      {review.shifts.map((shift, i) => (
                        <li key={i}>
                          <span className="from">{shift.from}</span>
                          <span aria-hidden="true"> → </span>
                          <span className="visually-hidden"> — </span>
                          <strong>{shift.to}</strong>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {review.followUp.length ? (
                  <>
                    <h3>{t.followUp}</h3>
                    <ul className="facts">
                      {review.followUp.map((item) => (
                        <li key={item.openQuestion.id} className="fact">
                          <div className="fact-main">
                            {item.openQuestion.title}
                            <span className={`status status-${item.status}`}>
                              {label(item.status)}
                            </span>
                          </div>
                          {item.actions.length ? (
                            <ul className="fact-meta plain">
                              {item.actions.map((action) => (
                                <li key={action.id}>
                                  {action.title} ({label(action.status)}
                                  {action.owner ? `, ${action.owner.name}` : ''}
                                  {action.due ? `, ${date(action.due)}` : ''})
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {review.findings.length ? (
                  <details className="findings">
                    <summary>
                      {t.findings} ({review.findings.length})
                    </summary>
                    {review.findings.map((finding, i) => (
                      <div key={i} className="finding">
                        <h4>{finding.title}</h4>
                        <Passage text={finding.text} points={finding.points} />
                      </div>
                    ))}
                  </details>
                ) : null}
              </section>
            ))}
            <History id={forum.id} refreshedAt={refreshedAt} />
          </div>
        </article>
      )}
    </Loaded>
  );
}
