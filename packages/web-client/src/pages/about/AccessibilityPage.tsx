import { Section } from '../../components/Section';
import { useT } from '../../i18n';
import { ContactAddress } from './Contact';
import { ProsePage } from './ProsePage';

/** The day this statement was last reviewed against the service (a fact of the text below). */
const REVIEWED = '2026-12-03';

/** Where Digg, the supervising agency, takes reports of inaccessible public services. */
const DIGG_REPORT = 'https://www.digg.se/tdosanmalan';

/**
 * The accessibility statement (tillgänglighetsredogörelse) a Swedish public-sector service must
 * publish, in the order of Digg's model: how accessible it is, what is not, how to report it,
 * supervision, and how it was tested.
 */
export function AccessibilityPage() {
  const { t, date } = useT();
  return (
    <ProsePage title={t.accessibilityTitle} lead={t.accessibilityLead}>
      <Section id="accessibility-status" title={t.accessibilityStatusTitle} wide>
        <p>{t.accessibilityStatus}</p>
      </Section>
      <Section id="accessibility-known" title={t.accessibilityKnownTitle} wide>
        <ul className="about-list">
          {t.accessibilityKnown.map((shortcoming) => (
            <li key={shortcoming}>{shortcoming}</li>
          ))}
        </ul>
      </Section>
      <Section id="accessibility-report" title={t.accessibilityReportTitle} wide>
        <p>{t.accessibilityReport}</p>
        <ContactAddress />
      </Section>
      <Section id="accessibility-supervision" title={t.accessibilitySupervisionTitle} wide>
        <p>{t.accessibilitySupervision}</p>
        <p>
          <a href={DIGG_REPORT}>{t.accessibilitySupervisionLink}</a>
        </p>
      </Section>
      <Section id="accessibility-testing" title={t.accessibilityTestingTitle} wide>
        <p>{t.accessibilityTesting}</p>
        <p className="muted">{t.accessibilityUpdated(date(REVIEWED))}</p>
      </Section>
    </ProsePage>
  );
}
