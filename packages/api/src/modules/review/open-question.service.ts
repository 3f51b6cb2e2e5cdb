import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalText, requiredText, requiredTexts } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { OpenQuestionEntity } from './open-question.entity';
import { partsOfReview, placeInReview, type ReviewPartFields } from './review-part';
import { HOME_AREAS } from '../area';

export interface OpenQuestionFields extends ReviewPartFields {
  /** E.g. "Beredningsfrågan". */
  title: string;
  text?: string | null;
  /** Bullet points, in order; each non-blank. */
  points?: string[] | null;
}
/** An open question stays with its review. */
export type OpenQuestionUpdateInput = UpdateInput<Omit<OpenQuestionFields, 'reviewId'>>;

export const openQuestionCitations = new CitationStore(
  'open_question_citation',
  'open_question_id',
);

/** The questions a review leaves open, in order; actions and agenda items follow them up. */
export class OpenQuestionService extends CitedRecordService<
  OpenQuestionEntity,
  OpenQuestionFields
> {
  protected readonly entity = OpenQuestionEntity;
  protected readonly recordType = 'OpenQuestion';
  protected readonly label = 'open question';
  protected override readonly home = HOME_AREAS.openQuestion;
  protected readonly citations = openQuestionCitations;

  protected async validate(
    tx: EntityManager,
    input: OpenQuestionFields,
    id: string | null,
  ): Promise<Validated<OpenQuestionEntity, Citation[]>> {
    const errors = new FieldErrors();
    const title = requiredText(errors, 'title', input.title, 'The title', 300);
    const text = optionalText(errors, 'text', input.text, 'The text', 10000) ?? null;
    const points = requiredTexts(errors, 'points', input.points, 'A point', 2000);
    const place = await placeInReview(tx, errors, 'open_question', input, id);
    await openQuestionCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values: { ...place, title, text, points }, links: input.sources ?? [] };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      openQuestionById: () => byIdLoader(ds, OpenQuestionEntity),
      /** A review's open questions, in order. */
      openQuestionsOfReview: () => partsOfReview(ds, OpenQuestionEntity, 'question'),
    };
  }
}
