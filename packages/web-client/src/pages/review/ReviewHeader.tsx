import { RecordHeader } from '../../components/RecordHeader';
import { RecordActions } from '../../edit/RecordActions';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Review } from './ReviewPage';

/**
 * The way back to the forum, the review's title and goal, whose it is and when; "Ändra" for
 * those who may change it.
 */
export function ReviewHeader({
  review,
  refreshedAt,
  onChanged,
}: {
  review: Review;
  refreshedAt: number | null;
  onChanged: () => void;
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
      actions={
        <RecordActions
          typename="Review"
          record={{ ...review, name: review.title }}
          onChanged={onChanged}
        />
      }
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
