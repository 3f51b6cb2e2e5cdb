import { useT } from '../../i18n';
import type { Review } from './ReviewPage';

/**
 * Why the review was made and how, as prose in one card; the card is named by its first heading,
 * the method's when there is no background.
 */
export function Background({ review }: { review: Review }) {
  const { t } = useT();
  return (
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
  );
}
