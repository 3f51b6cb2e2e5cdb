import { CollaborationAssessmentRetractDocument } from '@samverkan/schema';
import { Section } from '../../components/Section';
import { changeOf } from '../../edit/kind';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import type { Forum } from './ForumPage';

/**
 * The forum's collaboration assessments as a list, each with its controls, for those who may
 * change the forum (the chart's hidden table gives them to everyone else), then "add one".
 */
export function AssessmentList({ forum, onChanged }: { forum: Forum; onChanged: () => void }) {
  const { t } = useT();
  if (!forum.viewerCanUpdate) return null;
  return (
    <>
      {forum.assessments.length ? <Listed forum={forum} onChanged={onChanged} /> : null}
      <AddRelation
        typename="CollaborationAssessment"
        label={t.editAddAssessment}
        title={t.editAddAssessmentTitle(forum.name)}
        fixed={{ assessed: { forum: forum.id } }}
        onChanged={onChanged}
      />
    </>
  );
}

/** The assessments, each with its day, level, comment, rated factors and controls, in a disclosure. */
function Listed({ forum, onChanged }: { forum: Forum; onChanged: () => void }) {
  const { t, date } = useT();
  return (
    <details className="assessments-edit">
      <summary>
        {t.assessmentsOf} <span className="count">{forum.assessments.length}</span>
      </summary>
      <ul>
        {forum.assessments.map((assessment) => (
          <li key={assessment.id}>
            {date(assessment.date)}: <strong>{assessment.level?.name ?? '—'}</strong>
            {assessment.comment ? <span className="muted"> · {assessment.comment}</span> : null}
            {assessment.factors.length ? (
              <span className="muted">
                {' · '}
                {assessment.factors
                  .map(({ factor, rating }) =>
                    rating ? `${factor.title} ${t.editRating(rating)}` : factor.title,
                  )
                  .join(', ')}
              </span>
            ) : null}
            <RelationControls
              typename="CollaborationAssessment"
              relation={assessment}
              what={`${t.recordKinds.CollaborationAssessment} ${date(assessment.date)}`}
              retract={(input) => changeOf(CollaborationAssessmentRetractDocument, input)}
              onChanged={onChanged}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Add a review" of the forum, for those who may change it; its page then shows it whole. */
export function AddReview({ forum, onChanged }: { forum: Forum; onChanged: () => void }) {
  const { t } = useT();
  if (!forum.viewerCanUpdate) return null;
  return (
    <Section id="new-review" title={t.editReviewsTitle}>
      <p className="muted">{t.editReviewsLead}</p>
      <AddRelation
        typename="Review"
        label={t.editAddReview}
        title={t.editAddReviewTitle(forum.name)}
        fixed={{ forum: forum.id }}
        onChanged={onChanged}
      />
    </Section>
  );
}
