import { Source } from '../../components/Source';
import { Summary } from '../../components/Summary';
import { Updated } from '../../components/Updated';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Review } from './ReviewPage';

/** The way back to the forum, the review's title and goal, whose it is and when. */
export function ReviewHeader({
  review,
  refreshedAt,
}: {
  review: Review;
  refreshedAt: number | null;
}) {
  const { t, date } = useT();
  return (
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
  );
}
