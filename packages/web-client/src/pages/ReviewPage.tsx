import { ReviewDetailDocument, type ReviewDetailQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { usePageText } from '../pages-i18n';
import { Link } from '../router';
import { Loaded } from '../components/Status';
import { Source } from '../components/Source';
import '../pages.css';

type Node = NonNullable<ReviewDetailQuery['node']>;
type Review = Extract<Node, { __typename: 'Review' }>;

function asReview(node: ReviewDetailQuery['node']): Review | null {
  return node && node.__typename === 'Review' ? (node as Review) : null;
}

export function ReviewPage({ id }: { id: string }) {
  const { t, label, date } = useT();
  const p = usePageText();
  const state = useQuery(ReviewDetailDocument, { id });
  return (
    <Loaded state={state} pick={(data) => asReview(data.node)}>
      {(review) => (
        <article className="page">
          <header className="page-header">
            <Link to={`/forums/${review.forum.slug}`} className="back-link">
              ← {p.backToForum(review.forum.name)}
            </Link>
            <p className="eyebrow">{p.review}</p>
            <h1>{review.title}</h1>
            {review.goal ? <p className="lead">{review.goal}</p> : null}
            <dl className="summary">
              <div>
                <dt>{p.forum}</dt>
                <dd>
                  <Link to={`/forums/${review.forum.slug}`}>{review.forum.name}</Link>
                </dd>
              </div>
              {review.commissionedBy ? (
                <div>
                  <dt>{t.commissionedBy}</dt>
                  <dd>
                    <Link to={`/actors/${review.commissionedBy.slug}`}>
                      {review.commissionedBy.name}
                    </Link>
                  </dd>
                </div>
              ) : null}
              {review.date ? (
                <div>
                  <dt>{p.date}</dt>
                  <dd>{date(review.date)}</dd>
                </div>
              ) : null}
            </dl>
            <Source citations={review.sources} />
          </header>

          <div className="columns">
            {review.background || review.method ? (
              <section className="card wide prose" aria-labelledby="background">
                {review.background ? (
                  <>
                    <h2 id="background">{p.background}</h2>
                    <p>{review.background}</p>
                  </>
                ) : null}
                {review.method ? (
                  <>
                    <h2 id={review.background ? undefined : 'background'}>{p.method}</h2>
                    <p>{review.method}</p>
                  </>
                ) : null}
              </section>
            ) : null}

            {review.shifts.length ? (
              <section className="card wide" aria-labelledby="shifts">
                <h2 id="shifts">
                  {p.shifts} <span className="count">{review.shifts.length}</span>
                </h2>
                <table className="shift-table">
                  <thead>
                    <tr>
                      <th scope="col">{p.from}</th>
                      <th scope="col">
                        <span className="visually-hidden">→</span>
                      </th>
                      <th scope="col">{p.to}</th>
                      <th scope="col">
                        <span className="visually-hidden">{p.review}</span>
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
              </section>
            ) : null}

            {review.followUp.length ? (
              <section className="card wide" aria-labelledby="follow-up">
                <h2 id="follow-up">{p.followUp}</h2>
                <ol className="facts">
                  {review.followUp.map((item) => (
                    <li key={item.openQuestion.id} className="question">
                      <h3>
                        {item.openQuestion.title}
                        <span className={`status status-${item.status}`}>{label(item.status)}</span>
                        <Source citations={item.openQuestion.sources} />
                      </h3>
                      {item.openQuestion.text ? <p>{item.openQuestion.text}</p> : null}
                      {item.openQuestion.points.length ? (
                        <ul>
                          {item.openQuestion.points.map((point, i) => (
                            <li key={i}>{point}</li>
                          ))}
                        </ul>
                      ) : null}
                      {item.actions.length ? (
                        <ul className="actions">
                          {item.actions.map((action) => (
                            <li key={action.id}>
                              <strong>{action.title}</strong>
                              <span className={`status status-${action.status}`}>
                                {label(action.status)}
                              </span>
                              <div className="fact-meta">
                                <Link to={`/actors/${action.owner.slug}`}>{action.owner.name}</Link>
                                {action.person ? (
                                  <Link to={`/people/${action.person.slug}`}>
                                    {action.person.name}
                                  </Link>
                                ) : null}
                                {action.due ? (
                                  <span>
                                    {p.due} {date(action.due)}
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
                        <p className="muted small">{p.noActions}</p>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}

            {review.findings.length ? (
              <section className="card wide" aria-labelledby="findings">
                <h2 id="findings">
                  {p.findings} <span className="count">{review.findings.length}</span>
                </h2>
                <div className="role-groups">
                  {review.findings.map((finding) => (
                    <div key={finding.id} className="finding">
                      <h3>
                        {finding.title} <Source citations={finding.sources} />
                      </h3>
                      {finding.category ? <p className="eyebrow">{finding.category}</p> : null}
                      {finding.text ? <p>{finding.text}</p> : null}
                      {finding.points.length ? (
                        <ul>
                          {finding.points.map((point, i) => (
                            <li key={i}>{point}</li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  ))}
                </div>
              </section>
            ) : null}

            {review.decisions.length ? (
              <section className="card" aria-labelledby="decisions">
                <h2 id="decisions">{p.decisions}</h2>
                <ul className="facts">
                  {review.decisions.map((decision) => (
                    <li key={decision.id} className="fact">
                      <div className="fact-main">{decision.text}</div>
                      <div className="fact-meta">
                        {decision.date ? <span>{date(decision.date)}</span> : null}
                        <Source citations={decision.sources} />
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            {review.themes.length ? (
              <section className="card" aria-labelledby="themes">
                <h2 id="themes">{p.themes}</h2>
                <ol className="themes">
                  {review.themes.map((theme) => (
                    <li key={theme}>{theme}</li>
                  ))}
                </ol>
              </section>
            ) : null}

            {review.contacts.length ? (
              <section className="card" aria-labelledby="contacts">
                <h2 id="contacts">{p.contacts}</h2>
                <ul className="facts">
                  {review.contacts.map((contact) => (
                    <li key={contact.person.slug} className="fact">
                      <div className="fact-main">
                        <Link to={`/people/${contact.person.slug}`}>{contact.person.name}</Link>
                      </div>
                      {contact.role ? <div className="fact-meta">{contact.role}</div> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        </article>
      )}
    </Loaded>
  );
}
