import { Passage } from '../../components/Passage';
import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { useT } from '../../i18n';
import type { Review } from './ReviewPage';

/** What the review found, each finding with its category, its text and points, and its source. */
export function Findings({ findings }: { findings: Review['findings'] }) {
  const { t } = useT();
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
          </div>
        ))}
      </div>
    </Section>
  );
}
