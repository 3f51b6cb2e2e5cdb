import { defineModule } from '../../core/module';
import { ActionFollowUpResolver } from './action.fields';
import { AgendaItemFollowUpResolver } from './agenda-item.fields';
import { DecisionReviewResolver } from './decision.fields';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { ForumReviewsResolver } from './forum.fields';
import type { AgendaItemService } from '../meeting';
import { Reviews1763900800000 } from './migrations/1763900800000-Reviews';
import { OpenQuestionEntity } from './open-question.entity';
import { OpenQuestionResolver } from './open-question.resolver';
import { OpenQuestionService } from './open-question.service';
import { ReviewFindingEntity } from './review-finding.entity';
import { ReviewFindingResolver } from './review-finding.resolver';
import { ReviewFindingService } from './review-finding.service';
import { ReviewShiftEntity } from './review-shift.entity';
import { ReviewShiftResolver } from './review-shift.resolver';
import { ReviewShiftService } from './review-shift.service';
import { ReviewEntity } from './review.entity';
import { ReviewContactResolver, ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

/** Reviews of forums: findings, shifts, open questions, and their follow-up on agendas. */
export const reviewModule = defineModule({
  name: 'review',
  entities: [ReviewEntity, ReviewFindingEntity, ReviewShiftEntity, OpenQuestionEntity],
  migrations: [Reviews1763900800000],
  services: ({ dataSource, audit }, { agendaItem }: { agendaItem: AgendaItemService }) => ({
    review: new ReviewService(dataSource, audit),
    reviewFinding: new ReviewFindingService(dataSource, audit),
    reviewShift: new ReviewShiftService(dataSource, audit),
    openQuestion: new OpenQuestionService(dataSource, audit),
    followUp: new FollowUpService(dataSource, agendaItem),
  }),
  loaders: ({ review, reviewFinding, reviewShift, openQuestion }) => ({
    ...review.loaders(),
    ...reviewFinding.loaders(),
    ...reviewShift.loaders(),
    ...openQuestion.loaders(),
  }),
  nodeTypes: [
    ['Review', ReviewEntity, (loaders) => loaders.reviewById],
    ['ReviewFinding', ReviewFindingEntity, (loaders) => loaders.reviewFindingById],
    ['ReviewShift', ReviewShiftEntity, (loaders) => loaders.reviewShiftById],
    ['OpenQuestion', OpenQuestionEntity, (loaders) => loaders.openQuestionById],
  ],
  resolvers: [
    ReviewResolver,
    ReviewContactResolver,
    ReviewFindingResolver,
    ReviewShiftResolver,
    OpenQuestionResolver,
    FollowUpResolver,
    ActionFollowUpResolver,
    AgendaItemFollowUpResolver,
    DecisionReviewResolver,
    ForumReviewsResolver,
  ],
});

// What other modules use of this one.
export { OpenQuestionEntity } from './open-question.entity';
export { ReviewEntity } from './review.entity';
