import { ReviewDetailDocument, type ReviewDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';
import { routes } from '../routes';
import { Fact, FactList } from '../components/Facts';
import { Passage } from '../components/Passage';
import { Section } from '../components/Section';
import { Loaded } from '../components/Status';
import { Source } from '../components/Source';
import { Summary } from '../components/Summary';
import { Updated } from '../components/Updated';
import { records, useLiveRefresh, type Watch } from '../live';
import '../pages.css';

type Node = NonNullable<ReviewDetailQuery['node']>;
type Review = Extract<Node, { __typename: 'Review' }>;

function asReview(node: ReviewDetailQuery['node']): Review | null {
  return node && node.__typename === 'Review' ? (node as Review) : null;
}

/**
 * The review and the findings, shifts, decisions, open questions and actions shown. New ones have
 * no subscription of their own and appear with the next refresh.
 */
function watched(review: Review | null): Watch[] {
  if (!review) return [];
  return [
    { record: review.id },
    ...records(
      review.followUp.map((item) => item.openQuestion),
      review.followUp.flatMap((item) => item.actions),
      review.shifts,
      review.findings,
      review.decisions,
    ),
  ];
}

export function ReviewPage({ id }: { id: string }) {
  const { t, label, date } = useT();
  const state = useQuery(ReviewDetailDocument, { id });
  const refreshedAt = useLiveRefresh(watched(asReview(state.data?.node ?? null)), state.refetch);
  return (
    <Loaded state={state} pick={(data) => asReview(data.node)}>
      {(review) => (
        <article className="page">
          <header className="page-header">
            <Link to={routes.forum(review.forum.slug)} className="back-link">
              ← {t.backToForum(review.forum.name)}
            </Link>
            <p className="eyebrow">{t.review}</p>
            <h1>{review.title}</h1>
            {review.goal ? <p className="lead">{review.goal}</p> : null}
            <Summary
              facts={[
                [t.forum, <Link to={routes.forum(review.forum.slug)}>{review.forum.name}</Link>],
                [
                  t.commissionedBy,
                  review.commissionedBy && (
                    <Link to={routes.actor(review.commissionedBy.slug)}>
                      {review.commissionedBy.name}
                    </Link>
                  ),
                ],
                [t.date, review.date && date(review.date)],
              ]}
            />
            <Source citations={review.sources} />
            <Updated at={refreshedAt} />
          </header>

          <div className="columns">
            {review.background || review.method ? (
              <section className="card wide prose" aria-labelledby="background">
                {review.background ? (
                  <>
                    <h2 id="background">{t.background}</h2>
                    <p>{review.background}</p>
                  </>
                ) : null}
                {review.method ? (
                  <>
                    <h2 id={review.background ? undefined : 'background'}>{t.method}</h2>
                    <p>{review.method}</p>
                  </>
                ) : null}
              </section>
            ) : null}

            {review.shifts.length ? (
              <Section id="shifts" title={t.shifts} count={review.shifts.length} wide>
                <table className="shift-table">
                  <thead>
                    <tr>
                      <th scope="col">{t.shiftFrom}</th>
                      <th scope="col">
                        <span className="visually-hidden">→</span>
                      </th>
                      <th scope="col">{t.shiftTo}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t.review}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {review.shifts.map((shift) => (
                      <tr key={shift.id} className="shift">
                        <td className="shift-from">{shift.from}</td>
                        <td className="shift-arrow" aria-hidden="true">
                          →
                        </td>
                        <td className="shift-to">{shift.to}</td>
                        <td>
                          <Source citations={shift.sources} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Section>
            ) : null}

            {review.followUp.length ? (
              <Section id="follow-up" title={t.followUp} wide>
                <ol className="facts">
                  {review.followUp.map((item) => (
                    <li key={item.openQuestion.id} className="question">
                      <h3>
                        {item.openQuestion.title}
                        <span className={`status status-${item.status}`}>{label(item.status)}</span>
                        <Source citations={item.openQuestion.sources} />
                      </h3>
                      <Passage text={item.openQuestion.text} points={item.openQuestion.points} />
                      {item.actions.length ? (
                        <ul className="actions">
                          {item.actions.map((action) => (
                            <li key={action.id}>
                              <strong>{action.title}</strong>
                              <span className={`status status-${action.status}`}>
                                {label(action.status)}
                              </span>
                              <div className="fact-meta">
                                <Link to={routes.actor(action.owner.slug)}>
                                  {action.owner.name}
                                </Link>
                                {action.person ? (
                                  <Link to={routes.person(action.person.slug)}>
                                    {action.person.name}
                                  </Link>
                                ) : null}
                                {action.due ? (
                                  <span>
                                    {t.due} {date(action.due)}
                                  </span>
                                ) : null}
                                <Source citations={action.sources} />
                              </div>
                              {action.description ? (
                                <p className="small">{action.description}</p>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="muted small">{t.noActions}</p>
                      )}
                    </li>
                  ))}
                </ol>
              </Section>
            ) : null}

            {review.findings.length ? (
              <Section id="findings" title={t.findings} count={review.findings.length} wide>
                <div className="role-groups">
                  {review.findings.map((finding) => (
                    <div key={finding.id} className="finding">
                      <h3>
                        {finding.title} <Source citations={finding.sources} />
                      </h3>
                      {finding.category ? <p className="eyebrow">{finding.category}</p> : null}
                      <Passage text={finding.text} points={finding.points} />
                    </div>
                  ))}
                </div>
              </Section>
            ) : null}

            {review.decisions.length ? (
              <Section id="decisions" title={t.decisions}>
                <FactList items={review.decisions}>
                  {(decision) => (
                    <Fact
                      record={{ sources: decision.sources }}
                      meta={decision.date ? <span>{date(decision.date)}</span> : null}
                    >
                      {decision.text}
                    </Fact>
                  )}
                </FactList>
              </Section>
            ) : null}

            {review.themes.length ? (
              <Section id="themes" title={t.themes}>
                <ol className="themes">
                  {review.themes.map((theme) => (
                    <li key={theme}>{theme}</li>
                  ))}
                </ol>
              </Section>
            ) : null}

            {review.contacts.length ? (
              <Section id="contacts" title={t.contacts}>
                <FactList items={review.contacts} keyOf={(contact) => contact.person.slug}>
                  {(contact) => (
                    <Fact meta={contact.role}>
                      <Link to={routes.person(contact.person.slug)}>{contact.person.name}</Link>
                    </Fact>
                  )}
                </FactList>
              </Section>
            ) : null}
          </div>
        </article>
      )}
    </Loaded>
  );
}
