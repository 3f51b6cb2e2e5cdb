import { AboutDocument } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { formatMoment } from '../moment';
import { Link } from '../router';
import { routes } from '../routes';
import './Footer.css';

/** The tagline, when the register's data last changed, and the pages about the service. */
export function Footer() {
  const { t, lang } = useT();
  const changedAt = useQuery(AboutDocument, {}).data?.about.dataChangedAt;
  return (
    <footer className="site-footer">
      <p>{t.tagline}.</p>
      {changedAt ? <p>{t.dataChangedAt(formatMoment(lang, changedAt))}</p> : null}
      <nav aria-label={t.footerNav}>
        <Link to={routes.about}>{t.aboutTitle}</Link>
        <Link to={routes.contact}>{t.contactTitle}</Link>
        <Link to={routes.accessibility}>{t.accessibilityTitle}</Link>
      </nav>
    </footer>
  );
}
