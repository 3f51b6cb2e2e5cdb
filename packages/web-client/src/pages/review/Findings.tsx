import { Passage } from '../../components/Passage';
import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import type { Review } from './ReviewPage';

/**
 * What the review found, each finding with its category, its text and points, its source and,
 * for those who may change it, its controls; then "add a finding".
 */
export function Findings({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { t } = useT();
  const { findings } = review;
  return (
    <Section id="findings" title={t.findings} count={findings.length} wide>
      <div className="role-groups">
        {findings.map((finding) => (
          <div key={finding.id} className="finding">
            <h3>
              {finding.title} <Source citations={finding.sources} />
            </h3>
            {finding.category ? <p className="eyebrow">{finding.category}</p> : null}
            <Passage text={finding.text} points={finding.points} />
            <RelationControls
              typename="ReviewFinding"
              relation={finding}
              what={finding.title}
              onChanged={onChanged}
            />
          </div>
        ))}
      </div>
      <AddRelation
        typename="ReviewFinding"
        label={t.editAddFinding}
        title={t.editAddFindingTitle(review.title)}
        fixed={{ review: review.id }}
        may={review.viewerCanUpdate}
        onChanged={onChanged}
      />
    </Section>
  );
}
