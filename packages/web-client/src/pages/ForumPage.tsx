import { ForumDetailDocument, type ForumDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { usePageText } from '../pages-i18n';
import { Link, useLocation } from '../router';
import { AsOf } from '../components/AsOf';
import { Assessments } from '../components/Assessments';
import { Updated } from '../components/Updated';
import { useLiveRefresh } from '../live';
import { Responsibilities } from '../components/Responsibilities';
import { Loaded } from '../components/Status';
import { Source } from '../components/Source';

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

function MemberName({ member }: { member: Membership['member'] }) {
  if (member.__typename === 'Actor')
    return <Link to={`/actors/${member.slug}`}>{member.name}</Link>;
  if (member.__typename === 'Forum')
    return <Link to={`/forums/${member.slug}`}>{member.name}</Link>;
  return null;
}

export function ForumPage({ slug }: { slug: string }) {
  const { t, label, date } = useT();
  const pageText = usePageText();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(ForumDetailDocument, { slug, asOf });
  const forumId = state.data?.forum?.id;
  const refreshedAt = useLiveRefresh([forumId], state.refetch, [forumId]);
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
            <dl className="summary">
              {forum.convenor ? (
                <div>
                  <dt>{t.convenor}</dt>
                  <dd>
                    <Link to={`/actors/${forum.convenor.slug}`}>{forum.convenor.name}</Link>
                  </dd>
                </div>
              ) : null}
              {forum.chair ? (
                <div>
                  <dt>{t.chair}</dt>
                  <dd>{forum.chair.name}</dd>
                </div>
              ) : null}
              {forum.parent ? (
                <div>
                  <dt>{t.parent}</dt>
                  <dd>
                    <Link to={`/forums/${forum.parent.slug}`}>{forum.parent.name}</Link>
                  </dd>
                </div>
              ) : null}
              {forum.anchoredIn.length ? (
                <div>
                  <dt>{t.anchoredIn}</dt>
                  <dd>
                    {forum.anchoredIn.map((strategy, i) => (
                      <span key={strategy.slug}>
                        {i > 0 ? ', ' : ''}
                        <Link to={`/strategies/${strategy.slug}`}>
                          {strategy.shortName ?? strategy.name}
                        </Link>
                      </span>
                    ))}
                  </dd>
                </div>
              ) : null}
            </dl>
            <AsOf />
            <Updated at={refreshedAt} />
          </header>

          <div className="columns">
            {forum.purpose.length ? (
              <section className="card" aria-labelledby="purpose">
                <h2 id="purpose">{t.purpose}</h2>
                <ol className="purpose">
                  {forum.purpose.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ol>
                <Source citations={forum.sources} />
              </section>
            ) : null}

            {forum.children.length ? (
              <section className="card" aria-labelledby="children">
                <h2 id="children">{t.presidium}</h2>
                <ul className="facts">
                  {forum.children.map((child) => (
                    <li key={child.slug} className="fact">
                      <Link to={`/forums/${child.slug}`}>{child.name}</Link>
                      <span className="muted"> · {label(child.kind)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            <section className="card wide" aria-labelledby="members">
              <h2 id="members">
                {t.members} <span className="count">{forum.members.length}</span>
              </h2>
              {forum.members.length === 0 ? (
                <p className="muted">{t.none}</p>
              ) : (
                <div className="member-groups">
                  {byCategory(forum.members, t.otherMembers).map(([category, members]) => (
                    <section key={category} className="member-group" aria-label={category}>
                      <h3>
                        {category} <span className="count">{members.length}</span>
                      </h3>
                      <ul className="facts">
                        {members.map((membership) => (
                          <li key={membership.id} className="fact">
                            <div className="fact-main">
                              <MemberName member={membership.member} />
                              {membership.role !== 'MEMBER' ? (
                                <span className="badge">{label(membership.role)}</span>
                              ) : null}
                            </div>
                            <div className="fact-meta">
                              {membership.representatives.length ? (
                                <span>
                                  {t.representatives}:{' '}
                                  {membership.representatives.map((person, i) => (
                                    <span key={person.slug}>
                                      {i > 0 ? ', ' : ''}
                                      <Link to={`/people/${person.slug}`}>{person.name}</Link>
                                    </span>
                                  ))}
                                </span>
                              ) : null}
                              <Source citations={membership.sources} />
                            </div>
                          </li>
                        ))}
                      </ul>
                    </section>
                  ))}
                </div>
              )}
            </section>

            {forum.responsibilities.length ? (
              <section className="card wide" aria-labelledby="forum-responsibilities">
                <h2 id="forum-responsibilities">{t.responsibilities}</h2>
                <Responsibilities rows={forum.responsibilities} show="actor" />
              </section>
            ) : null}

            {forum.assessments.length ? (
              <section className="card wide" aria-labelledby="assessments">
                <h2 id="assessments">{pageText.assessments}</h2>
                <Assessments assessments={forum.assessments} />
              </section>
            ) : null}

            {forum.meetings.length ? (
              <section className="card wide" aria-labelledby="meetings">
                <h2 id="meetings">{t.meetings}</h2>
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
              </section>
            ) : null}

            {forum.reviews.map((review) => (
              <section
                key={review.id}
                className="card wide"
                aria-labelledby={`review-${review.id}`}
              >
                <p className="eyebrow">{t.reviews}</p>
                <h2 id={`review-${review.id}`}>
                  <Link to={`/reviews/${encodeURIComponent(review.id)}`}>{review.title}</Link>
                </h2>
                {review.commissionedBy ? (
                  <p className="muted">
                    {t.commissionedBy}:{' '}
                    <Link to={`/actors/${review.commissionedBy.slug}`}>
                      {review.commissionedBy.name}
                    </Link>
                  </p>
                ) : null}
                <p>
                  <Link to={`/reviews/${encodeURIComponent(review.id)}`}>
                    {pageText.openReview} →
                  </Link>
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
                        {finding.text ? <p>{finding.text}</p> : null}
                        {finding.points.length ? (
                          <ul>
                            {finding.points.map((point, j) => (
                              <li key={j}>{point}</li>
                            ))}
                          </ul>
                        ) : null}
                      </div>
                    ))}
                  </details>
                ) : null}
              </section>
            ))}
          </div>
        </article>
      )}
    </Loaded>
  );
}
