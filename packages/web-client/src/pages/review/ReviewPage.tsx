import { ReviewDetailDocument, type ReviewDetailQuery } from '@samverkan/schema';
import { records, type Watch } from '../../live';
import { RecordPage } from '../../components/RecordPage';
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
function watched(review: Review): Watch[] {
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
  return (
    <RecordPage
      query={ReviewDetailDocument}
      variables={{ id }}
      pick={(data) => asReview(data.node)}
      watched={watched}
    >
      {(review, refreshedAt, changed) => {
        // Those who may change it see its parts' sections even when empty, to add the first.
        const editable = review.viewerCanUpdate;
        return (
          <>
            <ReviewHeader review={review} refreshedAt={refreshedAt} onChanged={changed} />
            <div className="columns">
              {review.background || review.method ? <Background review={review} /> : null}
              {review.shifts.length || editable ? (
                <Shifts review={review} onChanged={changed} />
              ) : null}
              {review.followUp.length || editable ? (
                <FollowUp review={review} onChanged={changed} />
              ) : null}
              {review.findings.length || editable ? (
                <Findings review={review} onChanged={changed} />
              ) : null}
              {review.decisions.length ? <Decisions decisions={review.decisions} /> : null}
              {review.themes.length ? <Themes themes={review.themes} /> : null}
              {review.contacts.length ? <Contacts contacts={review.contacts} /> : null}
            </div>
          </>
        );
      }}
    </RecordPage>
  );
}
