import { RecordHeader } from '../../components/RecordHeader';
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
    <RecordHeader
      back={
        <Link to={routes.forum(review.forum.slug)} className="back-link">
          ← {t.backToForum(review.forum.name)}
        </Link>
      }
      kind={t.review}
      name={review.title}
      lead={review.goal}
      facts={[
        [t.forum, <Link to={routes.forum(review.forum.slug)}>{review.forum.name}</Link>],
        [
          t.commissionedBy,
          review.commissionedBy && (
            <Link to={routes.actor(review.commissionedBy.slug)}>{review.commissionedBy.name}</Link>
          ),
        ],
        [t.date, review.date && date(review.date)],
      ]}
      sources={review.sources}
      undated
      refreshedAt={refreshedAt}
    />
  );
}
