import { Fact, FactList } from '../../components/Facts';
import { Section } from '../../components/Section';
import { useT } from '../../i18n';
import type { Review } from './ReviewPage';

/** The decisions taken on the review, each with its day and source. */
export function Decisions({ decisions }: { decisions: Review['decisions'] }) {
  const { t, date } = useT();
  return (
    <Section id="decisions" title={t.decisions}>
      <FactList items={decisions}>
        {(decision) => (
          <Fact
            record={{ sources: decision.sources }}
            meta={decision.date ? <span>{date(decision.date)}</span> : null}
          >
            {decision.text}
          </Fact>
        )}
      </FactList>
    </Section>
  );
}

/** The themes the forum is to keep shaping. */
export function Themes({ themes }: { themes: Review['themes'] }) {
  const { t } = useT();
  return (
    <Section id="themes" title={t.themes}>
      <ol className="themes">
        {themes.map((theme) => (
          <li key={theme}>{theme}</li>
        ))}
      </ol>
    </Section>
  );
}
