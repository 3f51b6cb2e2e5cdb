import { Passage } from '../../components/Passage';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Forum } from './ForumPage';

type Review = Forum['reviews'][number];

/** The shifts a review calls for, from → to (the arrow read as a dash). */
function Shifts({ shifts }: { shifts: Review['shifts'] }) {
  const { t } = useT();
  return (
    <>
      <h3>{t.shifts}</h3>
      <ul className="shifts">
        {shifts.map((shift, i) => (
          <li key={i}>
            <span className="from">{shift.from}</span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> — </span>
            <strong>{shift.to}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The open questions with their status and the actions decided for each. */
function FollowUp({ followUp }: { followUp: Review['followUp'] }) {
  const { t, label, date } = useT();
  return (
    <>
      <h3>{t.followUp}</h3>
      <ul className="facts">
        {followUp.map((item) => (
          <li key={item.openQuestion.id} className="fact">
            <div className="fact-main">
              {item.openQuestion.title}
              <span className={`status status-${item.status}`}>{label(item.status)}</span>
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
  );
}

/** Its findings, closed to a count until opened. */
function Findings({ findings }: { findings: Review['findings'] }) {
  const { t } = useT();
  return (
    <details className="findings">
      <summary>
        {t.findings} ({findings.length})
      </summary>
      {findings.map((finding, i) => (
        <div key={i} className="finding">
          <h4>{finding.title}</h4>
          <Passage text={finding.text} points={finding.points} />
        </div>
      ))}
    </details>
  );
}

/** A review of the forum in brief, a card of its own that links to the review's page. */
export function ReviewCard({ review }: { review: Review }) {
  const { t } = useT();
  return (
    <section className="card wide" aria-labelledby={`review-${review.id}`}>
      <p className="eyebrow">{t.reviews}</p>
      <h2 id={`review-${review.id}`}>
        <Link to={routes.review(review.id)}>{review.title}</Link>
      </h2>
      {review.commissionedBy ? (
        <p className="muted">
          {t.commissionedBy}:{' '}
          <Link to={routes.actor(review.commissionedBy.slug)}>{review.commissionedBy.name}</Link>
        </p>
      ) : null}
      <p>
        <Link to={routes.review(review.id)}>{t.openReview} →</Link>
      </p>
      {review.shifts.length ? <Shifts shifts={review.shifts} /> : null}
      {review.followUp.length ? <FollowUp followUp={review.followUp} /> : null}
      {review.findings.length ? <Findings findings={review.findings} /> : null}
    </section>
  );
}
