import { ReviewDetailDocument, type ReviewDetailQuery } from '@samverkan/schema';
import { useQuery } from '../../graphql';
import { records, useLiveRefresh, type Watch } from '../../live';
import { Loaded } from '../../components/Status';
import { Background } from './Background';
import { Contacts } from './Contacts';
import { Findings } from './Findings';
import { FollowUp } from './FollowUp';
import { Decisions, Themes } from './Outcome';
import { ReviewHeader } from './ReviewHeader';
import { Shifts } from './Shifts';
import './review.css';

type Node = NonNullable<ReviewDetailQuery['node']>;
export type Review = Extract<Node, { __typename: 'Review' }>;

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
  const state = useQuery(ReviewDetailDocument, { id });
  const refreshedAt = useLiveRefresh(watched(asReview(state.data?.node ?? null)), state.refetch);
  return (
    <Loaded state={state} pick={(data) => asReview(data.node)}>
      {(review) => (
        <article className="page">
          <ReviewHeader review={review} refreshedAt={refreshedAt} />
          <div className="columns">
            {review.background || review.method ? <Background review={review} /> : null}
            {review.shifts.length ? <Shifts shifts={review.shifts} /> : null}
            {review.followUp.length ? <FollowUp followUp={review.followUp} /> : null}
            {review.findings.length ? <Findings findings={review.findings} /> : null}
            {review.decisions.length ? <Decisions decisions={review.decisions} /> : null}
            {review.themes.length ? <Themes themes={review.themes} /> : null}
            {review.contacts.length ? <Contacts contacts={review.contacts} /> : null}
          </div>
        </article>
      )}
    </Loaded>
  );
}
