import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, groupedLoader, loaderFamily } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { withinSpan, type DateSpan } from '../../core/valid-time';
import { optionalDate, optionalText } from '../../core/validate';
import { type Citation, CitationStore } from '../citation';
import { ForumEntity } from '../forum';
import { PersonEntity } from '../person';
import { CollaborationAssessmentEntity, type AssessedFactor } from './assessment.entity';
import { CollaborationLevelEntity } from './level.entity';
import { CollaborationScaleEntity } from './scale.entity';
import { batchedRead } from '../../core/db/read-batch';
import { batchedMany } from '../../core/db/prepared-select';
import { HOME_AREAS } from '../area';

export interface CollaborationAssessmentFields {
  /** What is assessed (`assessed` in the API): a forum, or a pair of two different actors. */
  forumId?: string | null;
  actorIds?: string[] | null;
  date: string;
  scaleId?: string | null;
  /** A level of the scale; without a scale, the scale is the level's. */
  levelId?: string | null;
  /** The factors rated, in order; each factor once. */
  factors?: AssessedFactor[] | null;
  comment?: string | null;
  authorId?: string | null;
  sources?: Citation[];
}
export type CollaborationAssessmentUpdateInput = UpdateInput<CollaborationAssessmentFields>;

interface AssessmentLinks {
  factors: AssessedFactor[];
  sources: Citation[];
}

export const collaborationAssessmentCitations = new CitationStore(
  'collaboration_assessment_citation',
  'collaboration_assessment_id',
);

export const MIN_RATING = 1;
export const MAX_RATING = 5;

/**
 * Dated assessments of how well a forum, or a pair of actors, collaborates: a level on a scale,
 * ratings of factors, comments. One after another they make a time series of the health of the
 * collaboration.
 */
export class CollaborationAssessmentService extends RecordService<
  CollaborationAssessmentEntity,
  CollaborationAssessmentFields,
  AssessmentLinks
> {
  protected readonly entity = CollaborationAssessmentEntity;
  protected readonly recordType = 'CollaborationAssessment';
  protected readonly label = 'collaboration assessment';
  protected override readonly home = HOME_AREAS.collaborationAssessment;

  protected async validate(
    tx: EntityManager,
    input: CollaborationAssessmentFields,
  ): Promise<Validated<CollaborationAssessmentEntity, AssessmentLinks>> {
    const errors = new FieldErrors();
    if (!input.date) errors.add('date', 'REQUIRED', 'The date of the assessment must be given.');
    const date = optionalDate(errors, 'date', input.date) as string;
    const assessed = await this.validateAssessed(tx, input, errors);
    const { scaleId, levelId } = await this.validateLevel(tx, input, errors);
    const factors = await this.validateFactors(tx, input.factors ?? [], errors);
    const comment = optionalText(errors, 'comment', input.comment, 'The comment', 5000);
    const authorId = input.authorId ?? null;
    if (authorId && !(await tx.getRepository(PersonEntity).existsBy({ id: authorId }))) {
      errors.add('author', 'NOT_FOUND', 'No person has this id.');
    }
    await collaborationAssessmentCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { ...assessed, date, scaleId, levelId, comment: comment ?? null, authorId },
      links: { factors, sources: input.sources ?? [] },
    };
  }

  /** Either a forum or a pair of two different actors, all existing. */
  private async validateAssessed(
    tx: EntityManager,
    input: CollaborationAssessmentFields,
    errors: FieldErrors,
  ) {
    const forumId = input.forumId ?? null;
    const actorIds = input.actorIds ?? [];
    if (forumId && actorIds.length > 0) {
      errors.add(
        'assessed',
        'INVALID',
        'An assessment is of a forum or of a pair of actors, not both: leave out the actors to assess the forum.',
      );
    } else if (!forumId && actorIds.length === 0) {
      errors.add('assessed', 'REQUIRED', 'Say what is assessed: a forum, or a pair of actors.');
    } else if (forumId) {
      if (!(await tx.getRepository(ForumEntity).existsBy({ id: forumId }))) {
        errors.add(['assessed', 'forum'], 'NOT_FOUND', 'No forum has this id.');
      }
    } else if (actorIds.length !== 2) {
      errors.add(
        ['assessed', 'actors'],
        'INVALID',
        `A pair is two actors, not ${actorIds.length}; to assess more together, assess their forum.`,
      );
    } else if (actorIds[0] === actorIds[1]) {
      errors.add(['assessed', 'actors', '1'], 'INVALID', 'The pair must be two different actors.');
    } else {
      const found: { id: string }[] = await tx.query(
        'SELECT id FROM actor WHERE id = ANY($1::uuid[])',
        [actorIds],
      );
      actorIds.forEach((actorId, index) => {
        if (!found.some((row) => row.id === actorId)) {
          errors.add(['assessed', 'actors', String(index)], 'NOT_FOUND', 'No actor has this id.');
        }
      });
    }
    return {
      forumId,
      actorAId: forumId ? null : (actorIds[0] ?? null),
      actorBId: forumId ? null : (actorIds[1] ?? null),
    };
  }

  /** The scale exists; a level exists and belongs to it (or, without a scale, gives it). */
  private async validateLevel(
    tx: EntityManager,
    input: CollaborationAssessmentFields,
    errors: FieldErrors,
  ) {
    let scaleId = input.scaleId ?? null;
    const levelId = input.levelId ?? null;
    if (scaleId && !(await tx.getRepository(CollaborationScaleEntity).existsBy({ id: scaleId }))) {
      errors.add('scale', 'NOT_FOUND', 'No collaboration scale has this id.');
    }
    if (levelId) {
      const level = await tx.getRepository(CollaborationLevelEntity).findOneBy({ id: levelId });
      if (!level) errors.add('level', 'NOT_FOUND', 'No collaboration level has this id.');
      else if (!scaleId) scaleId = level.scaleId;
      else if (level.scaleId !== scaleId) {
        errors.add(
          'level',
          'WRONG_KIND',
          `The level "${level.name}" belongs to another scale; give a level of the assessment's scale.`,
        );
      }
    }
    return { scaleId, levelId };
  }

  /** Each factor exists and is rated once, from 1 to 5 if at all; errors at `factors.<i>.…`. */
  private async validateFactors(
    tx: EntityManager,
    factors: AssessedFactor[],
    errors: FieldErrors,
  ): Promise<AssessedFactor[]> {
    const ids = [...new Set(factors.map((factor) => factor.factorId))];
    const found: { id: string }[] = ids.length
      ? await tx.query('SELECT id FROM collaboration_factor WHERE id = ANY($1::uuid[])', [ids])
      : [];
    const existing = new Set(found.map((row) => row.id));
    const seen = new Set<string>();
    return factors.map((factor, index) => {
      const path = (field: string) => ['factors', String(index), field];
      if (!existing.has(factor.factorId)) {
        errors.add(path('factor'), 'NOT_FOUND', 'No collaboration factor has this id.');
      } else if (seen.has(factor.factorId)) {
        errors.add(path('factor'), 'TAKEN', 'This factor is already rated above: rate each once.');
      }
      seen.add(factor.factorId);
      const rating = factor.rating ?? null;
      if (
        rating !== null &&
        (!Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING)
      ) {
        errors.add(
          path('rating'),
          'INVALID',
          `A rating is a whole number from ${MIN_RATING} to ${MAX_RATING}, not ${rating}.`,
        );
      }
      const comment = optionalText(errors, path('comment'), factor.comment, 'The comment', 2000);
      return { factorId: factor.factorId, rating, comment: comment ?? null };
    });
  }

  protected override async read(
    tx: EntityManager,
    assessment: CollaborationAssessmentEntity,
  ): Promise<CollaborationAssessmentFields> {
    const factors: { factor_id: string; rating: number | null; comment: string | null }[] =
      await tx.query(
        `SELECT factor_id, rating, comment FROM collaboration_assessment_factor
         WHERE assessment_id = $1 ORDER BY position`,
        [assessment.id],
      );
    const { actorAId, actorBId, ...fields } = assessment;
    return {
      ...fields,
      actorIds: actorAId && actorBId ? [actorAId, actorBId] : [],
      factors: factors.map((row) => ({
        factorId: row.factor_id,
        rating: row.rating,
        comment: row.comment,
      })),
      sources: await collaborationAssessmentCitations.snapshot(tx, assessment.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: AssessmentLinks) {
    await tx.query('DELETE FROM collaboration_assessment_factor WHERE assessment_id = $1', [id]);
    await tx.query(
      `INSERT INTO collaboration_assessment_factor (assessment_id, position, factor_id, rating, comment)
       SELECT $1, position, factor_id, rating, comment
       FROM unnest($2::uuid[], $3::int[], $4::text[]) WITH ORDINALITY AS f(factor_id, rating, comment, position)`,
      [
        id,
        links.factors.map((factor) => factor.factorId),
        links.factors.map((factor) => factor.rating ?? null),
        links.factors.map((factor) => factor.comment ?? null),
      ],
    );
    await collaborationAssessmentCitations.replace(tx, id, links.sources);
  }

  loaders() {
    const ds = this.dataSource;
    /** Oldest first; on the same day, in the order they were recorded. */
    const order: [string, 'ASC'][] = [
      ['assessment.date', 'ASC'],
      ['assessment.created_at', 'ASC'],
      ['assessment.id', 'ASC'],
    ];
    return {
      collaborationAssessmentById: () => byIdLoader(ds, CollaborationAssessmentEntity),
      /** A forum's assessments in a span of days, oldest first: its time series. */
      assessmentsOfForum: () =>
        loaderFamily((span: DateSpan) =>
          childrenLoader(ds, CollaborationAssessmentEntity, {
            alias: 'assessment',
            parentColumn: 'forum_id',
            parentProperty: 'forumId',
            where: withinSpan('assessment.date', span),
            orderBy: order,
          }),
        ),
      /** The assessments of an actor's pairs with other actors in a span of days, oldest first. */
      assessmentsOfActor: () =>
        loaderFamily((span: DateSpan) =>
          groupedLoader(async (actorIds) => {
            const query = ds
              .getRepository(CollaborationAssessmentEntity)
              .createQueryBuilder('assessment')
              .where(
                '(assessment.actor_a_id = ANY(:actorIds) OR assessment.actor_b_id = ANY(:actorIds))',
                { actorIds },
              )
              .andWhere(...withinSpan('assessment.date', span));
            order.forEach(([column, direction]) => query.addOrderBy(column, direction));
            const rows = await batchedMany(query);
            return rows.flatMap((assessment) => [
              { key: assessment.actorAId!, value: assessment },
              { key: assessment.actorBId!, value: assessment },
            ]);
          }),
        ),
      /** The factors each assessment rates, in order. */
      assessedFactors: () =>
        groupedLoader<AssessedFactor>(async (assessmentIds) => {
          const rows: {
            assessment_id: string;
            factor_id: string;
            rating: number | null;
            comment: string | null;
          }[] = await batchedRead(
            ds,
            `SELECT assessment_id, factor_id, rating, comment FROM collaboration_assessment_factor
           WHERE assessment_id = ANY($1::uuid[]) ORDER BY position`,
            [assessmentIds],
          );
          return rows.map((row) => ({
            key: row.assessment_id,
            value: { factorId: row.factor_id, rating: row.rating, comment: row.comment },
          }));
        }),
    };
  }
}
