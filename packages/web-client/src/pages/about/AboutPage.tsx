import { AboutDocument } from '@samverkan/schema';
import { Section } from '../../components/Section';
import { formatMoment } from '../../moment';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { ContactAddress } from './Contact';
import { ProsePage } from './ProsePage';

/** What the service is, where its data comes from, when it changed, and how to reach us. */
export function AboutPage() {
  const { t, lang } = useT();
  const changedAt = useQuery(AboutDocument, {}).data?.about.dataChangedAt;
  return (
    <ProsePage title={t.aboutTitle} lead={t.aboutLead}>
      <Section id="about-sources" title={t.aboutSourcesTitle}>
        <p>{t.aboutSources}</p>
        {changedAt ? <p>{t.dataChangedAt(formatMoment(lang, changedAt))}.</p> : null}
      </Section>
      <Section id="about-open" title={t.aboutOpenTitle}>
        <p>{t.aboutOpen}</p>
      </Section>
      <Section id="contact" title={t.contactTitle}>
        <ContactAddress />
        <p>
          <Link to={routes.accessibility}>{t.accessibilityTitle}</Link>
        </p>
      </Section>
    </ProsePage>
  );
}
